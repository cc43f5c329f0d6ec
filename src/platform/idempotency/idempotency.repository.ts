import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { IdempotencyKeysTable } from './idempotency.table.js';

export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;

/** Inserts the claim unless the principal already holds the key; answers whether this call claimed it. */
export async function claimKey(db: Executor, row: Pick<IdempotencyKeyRow, 'id' | 'workspace_id' | 'principal' | 'key' | 'fingerprint' | 'created_at'>): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values({ ...row, status_code: null, response_type: null, response_body: null, completed_at: null })
    .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findKey(db: Executor, principal: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('principal', '=', principal).where('key', '=', key).executeTakeFirst();
}

/** Stores the answer of the claim `id`. */
export async function completeKey(db: Executor, id: string, answer: { statusCode: number; type: string | null; body: string; at: string }): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: answer.statusCode, response_type: answer.type, response_body: answer.body, completed_at: answer.at })
    .where('id', '=', id)
    .execute();
}

/** Drops the unanswered claim `id` (the work failed or its answer cannot be kept), so a retry runs again. */
export async function releaseKey(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('id', '=', id).where('status_code', 'is', null).execute();
}

/**
 * Drops the principal's key if it was claimed before `before`: answered ones have expired,
 * unanswered ones were abandoned by a process that died mid-request.
 */
export async function dropStaleKey(db: Executor, principal: string, key: string, before: string, answeredBefore: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('principal', '=', principal)
    .where('key', '=', key)
    .where((eb) => eb.or([
      eb.and([eb('status_code', 'is', null), eb('created_at', '<', before)]),
      eb('created_at', '<', answeredBefore),
    ]))
    .execute();
}

/** Deletes up to `limit` keys claimed before `before`; answers how many went (the retention job). */
export async function deleteExpiredKeys(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('id', 'in', (eb) => eb.selectFrom('idempotency_keys').select('id').where('created_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
