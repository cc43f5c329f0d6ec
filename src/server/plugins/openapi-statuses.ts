import type { RouteOptions } from 'fastify';

/** What one operation can answer besides its success statuses, and who may call it. */
export interface OperationErrors {
  statuses: number[];
  /** Reachable without signing in. */
  isPublic: boolean;
  /** Refused to API tokens (account-level routes). */
  sessionOnly: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Statuses that come from one route's own rules rather than from the shape of every route: a
 * service refusing a duplicate (409), a locked account (423), a database that is not ready (503).
 * Keyed `METHOD /path/{param}` as in the OpenAPI document.
 */
export const ROUTE_STATUSES: Record<string, number[]> = {
  'POST /api/v1/setup': [409],
  'POST /api/v1/auth/sign-in': [423],
  'POST /api/v1/auth/sign-in/two-factor': [423],
  'POST /api/v1/me/two-factor/setup': [409],
  'POST /api/v1/me/two-factor/disable': [409],
  'POST /api/v1/me/two-factor/enable': [409],
  'POST /api/v1/users': [404, 409],
  'POST /api/v1/departments': [404, 409],
  'POST /api/v1/roles': [404, 409],
  'POST /api/v1/custom-fields': [409],
  'POST /api/v1/custom-fields/reorder': [404],
  'POST /api/v1/contacts': [404],
  'POST /api/v1/companies': [404],
  'POST /api/v1/contacts/bulk': [404],
  'POST /api/v1/companies/bulk': [404],
  'POST /api/v1/notes': [404],
  'POST /api/v1/duplicates/check': [404],
  'POST /api/v1/attachments': [404],
  'GET /api/v1/attachments': [404],
  'GET /api/v1/timeline': [404],
  // A colleague's day or calendar names a user who may not exist.
  'GET /api/v1/my-day': [404],
  'GET /api/v1/calendar': [404],
  'GET /api/v1/duplicates': [404],
  // A channel the caller may not listen to (another workspace's pipeline, no right to see deals) looks missing.
  'GET /api/v1/live': [404],
  'POST /api/v1/merges': [404, 409],
  'POST /api/v1/duplicates/dismissals': [404],
  'DELETE /api/v1/duplicates/dismissals': [404],
  'GET /api/v1/sales-plans/progress': [404],
  'GET /ready': [503],
};

/** Fastify's `/:id` → OpenAPI's `/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function hasKey(schema: unknown, key: string): boolean {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return !!shape && Object.hasOwn(shape, key);
}

/**
 * The error statuses an operation can answer, derived from what every route goes through: the
 * input guard and validation (400, every route), authentication on `/api/v1` (401, also a bad
 * token on a public route), rights, CSRF and blocked accounts (403), a missing record behind a
 * path parameter (404) or an over-long one (414), a stale version or a refusing state of the named
 * record (409), a body too
 * large or not JSON (413, 415) and a rate limit (429); plus ROUTE_STATUSES.
 */
export function operationErrors(route: Pick<RouteOptions, 'method' | 'url' | 'schema' | 'config'>, method: string): OperationErrors {
  const config = (route.config ?? {}) as { public?: boolean; sessionOnly?: boolean; rateLimit?: unknown };
  const schema = (route.schema ?? {}) as { params?: unknown; body?: unknown; querystring?: unknown };
  const isApi = route.url.startsWith('/api/v1/');
  const isPublic = !isApi || config.public === true;
  const unsafe = !SAFE_METHODS.has(method);
  const statuses = new Set<number>([400]);
  if (isApi) statuses.add(401);
  if (isApi && (!isPublic || unsafe)) statuses.add(403);
  if (route.url.includes(':')) {
    statuses.add(404);
    statuses.add(414);
  }
  // A change to a named record can meet a stale version or a state that refuses it (in use, already linked, undone).
  if (method === 'PATCH' || hasKey(schema.body, 'version') || hasKey(schema.querystring, 'version') || (unsafe && route.url.includes(':'))) statuses.add(409);
  if (unsafe) {
    statuses.add(413);
    statuses.add(415);
  }
  // A signed-in POST may carry an Idempotency-Key: reused with another request (422), or its first run still going (409).
  if (method === 'POST' && isApi && !isPublic) {
    statuses.add(409);
    statuses.add(422);
  }
  if (config.rateLimit) statuses.add(429);
  for (const status of ROUTE_STATUSES[`${method} ${openApiPath(route.url)}`] ?? []) statuses.add(status);
  return { statuses: [...statuses].sort((a, b) => a - b), isPublic, sessionOnly: config.sessionOnly === true };
}
