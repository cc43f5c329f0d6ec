import { PostgresAdapter, sql, type Insertable, type Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { AccessLogTable, AccessViewsTable } from './access-log.table.js';

export async function insertAccess(db: Executor, row: Insertable<AccessLogTable>): Promise<void> {
  await db.insertInto('access_log').values(row).execute();
}

/**
 * Notes that a user opened a card in an hour; false when that was noted already (by any process:
 * the primary key decides, so two requests racing on one card insert one row).
 */
export async function insertViewOnce(db: Executor, row: AccessViewsTable): Promise<boolean> {
  const result = await db
    .insertInto('access_views')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id', 'hour', 'entity_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Adds `n` to a user's counter of `kind` for one minute, in place: one row per minute, whatever the traffic. */
export async function bumpCounter(db: Executor, row: { workspace_id: string; user_id: string; kind: string; minute: string; count: number }): Promise<void> {
  await db
    .insertInto('access_counters')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id', 'kind', 'minute']).doUpdateSet((eb) => ({
      count: eb(eb.ref('access_counters.count'), '+', eb.ref('excluded.count')),
    })))
    .execute();
}

/** A user's counter of `kind` summed over the minutes from `fromMinute` on (at most 60 rows by the primary key). */
export async function sumCounterSince(db: Executor, workspaceId: string, userId: string, kind: string, fromMinute: string): Promise<number> {
  const row = await db
    .selectFrom('access_counters')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.lit(0)).as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('minute', '>=', fromMinute)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes up to `limit` entries older than `before`; answers how many went. */
export async function deleteAccessLogBefore(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('access_log')
    .where('id', 'in', (eb) => eb.selectFrom('access_log').select('id').where('created_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes up to `limit` card-view rows of hours before `before`. */
export async function deleteAccessViewsBefore(db: Executor, before: string, limit: number): Promise<number> {
  return deleteBatch(db, 'access_views', 'hour', before, limit);
}

/** Deletes up to `limit` counter rows of minutes before `before`. */
export async function deleteAccessCountersBefore(db: Executor, before: string, limit: number): Promise<number> {
  return deleteBatch(db, 'access_counters', 'minute', before, limit);
}

// Neither table has a single-column key, so a batch is picked by the time column alone: every row
// at or before the batch's newest time goes, which may exceed `limit` by the rows sharing that time.
async function deleteBatch(db: Executor, table: 'access_views' | 'access_counters', column: 'hour' | 'minute', before: string, limit: number): Promise<number> {
  const edge = await db
    .selectFrom(table)
    .select(column)
    .where(column, '<', before)
    .orderBy(column)
    .offset(limit - 1)
    .limit(1)
    .executeTakeFirst();
  const upTo = edge ? String((edge as Record<string, unknown>)[column]) : before;
  const result = await db.deleteFrom(table).where(column, edge ? '<=' : '<', upTo).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Serializes alarm decisions for one user until the transaction ends, so two processes crossing the
 * limit at once raise one alarm. SQLite already serializes write transactions.
 */
export async function lockUserAlarm(trx: Transaction<Database>, userId: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`security.alarm:${userId}`}))`.execute(trx);
  }
}

/**
 * Lets this transaction's commit return before PostgreSQL has flushed it to disk: for bookkeeping
 * (access and read counters, the read log), where a server crash may lose the last fraction of a
 * second but never leaves anything inconsistent, and a synchronous flush per request would cost
 * more than the read it notes. SQLite in WAL mode with synchronous=NORMAL behaves so already.
 */
export async function relaxCommit(trx: Transaction<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`SET LOCAL synchronous_commit = off`.execute(trx);
}
