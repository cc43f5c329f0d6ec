import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ApiTokensTable } from './api-tokens.table.js';

export function insertApiToken(db: Executor, row: Insertable<ApiTokensTable>) {
  return db.insertInto('api_tokens').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A user's tokens, newest first (revoked and expired ones too: the list is their history). */
export function listUserApiTokens(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findUserApiToken(db: Executor, workspaceId: string, userId: string, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** A token that is neither revoked nor expired, by its hash: this runs on every Bearer request. */
export function findLiveApiToken(db: Executor, tokenHash: string, at: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .executeTakeFirst();
}

/**
 * Notes a token's use at `at` unless it was noted after `staleBefore` (by a request racing this
 * one, in this process or another): one write per interval, whatever the concurrency.
 */
export async function touchApiToken(db: Executor, id: string, at: string, staleBefore: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', staleBefore)]))
    .execute();
}

/** Revokes a token; false when it was revoked already. */
export async function revokeApiToken(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeUserApiTokens(db: Executor, userId: string, at: string): Promise<number> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
