import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import * as readLog from './read-log.repository.js';

const MINUTE_MS = 60 * 1000;

// Not-found errors about records that exist but are out of the actor's sight. Kept beside the
// error, never in it: the answer must look exactly like a record that does not exist.
const hidden = new WeakMap<AppError, { entityType: string; entityId: string }>();

/**
 * Marks a `not_found` as one about a record that exists but is hidden from the actor, so it is
 * logged as a refused attempt (the answer itself stays a plain 404). Answers the error.
 */
export function markHidden(error: AppError, entityType: string, entityId: string): AppError {
  hidden.set(error, { entityType, entityId });
  return error;
}

/** What to log of an error answer: a 403 `forbidden` or `ip_not_allowed`, or a 404 marked hidden; null for anything else. */
export function refusalOf(error: unknown, params: unknown): { status: number; entityType: string | null; entityId: string | null } | null {
  if (!(error instanceof AppError)) return null;
  const marked = hidden.get(error);
  if (marked) return { status: 404, ...marked };
  // An address outside the role's allowlist is a refusal too (decision 0028).
  if (error.code !== 'forbidden' && error.code !== 'ip_not_allowed') return null;
  const id = typeof params === 'object' && params !== null && Object.hasOwn(params, 'id') ? String((params as { id: unknown }).id).slice(0, 64) : null;
  return { status: error.status, entityType: null, entityId: id };
}

/**
 * Counts one refused request in its (user, route, minute) row, bumped in place: a scan of a
 * thousand ids in a minute is one row with a count of a thousand, never a thousand rows.
 */
export async function noteRefused(db: Kysely<Database>, actor: Actor, route: string, refusal: NonNullable<ReturnType<typeof refusalOf>>): Promise<void> {
  if (actor.kind !== 'user' || !actor.userId) return;
  const ms = Date.parse(now());
  await readLog.bumpRefused(db, {
    workspace_id: actor.workspaceId, user_id: actor.userId, route: route.slice(0, 300), minute: new Date(ms - (ms % MINUTE_MS)).toISOString(),
    status: refusal.status, entity_type: refusal.entityType, last_entity_id: refusal.entityId, count: 1,
  });
}

/** Logs every refused request of a signed-in person (see `refusalOf`) after the error is answered. */
export function registerRefusedAttempts(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onError', async (request, _reply, error) => {
    const refusal = request.actor ? refusalOf(error, request.params) : null;
    if (!refusal || !request.actor) return;
    try {
      await noteRefused(db, request.actor, `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`, refusal);
    } catch (failure) {
      // Logging a refusal never turns the refusal into a 500.
      request.log.warn({ err: failure }, 'could not log a refused attempt');
    }
  });
}
