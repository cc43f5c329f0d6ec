import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { UsersTable } from './users.table.js';

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
  return db
    .updateTable('users')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Sign-in bookkeeping; not a user edit, so it neither bumps the version nor makes history. */
export async function setSignInState(db: Executor, id: string, state: { failed_sign_ins: number; locked_until: string | null; last_sign_in_at?: string }) {
  await db.updateTable('users').set(state).where('id', '=', id).execute();
}

/** The department and all its descendants (recursive; both dialects support WITH RECURSIVE). */
export async function departmentSubtree(db: Executor, workspaceId: string, departmentId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM departments WHERE id = ${departmentId} AND workspace_id = ${workspaceId} AND deleted_at IS NULL
      UNION
      SELECT d.id FROM departments d JOIN tree ON d.parent_id = tree.id WHERE d.workspace_id = ${workspaceId} AND d.deleted_at IS NULL
    )
    SELECT id FROM tree`.execute(db);
  return result.rows.map((r) => String(r.id));
}
