import type { Executor } from '../../db/database.js';

// The alarm's reads and its one write on `users`. They belong in the users module's service; they
// live here until it offers them, and touch only what the alarm needs.

/** Active, unblocked administrators of a workspace: who hears about an alarm. */
export function listActiveAdmins(db: Executor, workspaceId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale'])
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('is_active', '=', 1)
    .where('blocked_at', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
}

/**
 * Blocks a user; not an edit of their profile, so the version stays (an administrator's unblock
 * naming the version they see still applies). False when they were blocked already.
 */
export async function blockUser(db: Executor, userId: string, at: string, reason: string): Promise<boolean> {
  const result = await db.updateTable('users').set({ blocked_at: at, blocked_reason: reason }).where('id', '=', userId).where('blocked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
