import type { Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { ACTIONS, MODULES, widerScope, type PermissionMatrix } from '../../platform/access/permissions.js';
import { AppError } from '../../platform/errors.js';
import { findRoleByKey, permissionsFor, type Role } from '../roles/roles.service.js';
import * as departmentsService from '../departments/departments.service.js';
import * as users from './users.repository.js';
import type { User } from './users.service.js';

/**
 * The role a user is being given, which must exist in the workspace.
 * @throws AppError validation_failed (fields.role = 'not_found')
 */
export async function requireRole(db: Executor, workspaceId: string, key: string): Promise<Role> {
  const role = await findRoleByKey(db, workspaceId, key);
  if (!role) throw new AppError('validation_failed', 'There is no such role', { role: 'not_found' });
  return role;
}

/**
 * A department a user is being put in, which must exist (and not be deleted) in the workspace.
 * @throws AppError validation_failed (fields.departmentId = 'not_found')
 */
export async function requireDepartment(db: Executor, workspaceId: string, id: string): Promise<void> {
  if (!(await departmentsService.findDepartment(db, workspaceId, id))) {
    throw new AppError('validation_failed', 'There is no such department', { departmentId: 'not_found' });
  }
}

/** The display name of a role key (the key itself for a role that no longer exists). */
export async function roleNameOf(db: Executor, workspaceId: string, key: string): Promise<string> {
  return (await permissionsFor(db, workspaceId, key)).name;
}

/** Whether the matrix allows anything (module × action) beyond what the actor may do. */
function exceedsActor(actor: Actor, matrix: PermissionMatrix): boolean {
  return MODULES.some((m) => ACTIONS.some((a) => widerScope(scopeOf(actor, m, a), matrix[m][a]) !== scopeOf(actor, m, a)));
}

/**
 * Nobody hands out rights they do not have: someone allowed to create or edit users but not an
 * administrator cannot make an administrator (or themselves one).
 * @throws AppError forbidden (fields.role = 'exceeds_own_rights')
 */
export function assertMayGrant(actor: Actor, role: Role): void {
  if (exceedsActor(actor, role.permissions)) {
    throw new AppError('forbidden', 'You cannot give a role with rights you do not have yourself', { role: 'exceeds_own_rights' });
  }
}

/**
 * Nobody manages a user with rights beyond their own: otherwise changing an administrator's email
 * and sending a reset link would hand over the administrator's account.
 * @throws AppError forbidden
 */
export async function assertMayManage(db: Executor, actor: Actor, target: User): Promise<void> {
  if (exceedsActor(actor, (await permissionsFor(db, target.workspace_id, target.role)).permissions)) {
    throw new AppError('forbidden', 'This user has rights you do not have; ask an administrator');
  }
}

/**
 * Refuses a change that would leave the workspace without an active administrator. Locks the
 * active administrators first, so two such changes at once cannot both pass.
 * @throws AppError conflict (fields[field] = 'last_admin')
 */
export async function assertNotLastAdmin(db: Executor, user: User, field: 'role' | '_'): Promise<void> {
  if (user.role !== 'admin' || user.is_active !== 1) return;
  await users.lockActiveAdmins(db, user.workspace_id);
  if ((await users.countOtherActiveAdmins(db, user.workspace_id, user.id)) === 0) {
    throw new AppError('conflict', 'The workspace must keep at least one active administrator', { [field]: 'last_admin' });
  }
}
