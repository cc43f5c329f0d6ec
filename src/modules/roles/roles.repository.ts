import type { Insertable, Updateable } from 'kysely';
import { updateVersioned } from '../../db/versioned.js';
import type { Executor } from '../../db/database.js';
import type { RolesTable } from './roles.table.js';

export function listRoleRows(db: Executor, workspaceId: string) {
  return db.selectFrom('roles').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).orderBy('is_builtin', 'desc').orderBy('name').execute();
}

export function findRoleRow(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('roles').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export function findRoleRowByKey(db: Executor, workspaceId: string, key: string) {
  return db.selectFrom('roles').selectAll().where('workspace_id', '=', workspaceId).where('key', '=', key).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function insertRoles(db: Executor, rows: Insertable<RolesTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('roles').values(rows).execute();
}

export function insertRole(db: Executor, row: Insertable<RolesTable>) {
  return db.insertInto('roles').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates only if the role still has `expectedVersion`; undefined when someone changed it first. */
export function updateRoleVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, patch: Updateable<RolesTable>) {
  return updateVersioned(db, 'roles', workspaceId, id, expectedVersion, patch);
}

/** Active users per role key, for the roles screen and the "in use" check. */
export async function countUsersByRole(db: Executor, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('users')
    .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .groupBy('role')
    .execute();
  return new Map(rows.map((r) => [r.role, Number(r.n)]));
}

/** Deleted roles, newest deletion first (the Trash). */
export function listDeletedRoleRows(db: Executor, workspaceId: string, limit: number) {
  return db.selectFrom('roles').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is not', null).orderBy('deleted_at', 'desc').limit(limit).execute();
}

export function findDeletedRoleRow(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('roles').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
}

export async function deleteRoleRow(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('roles').where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deletedRoleIdsBefore(db: Executor, workspaceId: string, before: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('roles').select('id').where('workspace_id', '=', workspaceId).where('deleted_at', '<', before).orderBy('deleted_at').limit(limit).execute();
  return rows.map((r) => String(r.id));
}
