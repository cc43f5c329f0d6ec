import { PostgresAdapter, sql, type Insertable, type Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { AccessLogTable } from './access-log.table.js';

export async function insertAccess(db: Executor, row: Insertable<AccessLogTable>): Promise<void> {
  await db.insertInto('access_log').values(row).execute();
}

/** Distinct records a user opened since a time (ids are unique across types). */
export async function countDistinctViewsSince(db: Executor, workspaceId: string, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('access_log')
    .select((eb) => eb.fn.count<number>('entity_id').distinct().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'view')
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records a user exported since a time. */
export async function sumExportsSince(db: Executor, workspaceId: string, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('access_log')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), eb.lit(0)).as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'export')
    .where('created_at', '>', since)
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

/**
 * Serializes alarm decisions for one user until the transaction ends, so two processes crossing the
 * limit at once raise one alarm. SQLite already serializes write transactions.
 */
export async function lockUserAlarm(trx: Transaction<Database>, userId: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`security.alarm:${userId}`}))`.execute(trx);
  }
}
