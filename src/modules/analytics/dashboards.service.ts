import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { scopeOf } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import type { CreateDashboardInput, DashboardOutput, DashboardWidget, Shared, UpdateDashboardInput } from './dashboards.schema.js';
import * as repo from './dashboards.repository.js';

/** Dashboards: personal, shared with roles or people, and a default per role (set by administrators). */

const isAdmin = (actor: Actor) => scopeOf(actor, 'users', 'manage_settings') === 'all';

function present(row: repo.DashboardRow, actor: Actor, defaults: Map<string, string>): DashboardOutput {
  const shared = fromJson<Shared>(row.shared) ?? { roleIds: [], userIds: [] };
  return {
    id: row.id, name: row.name, owner: { id: row.owner_id, name: row.owner_name },
    shared: { roleIds: shared.roleIds ?? [], userIds: shared.userIds ?? [] },
    widgets: (fromJson<DashboardWidget[]>(row.widgets) ?? []) as DashboardOutput['widgets'],
    defaultForRoleIds: [...defaults.entries()].filter(([, id]) => id === row.id).map(([roleId]) => roleId),
    canEdit: row.owner_id === actor.userId || isAdmin(actor),
    version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Whether the actor sees a dashboard: their own, shared with them or their role, or their role's default. */
function sees(row: repo.DashboardRow, actor: Actor, roleId: string | undefined, defaults: Map<string, string>): boolean {
  if (row.owner_id === actor.userId) return true;
  const shared = fromJson<Shared>(row.shared) ?? { roleIds: [], userIds: [] };
  if (actor.userId && shared.userIds?.includes(actor.userId)) return true;
  return roleId !== undefined && (shared.roleIds?.includes(roleId) === true || defaults.get(roleId) === row.id);
}

/** The dashboards the actor sees, and which to open first. @throws AppError forbidden */
export async function listDashboardsFor(db: Executor, actor: Actor): Promise<{ items: DashboardOutput[]; homeId: string | null }> {
  authorize(actor, 'reports', 'view');
  const [rows, defaults, roleId] = await Promise.all([repo.listDashboards(db, actor.workspaceId), repo.roleDefaults(db, actor.workspaceId), repo.roleIdOf(db, actor.workspaceId, { key: actor.role })]);
  const items = rows.filter((r) => sees(r, actor, roleId, defaults)).map((r) => present(r, actor, defaults));
  const own = items.find((d) => d.owner.id === actor.userId);
  const roleDefault = roleId ? defaults.get(roleId) : undefined;
  return { items, homeId: own?.id ?? roleDefault ?? null };
}

/** A dashboard the actor sees. @throws AppError forbidden | not_found */
export async function getDashboard(db: Executor, actor: Actor, id: string): Promise<DashboardOutput> {
  authorize(actor, 'reports', 'view');
  const [row, defaults, roleId] = await Promise.all([repo.findDashboard(db, actor.workspaceId, id), repo.roleDefaults(db, actor.workspaceId), repo.roleIdOf(db, actor.workspaceId, { key: actor.role })]);
  if (!row || !sees(row, actor, roleId, defaults)) throw new AppError('not_found', 'The dashboard was not found');
  return present(row, actor, defaults);
}

/** A new dashboard of the actor's. @throws AppError forbidden */
export async function createDashboard(trx: Transaction<Database>, actor: Actor, input: CreateDashboardInput): Promise<DashboardOutput> {
  authorize(actor, 'reports', 'view');
  if (!actor.userId) throw new AppError('forbidden', 'Only a person has dashboards');
  const at = now();
  const id = newId();
  await repo.insertDashboard(trx, {
    id, workspace_id: actor.workspaceId, owner_id: actor.userId, name: input.name, shared: toJson(input.shared ?? { roleIds: [], userIds: [] }),
    widgets: toJson(input.widgets), version: 1, created_at: at, updated_at: at,
  });
  return getDashboard(trx, actor, id);
}

/** A dashboard the actor may change (their own; administrators any they see). @throws AppError not_found | forbidden */
async function editable(db: Executor, actor: Actor, id: string): Promise<DashboardOutput> {
  const dashboard = await getDashboard(db, actor, id).catch(async (error: unknown) => {
    // An administrator may also reach a dashboard that is not shared with them (to set role defaults).
    const row = isAdmin(actor) ? await repo.findDashboard(db, actor.workspaceId, id) : undefined;
    if (!row) throw error;
    return present(row, actor, await repo.roleDefaults(db, actor.workspaceId));
  });
  if (!dashboard.canEdit) throw new AppError('forbidden', 'Only its owner changes a dashboard');
  return dashboard;
}

/** Renames, re-shares or rearranges a dashboard at the version read. @throws AppError not_found | forbidden | conflict */
export async function updateDashboard(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateDashboardInput): Promise<DashboardOutput> {
  const before = await editable(trx, actor, id);
  const patch = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.shared !== undefined ? { shared: toJson(input.shared) } : {}),
    ...(input.widgets !== undefined ? { widgets: toJson(input.widgets) } : {}),
    updated_at: now(),
  };
  if (before.version !== input.version || !(await repo.updateDashboard(trx, actor.workspaceId, id, input.version, patch))) {
    throw new AppError('conflict', 'The dashboard was changed by someone else; reload and try again', undefined, { current: before });
  }
  return present((await repo.findDashboard(trx, actor.workspaceId, id))!, actor, await repo.roleDefaults(trx, actor.workspaceId));
}

/** Deletes a dashboard at the version read (a role it was the default of falls back to none). @throws AppError not_found | forbidden | conflict */
export async function deleteDashboard(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  const before = await editable(trx, actor, id);
  if (before.version !== version) throw new AppError('conflict', 'The dashboard was changed by someone else; reload and try again', undefined, { current: before });
  await repo.deleteDashboard(trx, actor.workspaceId, id);
}

/** Sets the dashboard a role's people see until they make their own (administrators). @throws AppError forbidden | not_found */
export async function setRoleDashboard(trx: Transaction<Database>, actor: Actor, roleId: string, dashboardId: string | null): Promise<{ roleId: string; dashboardId: string | null }> {
  authorize(actor, 'users', 'manage_settings');
  if (!(await repo.roleIdOf(trx, actor.workspaceId, { id: roleId }))) throw new AppError('not_found', 'The role was not found');
  if (dashboardId && !(await repo.findDashboard(trx, actor.workspaceId, dashboardId))) throw new AppError('validation_failed', 'The dashboard was not found', { dashboardId: 'not_found' });
  await repo.setRoleDefault(trx, actor.workspaceId, roleId, dashboardId);
  return { roleId, dashboardId };
}
