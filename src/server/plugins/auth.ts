import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor, RequestContext } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import type { Config } from '../../platform/config.js';
import { resolveSession, type AuthSettings, type IssuedSession } from '../../modules/auth/auth.service.js';
import { actorForUser } from '../../modules/users/users.service.js';

export const SESSION_COOKIE = 'kt_session';
export const CSRF_COOKIE = 'kt_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (setup, sign-in, health). */
    public?: boolean;
  }
}

export function requestContext(request: FastifyRequest): RequestContext {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null, requestId: String(request.id) };
}

/** The signed-in actor; routes are reached only after the hook below has ensured there is one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue');
  return request.actor;
}

export function authSettings(config: Config): AuthSettings {
  return { sessionTtlDays: config.sessionTtlDays, loginMaxFailures: config.loginMaxFailures, loginLockMinutes: config.loginLockMinutes };
}

export function setSessionCookies(reply: FastifyReply, config: Config, session: IssuedSession): void {
  const expires = new Date(session.expiresAt);
  const base = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  // Readable by the web app, which echoes it in X-CSRF-Token (double submit bound to the session).
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Resolves the session cookie into `request.actor`, refuses unauthenticated calls to non-public
 * API routes, and checks CSRF on unsafe methods: the X-CSRF-Token header must match the session's
 * token; without a session (sign-in, setup) a cross-site Origin is refused.
 */
export function registerAuth(app: FastifyInstance, db: Kysely<Database>, config: Config): void {
  const settings = authSettings(config);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);

  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    const resolved = token ? await resolveSession(db, settings, token) : null;
    if (resolved) {
      request.actor = await actorForUser(db, resolved.user, requestContext(request));
      request.sessionId = resolved.sessionId;
    }
    if (UNSAFE.has(request.method)) {
      if (!sameOrigin(request)) throw new AppError('csrf_failed', 'Cross-site request refused');
      if (resolved && request.headers['x-csrf-token'] !== resolved.csrfToken) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the page');
      }
    }
    // Unknown routes reach the 404 handler through these hooks too; they answer 404, not 401.
    if (!request.actor && !request.is404 && request.routeOptions.config?.public !== true) {
      throw new AppError('unauthenticated', 'Sign in to continue');
    }
  });
}
