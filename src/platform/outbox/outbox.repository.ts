import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { OutboxEventsTable } from '../history/history.table.js';

export type OutboxEventRow = Selectable<OutboxEventsTable>;

/** The PostgreSQL channel writers notify after adding outbox events. */
export const OUTBOX_CHANNEL = 'kartoteka_outbox';

/**
 * Undispatched events that are due, oldest first. With `lock` (PostgreSQL, inside a transaction)
 * the rows stay locked until that transaction ends, and rows another dispatcher holds are skipped.
 */
export async function findDueEvents(db: Executor, at: string, limit: number, lock: boolean): Promise<OutboxEventRow[]> {
  let q = db
    .selectFrom('outbox_events')
    .selectAll()
    .where('dispatched_at', 'is', null)
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', at)]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit);
  if (lock) q = q.forUpdate().skipLocked();
  return q.execute();
}

/** Marks an event delivered (or given up on, with its last error kept). */
export async function markEventDispatched(db: Executor, id: string, at: string, outcome: { attempts: number; lastError: string | null }): Promise<void> {
  await db
    .updateTable('outbox_events')
    .set({ dispatched_at: at, attempts: outcome.attempts, last_error: outcome.lastError, next_attempt_at: null })
    .where('id', '=', id)
    .execute();
}

/** Records a failed delivery and when to try again. */
export async function markEventForRetry(db: Executor, id: string, attempts: number, error: string, nextAttemptAt: string): Promise<void> {
  await db
    .updateTable('outbox_events')
    .set({ attempts, last_error: error, next_attempt_at: nextAttemptAt })
    .where('id', '=', id)
    .execute();
}

/** One outbox event row by id (inspection, tests). */
export async function findEvent(db: Executor, id: string): Promise<OutboxEventRow | undefined> {
  return db.selectFrom('outbox_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Wakes outbox dispatchers listening on PostgreSQL. Called inside a transaction, the notification
 * is sent on commit and dropped on rollback, so a dispatcher never wakes for an event it cannot
 * see. On SQLite (one process) it does nothing; the dispatcher's poll finds the event.
 */
export async function notifyOutbox(db: Executor): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`NOTIFY ${sql.raw(OUTBOX_CHANNEL)}`.execute(db);
}

/** Deletes up to `limit` events delivered before `before`. */
export async function deleteDispatchedEvents(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('outbox_events')
    .where('id', 'in', (eb) => eb.selectFrom('outbox_events').select('id').where('dispatched_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
