import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { countRequest } from '../../platform/rate-limit/rate-limit.service.js';

/**
 * A store for @fastify/rate-limit that keeps its counters in the database (fixed windows, one
 * upsert per request), so N processes on one PostgreSQL enforce one limit together instead of
 * N times it; process memory would hold state another process needs (DESIGN.md §1). Each route's
 * limit counts apart, namespaced by method and route. `continueExceeding` and
 * `exponentialBackoff` are not supported (Kartoteka uses neither).
 */
export function databaseRateLimitStore(db: Kysely<Database>): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(_options: FastifyRateLimitOptions, private readonly namespace = 'global-') {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow?: number): void {
      // The plugin passes the window as a third argument its typings leave out.
      const windowMs = timeWindow ?? 60_000;
      countRequest(db, `${this.namespace}${key}`, windowMs).then((result) => callback(null, result), (err: Error) => callback(err));
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // At run time the plugin passes the route's merged limit options with the route as `routeInfo`.
      const { method, url } = (routeOptions as unknown as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new DatabaseRateLimitStore({}, `${Array.isArray(method) ? method.join(',') : method ?? ''}${url ?? ''}-`);
    }
  }
  return DatabaseRateLimitStore;
}
