import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { now } from '../../platform/clock.js';
import { fromJson } from '../../platform/json.js';
import { recordChange } from '../../platform/history/record-change.js';
import * as roles from './roles.repository.js';

/** Deleted custom roles in the Trash. */
export async function listDeletedRoles(db: Executor, actor: Actor, limit: number) {
  authorize(actor, 'users', 'view');
  return roles.listDeletedRoleRows(db, actor.workspaceId, limit);
}

export function findDeletedRole(db: Executor, actor: Actor, id: string) {
  return roles.findDeletedRoleRow(db, actor.workspaceId, id);
}

/**
 * Brings a deleted role back; its name must still be free.
 * @throws AppError forbidden | not_found | conflict (name taken)
 */
export async function restoreDeletedRole(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'manage_settings');
  const before = await roles.findDeletedRoleRow(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Role not found in the trash');
  const live = await roles.listRoleRows(trx, actor.workspaceId);
  if (live.some((r) => r.name.toLowerCase() === before.name.toLowerCase())) {
    throw new AppError('conflict', 'Another role has this name now; rename it first', { name: 'taken' });
  }
  const after = await roles.updateRoleVersioned(trx, actor.workspaceId, id, before.version, { deleted_at: null, updated_at: now() });
  if (!after) throw new AppError('conflict', 'The role was changed by someone else');
  await recordChange(trx, actor, { entityType: 'role', action: 'restore', before: { ...before, permissions: fromJson(before.permissions) }, after: { ...after, permissions: fromJson(after.permissions) } });
}

/** Removes a deleted role for good. @throws AppError forbidden | not_found */
export async function purgeRole(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'manage_settings');
  if (!(await roles.deleteRoleRow(trx, actor.workspaceId, id))) throw new AppError('not_found', 'Role not found in the trash');
}

export function deletedRoleIdsBefore(db: Executor, workspaceId: string, before: string, limit: number): Promise<string[]> {
  return roles.deletedRoleIdsBefore(db, workspaceId, before, limit);
}
