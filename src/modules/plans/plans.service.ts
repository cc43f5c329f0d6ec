import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now, nowMs } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChanges, type Change } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { dayIn } from '../../platform/time-zone.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import * as policy from './plans.policy.js';
import * as repo from './plans.repository.js';
import type { ListPlansQuery, PlanItemInput, PlanOutput, PlansOutput } from './plans.schema.js';

/** Sales plans: a target per user or department per month, set by administrators and heads of department (decision 0023). */

export function presentPlan(row: repo.PlanRow): PlanOutput {
  return { id: row.id, month: row.month, targetType: row.target_type, targetId: row.target_id, amount: Number(row.amount), wonCount: Number(row.won_count), version: row.version };
}

/** The workspace's currency, time zone and current month there. @throws AppError not_found */
export async function planSetting(db: Executor, workspaceId: string): Promise<{ currency: string; timeZone: string; thisMonth: string }> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'The workspace was not found');
  return { currency: workspace.default_currency, timeZone: workspace.time_zone, thisMonth: dayIn(nowMs(), workspace.time_zone).slice(0, 7) };
}

/** Whether the viewer sees a plan row. */
function seesPlan(reach: policy.PlanReach, usersById: Map<string, policy.PlanReach['users'][number]>, row: repo.PlanRow): boolean {
  if (row.target_type === 'department') return policy.canSeeDepartmentPlan(reach, row.target_id);
  const user = usersById.get(row.target_id);
  return user !== undefined && policy.canSeeUserPlan(reach, user);
}

/**
 * The plans of a period the viewer may see, with the people and departments of the grid.
 * @throws AppError validation_failed (to before from)
 */
export async function listPlansFor(db: Executor, actor: Actor, query: ListPlansQuery): Promise<PlansOutput> {
  const setting = await planSetting(db, actor.workspaceId);
  const from = query.from ?? setting.thisMonth;
  const to = query.to ?? from;
  if (to < from) throw new AppError('validation_failed', 'The period ends before it starts', { to: 'before_from' });
  const reach = await policy.planReach(db, actor);
  const usersById = new Map(reach.users.map((u) => [u.id, u]));
  const rows = await repo.listPlans(db, actor.workspaceId, from, to);
  return {
    from, to, currency: setting.currency, canEdit: policy.canSetAnyPlan(reach),
    people: reach.users.filter((u) => u.is_active === 1 && policy.canSeeUserPlan(reach, u))
      .map((u) => ({ id: u.id, name: u.name, departmentId: u.department_id, canEdit: policy.canSetUserPlan(reach, u) })),
    departments: reach.departments.filter((d) => policy.canSeeDepartmentPlan(reach, d.id)).map((d) => ({ id: d.id, name: d.name, parentId: d.parent_id, canEdit: true })),
    items: rows.filter((row) => seesPlan(reach, usersById, row)).map(presentPlan),
  };
}

/** Each item's target exists and the actor may set it; the first refusal names its item. */
function checkTargets(reach: policy.PlanReach, items: readonly PlanItemInput[]): void {
  const usersById = new Map(reach.users.map((u) => [u.id, u]));
  const departmentIds = new Set(reach.departments.map((d) => d.id));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const field = `items.${i}.targetId`;
    const key = `${item.targetType}:${item.targetId}`;
    if (seen.has(key)) throw new AppError('validation_failed', 'A target appears twice', { [field]: 'duplicate' });
    seen.add(key);
    if (item.targetType === 'user') {
      const user = usersById.get(item.targetId);
      if (!user) throw new AppError('validation_failed', 'There is no such user', { [field]: 'not_found' });
      if (!policy.canSetUserPlan(reach, user)) throw new AppError('forbidden', 'You may not set this plan', { [field]: 'forbidden' });
    } else {
      if (!departmentIds.has(item.targetId)) throw new AppError('validation_failed', 'There is no such department', { [field]: 'not_found' });
      if (!policy.canSetDepartmentPlan(reach, item.targetId)) throw new AppError('forbidden', 'You may not set this plan', { [field]: 'forbidden' });
    }
  });
}

/**
 * Sets the targets of one month (a grid at once): new ones are added, existing ones need the version
 * they were read at. Answers the month as `listPlansFor` does.
 * @throws AppError forbidden | validation_failed (items.N.targetId: not_found | duplicate) | conflict
 */
export async function savePlans(trx: Transaction<Database>, actor: Actor, month: string, items: readonly PlanItemInput[]): Promise<PlansOutput> {
  const reach = await policy.planReach(trx, actor);
  if (!policy.canSetAnyPlan(reach)) throw new AppError('forbidden', 'Only administrators and heads of department set sales plans');
  checkTargets(reach, items);
  const ws = actor.workspaceId;
  const existing = new Map((await repo.listPlans(trx, ws, month, month)).map((row) => [`${row.target_type}:${row.target_id}`, row]));
  const at = now();
  const changes: Change[] = [];
  const inserts: Parameters<typeof repo.insertPlans>[1] = [];
  for (const item of items) {
    const before = existing.get(`${item.targetType}:${item.targetId}`);
    if (!before) {
      inserts.push({ id: newId(), workspace_id: ws, month, target_type: item.targetType, target_id: item.targetId, amount: item.amount, won_count: item.wonCount, version: 1, created_at: at, updated_at: at });
      continue;
    }
    const after = item.version === undefined ? undefined : await repo.updatePlanRow(trx, ws, before.id, item.version, { amount: item.amount, won_count: item.wonCount, updated_at: at });
    if (!after) throw new AppError('conflict', 'The plans were changed by someone else; reload and try again', undefined, { current: await listPlansFor(trx, actor, { from: month, to: month }) });
    changes.push({ entityType: 'sales_plan', action: 'update', before, after });
  }
  for (const row of await repo.insertPlans(trx, inserts)) changes.push({ entityType: 'sales_plan', action: 'create', before: null, after: row });
  if (changes.length > 0) await recordChanges(trx, actor, changes);
  return listPlansFor(trx, actor, { from: month, to: month });
}

/** Removes a target. @throws AppError not_found | forbidden | conflict */
export async function deletePlan(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  const reach = await policy.planReach(trx, actor);
  const before = await repo.findPlan(trx, actor.workspaceId, id);
  const usersById = new Map(reach.users.map((u) => [u.id, u]));
  if (!before || !seesPlan(reach, usersById, before)) throw new AppError('not_found', 'The plan was not found');
  const settable = before.target_type === 'department' ? policy.canSetDepartmentPlan(reach, before.target_id) : policy.canSetUserPlan(reach, usersById.get(before.target_id)!);
  if (!settable) throw new AppError('forbidden', 'You may not change this plan');
  if (before.version !== version || !(await repo.deletePlanRow(trx, actor.workspaceId, id, version))) {
    throw new AppError('conflict', 'The plan was changed by someone else; reload and try again', undefined, { current: presentPlan(before) });
  }
  // The deletion is the plan's next version in its history (versions are unique per record).
  await recordChanges(trx, actor, [{ entityType: 'sales_plan', action: 'delete', before: { ...before, version: before.version + 1 }, after: null }]);
}
