import type { Insertable, Updateable } from 'kysely';
import { updateVersioned } from '../../db/versioned.js';
import type { Executor } from '../../db/database.js';
import type { UsersTable } from './users.table.js';
import '../auth/two-factor.table.js';

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).where('deleted_at', 'is', null).executeTakeFirst();
}

export function findUserById(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function insertUser(db: Executor, row: Insertable<UsersTable>) {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Updates a user only if it still has `expectedVersion`; bumps the version. Returns undefined when
 * someone else changed it first (the caller answers 409).
 */
export function updateUserVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, patch: Updateable<UsersTable>) {
  return updateVersioned(db, 'users', workspaceId, id, expectedVersion, patch);
}

/**
 * Switches a user's two-factor sign-in off (an administrator's reset after a lost phone): the
 * secret, its enabling and the last used step all go. Versioned like any edit by an administrator;
 * undefined when someone else changed the user first.
 */
export function clearTwoFactorVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, at: string) {
  return updateVersioned(db, 'users', workspaceId, id, expectedVersion, { totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: at });
}

/** Sign-in bookkeeping; not a user edit, so it neither bumps the version nor makes history. */
export async function setSignInState(db: Executor, id: string, state: { failed_sign_ins: number; locked_until: string | null; last_sign_in_at?: string }) {
  await db.updateTable('users').set(state).where('id', '=', id).execute();
}

export type UserStatus = 'active' | 'deactivated' | 'all';

/** Users of the workspace by name, narrowed by status and department. */
export function listUsers(db: Executor, workspaceId: string, filter: { status: UserStatus; departmentId?: string }) {
  let q = db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
  if (filter.status !== 'all') q = q.where('is_active', '=', filter.status === 'active' ? 1 : 0);
  if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId);
  return q.orderBy('name').orderBy('id').execute();
}

/**
 * Locks the workspace's active administrators for the rest of the transaction. A no-op update,
 * because it takes row locks on both dialects (SQLite has no FOR UPDATE): two admins demoting each
 * other at once then see each other's change, and the second is refused as the last admin.
 */
export async function lockActiveAdmins(db: Executor, workspaceId: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('is_active', '=', 1)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Active administrators of the workspace other than `exceptUserId`. */
export async function countOtherActiveAdmins(db: Executor, workspaceId: string, exceptUserId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('is_active', '=', 1)
    .where('deleted_at', 'is', null)
    .where('id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sets a password the user chose through a mailed link; clears any sign-in lock. Not a versioned edit. */
export async function setPasswordHash(db: Executor, workspaceId: string, id: string, passwordHash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, updated_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

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
