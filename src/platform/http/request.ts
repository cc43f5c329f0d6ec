import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../access/actor.js';
import { AppError } from '../errors.js';

// What the server's auth hook (src/server/plugins/auth.ts) puts on every request; declared here so
// that route modules read it from platform, not from the server.
declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The session behind the cookie; null for API-token and anonymous requests. */
    sessionId: string | null;
    /** The API token behind `Authorization: Bearer`; null otherwise. */
    apiTokenId: string | null;
    /** The role demands two-factor sign-in and the user has not set it up (Me shows it). */
    twoFactorSetupRequired: boolean;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (setup, sign-in, health). */
    public?: boolean;
    /** Account-level: refused (403) to API tokens, e.g. managing tokens, sessions, two-factor. */
    sessionOnly?: boolean;
  }
}

/** Where a request came from, for audit entries and sessions. */
export function requestContext(request: FastifyRequest): RequestContext {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null, requestId: String(request.id) };
}

/** The signed-in actor; routes are reached only after the auth hook has ensured there is one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue');
  return request.actor;
}
