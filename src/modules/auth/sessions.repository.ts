import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { SessionsTable } from './sessions.table.js';

export async function insertSession(db: Executor, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A live session with its user and workspace, in one query: this runs on every request. */
export function findLiveSession(db: Executor, tokenHash: string, at: string) {
  return db
    .selectFrom('sessions')
    .selectAll('sessions')
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
}

// A touch writes only over a value at least this much older, so requests racing past the caller's
// throttle (in one process or several) leave one write, not one each.
const TOUCH_GUARD_MS = 60_000;

/** Notes a session's use and slides its expiry; a no-op when another request touched it within the last minute. */
export async function touchSession(db: Executor, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  const guard = new Date(Date.parse(lastSeenAt) - TOUCH_GUARD_MS).toISOString();
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).where('last_seen_at', '<', guard).execute();
}

export async function revokeSession(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(db: Executor, userId: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/** Deletes up to `limit` sessions that expired or were revoked before `before`. */
export async function deleteDeadSessions(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', 'in', (eb) =>
      eb.selectFrom('sessions').select('id').where((w) => w.or([w('expires_at', '<', before), w('revoked_at', '<', before)])).limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A user's live sessions, most recently used first. */
export function listLiveUserSessions(db: Executor, workspaceId: string, userId: string, at: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'ip', 'user_agent', 'created_at', 'last_seen_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Ends one live session of a user; false when it is not theirs, or already over. */
export async function revokeUserSession(db: Executor, workspaceId: string, userId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A user's live session ids, newest sign-in first. */
export function listLiveUserSessionsByAge(db: Executor, workspaceId: string, userId: string, at: string) {
  return db
    .selectFrom('sessions')
    .select(['id'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Ends the given sessions. */
export async function revokeSessions(db: Executor, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('sessions').set({ revoked_at: at }).where('id', 'in', ids).where('revoked_at', 'is', null).execute();
}

/** Ends every live session of a user but one (the one making the request). Answers how many ended. */
export async function revokeOtherUserSessions(db: Executor, workspaceId: string, userId: string, keepId: string | null, at: string): Promise<number> {
  let query = db.updateTable('sessions').set({ revoked_at: at }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepId) query = query.where('id', '!=', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
