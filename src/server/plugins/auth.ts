import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { narrowByTokenScopes } from '../../platform/access/actor.js';
import { requestContext } from '../../platform/http/request.js';
import { authSettings, SESSION_COOKIE } from '../../modules/auth/auth-cookies.js';
import { AppError } from '../../platform/errors.js';
import type { Config } from '../../platform/config.js';
import { blockedError, resolveSession } from '../../modules/auth/auth.service.js';
import { ipNotAllowedError, isAddressAllowed, signInPolicyOf, type SignInPolicy } from '../../modules/auth/sign-in-policy.js';
import { isTwoFactorSetupRequired } from '../../modules/auth/two-factor.service.js';
import { resolveApiToken } from '../../modules/tokens/tokens.service.js';
import { actorForUser, type User } from '../../modules/users/users.service.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user's row as loaded for this request (saves handlers a query). */
    currentUser: User | null;
  }
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

/** Routes a user whose role demands two-factor sign-in may still reach before setting it up. */
function isAllowedBeforeTwoFactorSetup(method: string, url: string): boolean {
  if (url === '/api/v1/me') return method === 'GET' || method === 'PATCH';
  return url.startsWith('/api/v1/me/two-factor/') || url === '/api/v1/auth/sign-out';
}

/** Account-level routes a token must not reach: a leaked token cannot mint tokens or change the owner's sign-in. */
function isSessionOnly(request: FastifyRequest): boolean {
  return request.routeOptions.config?.sessionOnly === true || (UNSAFE.has(request.method) && request.routeOptions.url === '/api/v1/me');
}

/**
 * A matched route outside the API (web app files, health, the OpenAPI document). Decided on the
 * route the router chose, never the raw URL: `/%61pi/v1/contacts` routes to `/api/v1/contacts` and
 * must meet its checks. An unmatched request is not outside: it gets the credential and CSRF checks
 * and then the 404 handler.
 */
function isOutsideApi(request: FastifyRequest): boolean {
  if (request.is404) return false;
  const route = request.routeOptions.url;
  return route !== undefined && !route.startsWith('/api/v1/');
}

/** The secret of an `Authorization: Bearer …` header; undefined for no header or another scheme (a proxy's Basic auth). */
function bearerSecret(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Resolves who is calling into `request.actor`: a personal API token (`Authorization: Bearer kt_…`,
 * the owner narrowed to the token's scopes, no CSRF: browsers never send it on their own) or else
 * the session cookie (CSRF checked on unsafe methods: the X-CSRF-Token header must match the
 * session's token; without a session, e.g. sign-in, a cross-site Origin is refused). Then refuses
 * unauthenticated calls to non-public API routes, blocked accounts (403 account_blocked), addresses
 * outside the role's IP allowlist (403 ip_not_allowed, decision 0028) and, while
 * the role demands two-factor sign-in the user has not set up, everything but that setup (403
 * two_factor_setup_required).
 */
export function registerAuth(app: FastifyInstance, db: Kysely<Database>, config: Config): void {
  const settings = authSettings(config);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('apiTokenId', null);
  app.decorateRequest('twoFactorSetupRequired', false);
  app.decorateRequest('currentUser', null);

  async function authenticateBearer(request: FastifyRequest, secret: string): Promise<User> {
    const resolved = await resolveApiToken(db, secret);
    if (!resolved) throw new AppError('unauthenticated', 'This API token is invalid, expired or revoked');
    const actor = await actorForUser(db, resolved.user, requestContext(request));
    request.actor = { ...actor, permissions: narrowByTokenScopes(actor.permissions, resolved.scopes), tokenScopes: resolved.scopes };
    request.apiTokenId = resolved.token.id;
    return resolved.user;
  }

  async function authenticateSession(request: FastifyRequest): Promise<{ user: User; policy: SignInPolicy } | null> {
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
    return resolved ? { user: resolved.user, policy: resolved.policy } : null;
  }

  // onRequest, before the body is read: a caller without a session learns nothing (401, not a field error).
  app.addHook('onRequest', async (request) => {
    if (isOutsideApi(request)) return;
    const secret = bearerSecret(request);
    const found = secret !== undefined ? { user: await authenticateBearer(request, secret), policy: null } : await authenticateSession(request);
    const user = found?.user ?? null;
    const isPublic = request.routeOptions.config?.public === true;
    // Unknown routes reach the 404 handler through these hooks too; they answer 404, not 401.
    if (request.is404 || isPublic) return;
    if (!request.actor || !user) throw new AppError('unauthenticated', 'Sign in to continue');
    request.currentUser = user;
    const url = request.routeOptions.url ?? '';
    if (user.blocked_at && url !== '/api/v1/auth/sign-out') throw blockedError();
    const policy = found?.policy ?? (await signInPolicyOf(db, user.workspace_id));
    if (!isAddressAllowed(policy, user.role, request.ip) && url !== '/api/v1/auth/sign-out') throw ipNotAllowedError();
    if (request.apiTokenId && isSessionOnly(request)) throw new AppError('forbidden', 'This needs a signed-in session; an API token cannot do it');
    request.twoFactorSetupRequired = await isTwoFactorSetupRequired(db, user, request.actor);
    if (request.twoFactorSetupRequired && !isAllowedBeforeTwoFactorSetup(request.method, url)) {
      throw new AppError('two_factor_setup_required', 'Your role requires two-factor sign-in; set it up in your profile first');
    }
  });
}
