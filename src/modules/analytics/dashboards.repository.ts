import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { DashboardsTable } from './analytics.table.js';

/** Dashboards and the role defaults. */

export type DashboardRow = Selectable<DashboardsTable> & { owner_name: string };

const withOwner = (db: Executor, workspaceId: string) => db.selectFrom('dashboards')
  .innerJoin('users', 'users.id', 'dashboards.owner_id')
  .selectAll('dashboards').select('users.name as owner_name')
  .where('dashboards.workspace_id', '=', workspaceId);

/** Every dashboard of the workspace (few per person: who sees which is the service's business). */
export function listDashboards(db: Executor, workspaceId: string): Promise<DashboardRow[]> {
  return withOwner(db, workspaceId).orderBy('dashboards.created_at').orderBy('dashboards.id').execute();
}

/** One dashboard by id. */
export function findDashboard(db: Executor, workspaceId: string, id: string): Promise<DashboardRow | undefined> {
  return withOwner(db, workspaceId).where('dashboards.id', '=', id).executeTakeFirst();
}

export async function insertDashboard(db: Executor, row: Insertable<DashboardsTable>): Promise<void> {
  await db.insertInto('dashboards').values(row).execute();
}

/** Writes only at `version`; false when someone changed it first. */
export async function updateDashboard(db: Executor, workspaceId: string, id: string, version: number, patch: Updateable<DashboardsTable>): Promise<boolean> {
  return (await updateVersioned(db, 'dashboards', workspaceId, id, version, patch)) !== undefined;
}

export async function deleteDashboard(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('dashboards').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** role id → default dashboard id. */
export async function roleDefaults(db: Executor, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('role_dashboards').select(['role_id', 'dashboard_id']).where('workspace_id', '=', workspaceId).execute();
  return new Map(rows.map((r) => [r.role_id, r.dashboard_id]));
}

/** Sets (or, with null, clears) a role's default dashboard. */
export async function setRoleDefault(db: Executor, workspaceId: string, roleId: string, dashboardId: string | null): Promise<void> {
  await db.deleteFrom('role_dashboards').where('workspace_id', '=', workspaceId).where('role_id', '=', roleId).execute();
  if (dashboardId) await db.insertInto('role_dashboards').values({ workspace_id: workspaceId, role_id: roleId, dashboard_id: dashboardId }).execute();
}

/** The id of a role of the workspace by its key (an actor names its role by key), or by id. */
export async function roleIdOf(db: Executor, workspaceId: string, ref: { key?: string; id?: string }): Promise<string | undefined> {
  let q = db.selectFrom('roles').select('id').where('workspace_id', '=', workspaceId);
  if (ref.key !== undefined) q = q.where('key', '=', ref.key);
  if (ref.id !== undefined) q = q.where('id', '=', ref.id);
  return (await q.executeTakeFirst())?.id;
}
