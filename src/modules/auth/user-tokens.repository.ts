import type { Executor } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';

/** Stores a one-time token by its hash; the caller hands the plain token to the user. */
export async function insertUserToken(
  db: Executor,
  row: { workspaceId: string; userId: string; purpose: string; tokenHash: string; expiresAt: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('user_tokens')
    .values({ id, workspace_id: row.workspaceId, user_id: row.userId, purpose: row.purpose, token_hash: row.tokenHash, attempts: 0, expires_at: row.expiresAt, used_at: null, created_at: now() })
    .execute();
  return id;
}

/** An unused, unexpired token of the purpose, or undefined. */
export function findLiveUserToken(db: Executor, tokenHash: string, purpose: string) {
  return db
    .selectFrom('user_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now())
    .executeTakeFirst();
}

/** Marks a token used; false when someone used it first (two tabs, a replay). */
export async function consumeUserToken(db: Executor, id: string): Promise<boolean> {
  const result = await db.updateTable('user_tokens').set({ used_at: now() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUserTokenAttempt(db: Executor, id: string): Promise<number> {
  const row = await db
    .updateTable('user_tokens')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts ?? 0;
}

/** Voids a user's unused tokens of a purpose (a new invite replaces the old one). */
export async function voidUserTokens(db: Executor, userId: string, purpose: string): Promise<void> {
  await db.updateTable('user_tokens').set({ used_at: now() }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}

/** Deletes up to `limit` one-time tokens that were used or expired before `before`. */
export async function deleteSpentUserTokens(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('user_tokens')
    .where('id', 'in', (eb) =>
      eb.selectFrom('user_tokens').select('id').where((w) => w.or([w('expires_at', '<', before), w('used_at', '<', before)])).limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
