import { sql, type Insertable, type Updateable } from 'kysely';
import { updateVersioned } from '../../db/versioned.js';
import type { Executor } from '../../db/database.js';
import type { DepartmentsTable } from '../users/users.table.js';

/** Live departments of the workspace with their user counts, by name. */
export async function listDepartments(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom('departments')
    .selectAll('departments')
    // Users of the department, active or not: they keep it from being deleted.
    .select((eb) =>
      eb
        .selectFrom('users')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('users.department_id', '=', 'departments.id')
        .where('users.deleted_at', 'is', null)
        .as('user_count'),
    )
    .where('departments.workspace_id', '=', workspaceId)
    .where('departments.deleted_at', 'is', null)
    .orderBy('departments.name')
    .orderBy('departments.id')
    .execute();
  return rows.map((r) => ({ ...r, user_count: Number(r.user_count ?? 0) }));
}

/** A live department of the workspace, or undefined. */
export function findDepartment(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** A department of the workspace whether deleted or not (history screens). */
export function findDepartmentWithDeleted(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('departments').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function insertDepartment(db: Executor, row: Insertable<DepartmentsTable>) {
  return db.insertInto('departments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates only if the department still has `expectedVersion`; undefined when someone changed it first. */
export function updateDepartmentVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, patch: Updateable<DepartmentsTable>) {
  return updateVersioned(db, 'departments', workspaceId, id, expectedVersion, patch);
}

export async function countMembers(db: Executor, workspaceId: string, id: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('department_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countChildren(db: Executor, workspaceId: string, id: string): Promise<number> {
  const row = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('parent_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Live departments the user heads. */
export function departmentsHeadedBy(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('head_user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .execute();
}

/**
 * Locks the workspace's departments for the rest of the transaction (a no-op update takes row locks
 * on both dialects), so two moves at once cannot each pass the cycle check and together make a loop.
 */
export async function lockDepartmentTree(db: Executor, workspaceId: string): Promise<void> {
  await db.updateTable('departments').set((eb) => ({ version: eb.ref('version') })).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).execute();
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

/** Deleted departments of the workspace, most recently deleted first. */
export function listDeletedDepartments(db: Executor, workspaceId: string, limit: number) {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is not', null)
    .orderBy('deleted_at', 'desc')
    .limit(limit)
    .execute();
}

export async function deletedDepartmentIdsBefore(db: Executor, workspaceId: string, before: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('departments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', '<', before)
    .orderBy('deleted_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Removes a deleted department for good; deleted sub-departments that pointed at it move to the root. */
export async function purgeDepartmentRow(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.updateTable('departments').set({ parent_id: null }).where('workspace_id', '=', workspaceId).where('parent_id', '=', id).where('deleted_at', 'is not', null).execute();
  await db.deleteFrom('departments').where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is not', null).execute();
}
