import type { Executor } from '../../db/database.js';
import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import * as departmentsService from '../departments/departments.service.js';
import * as usersService from '../users/users.service.js';

/**
 * Who sees and sets which sales plans: administrators (or the settings right over everything) all of
 * them; a head of department those of the departments they head, the ones below, and their people;
 * everyone their own plan.
 */
export interface PlanReach {
  actor: Actor;
  all: boolean;
  /** Departments the actor heads, and every one below them. */
  headed: ReadonlySet<string>;
  departments: Array<{ id: string; name: string; parent_id: string | null }>;
  users: Array<{ id: string; name: string; department_id: string | null; is_active: number }>;
}

/** Everything the plan rules need about the actor's workspace, read once. */
export async function planReach(db: Executor, actor: Actor): Promise<PlanReach> {
  const [departments, users] = await Promise.all([
    departmentsService.listLiveDepartments(db, actor.workspaceId),
    usersService.listUsers(db, actor.workspaceId, { status: 'all' }),
  ]);
  const children = new Map<string, string[]>();
  for (const d of departments) if (d.parent_id) children.set(d.parent_id, [...(children.get(d.parent_id) ?? []), d.id]);
  const headed = new Set<string>();
  const stack = actor.userId ? departments.filter((d) => d.head_user_id === actor.userId).map((d) => d.id) : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (headed.has(id)) continue;
    headed.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  const all = isAdmin(actor) || scopeOf(actor, 'settings', 'manage_settings') === 'all';
  return { actor, all, headed, departments, users };
}

/** The departments a department's target covers: itself and every one below it. */
export function subtreeOf(reach: PlanReach, departmentId: string): Set<string> {
  const out = new Set<string>([departmentId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of reach.departments) {
      if (d.parent_id && out.has(d.parent_id) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}

export function canSetUserPlan(reach: PlanReach, user: { department_id: string | null }): boolean {
  return reach.all || (user.department_id !== null && reach.headed.has(user.department_id));
}

export function canSeeUserPlan(reach: PlanReach, user: { id: string; department_id: string | null }): boolean {
  return user.id === reach.actor.userId || canSetUserPlan(reach, user);
}

export function canSetDepartmentPlan(reach: PlanReach, departmentId: string): boolean {
  return reach.all || reach.headed.has(departmentId);
}

/** Heads see the plans of the departments they may set; no one else sees a department's. */
export const canSeeDepartmentPlan = canSetDepartmentPlan;

/** Whether the actor may set any plan at all. */
export function canSetAnyPlan(reach: PlanReach): boolean {
  return reach.all || reach.headed.size > 0;
}
