import type { Selectable, Transaction, Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { recordChange } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import type { DepartmentsTable } from '../users/users.table.js';
import * as departments from './departments.repository.js';
import { presentDepartment } from './departments.presenter.js';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './departments.schema.js';

export type Department = Selectable<DepartmentsTable>;
export type DepartmentWithCount = Department & { user_count: number };

/** The ids of a department and every live department below it (the reach of a department's visibility scope). */
export function departmentSubtree(db: Executor, workspaceId: string, departmentId: string): Promise<string[]> {
  return departments.departmentSubtree(db, workspaceId, departmentId);
}

/**
 * Every live department of the actor's workspace, flat, with user counts (the web app builds the tree).
 * @throws AppError forbidden
 */
export async function listDepartments(db: Executor, actor: Actor): Promise<DepartmentWithCount[]> {
  authorize(actor, 'users', 'view');
  return departments.listDepartments(db, actor.workspaceId);
}

/** Every live department of the workspace by name, for callers that decide themselves what the actor may see of it. */
export async function listLiveDepartments(db: Executor, workspaceId: string): Promise<DepartmentWithCount[]> {
  return departments.listDepartments(db, workspaceId);
}

/** A live department of the workspace, or undefined. */
export function findDepartment(db: Executor, workspaceId: string, id: string): Promise<Department | undefined> {
  return departments.findDepartment(db, workspaceId, id);
}

/** A department of the workspace, deleted or not (history). */
export function findDepartmentWithDeleted(db: Executor, workspaceId: string, id: string): Promise<Department | undefined> {
  return departments.findDepartmentWithDeleted(db, workspaceId, id);
}

/** A parent must exist, and a department cannot move under itself or its own descendant. */
async function checkParent(db: Executor, workspaceId: string, id: string | null, parentId: string): Promise<void> {
  if (!(await departments.findDepartment(db, workspaceId, parentId))) {
    throw new AppError('validation_failed', 'There is no such parent department', { parentId: 'not_found' });
  }
  if (!id) return;
  await departments.lockDepartmentTree(db, workspaceId);
  if ((await departments.departmentSubtree(db, workspaceId, id)).includes(parentId)) {
    throw new AppError('validation_failed', 'A department cannot be placed under itself or one of its sub-departments', { parentId: 'cycle' });
  }
}

async function checkHead(db: Executor, workspaceId: string, userId: string): Promise<void> {
  const user = await usersService.findUser(db, workspaceId, userId);
  if (!user) throw new AppError('validation_failed', 'There is no such user', { headUserId: 'not_found' });
  if (user.is_active !== 1) throw new AppError('validation_failed', 'A deactivated user cannot head a department', { headUserId: 'inactive' });
}

async function withCount(db: Executor, department: Department): Promise<DepartmentWithCount> {
  return { ...department, user_count: await departments.countMembers(db, department.workspace_id, department.id) };
}

/**
 * Creates a department, optionally under a parent and with a head.
 * @throws AppError forbidden | validation_failed (parentId / headUserId: not_found, inactive)
 */
export async function createDepartment(trx: Transaction<Database>, actor: Actor, input: CreateDepartmentInput): Promise<DepartmentWithCount> {
  authorize(actor, 'users', 'manage_settings');
  if (input.parentId) await checkParent(trx, actor.workspaceId, null, input.parentId);
  if (input.headUserId) await checkHead(trx, actor.workspaceId, input.headUserId);
  const at = now();
  const department = await departments.insertDepartment(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    name: input.name,
    parent_id: input.parentId ?? null,
    head_user_id: input.headUserId ?? null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
    version: 1,
  });
  await recordChange(trx, actor, { entityType: 'department', action: 'create', before: null, after: department });
  return { ...department, user_count: 0 };
}

/**
 * Renames a department, moves it in the tree or changes its head (also history "restore this
 * version", as action `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version; `current`) | validation_failed (parentId: not_found, cycle; headUserId: not_found, inactive)
 */
export async function updateDepartment(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
  input: UpdateDepartmentInput,
  action: 'update' | 'rollback' = 'update',
): Promise<DepartmentWithCount> {
  authorize(actor, 'users', 'manage_settings');
  const before = await departments.findDepartment(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Department not found');
  if (before.version !== input.version) {
    throw new AppError('conflict', 'The department was changed by someone else', undefined, { current: presentDepartment(await withCount(trx, before)) });
  }
  const patch: Updateable<DepartmentsTable> = { updated_at: now() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.parentId !== undefined && input.parentId !== before.parent_id) {
    if (input.parentId) await checkParent(trx, actor.workspaceId, id, input.parentId);
    patch.parent_id = input.parentId;
  }
  if (input.headUserId !== undefined && input.headUserId !== before.head_user_id) {
    if (input.headUserId) await checkHead(trx, actor.workspaceId, input.headUserId);
    patch.head_user_id = input.headUserId;
  }
  const after = await departments.updateDepartmentVersioned(trx, actor.workspaceId, id, input.version, patch);
  if (!after) throw new AppError('conflict', 'The department was changed by someone else');
  await recordChange(trx, actor, { entityType: 'department', action, before, after });
  return withCount(trx, after);
}

/**
 * Moves a department that has no users and no sub-departments to the trash.
 * @throws AppError forbidden | not_found | conflict (fields._ = 'not_empty')
 */
export async function deleteDepartment(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'manage_settings');
  const before = await departments.findDepartment(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Department not found');
  const [members, children] = await Promise.all([departments.countMembers(trx, actor.workspaceId, id), departments.countChildren(trx, actor.workspaceId, id)]);
  if (members > 0 || children > 0) {
    throw new AppError('conflict', 'Move its users and sub-departments elsewhere first', { _: 'not_empty' }, { users: members, departments: children });
  }
  const at = now();
  const after = await departments.updateDepartmentVersioned(trx, actor.workspaceId, id, before.version, { deleted_at: at, updated_at: at });
  if (!after) throw new AppError('conflict', 'The department was changed by someone else');
  await recordChange(trx, actor, { entityType: 'department', action: 'delete', before, after });
}

/** Deleted departments for the trash screen, most recently deleted first. @throws AppError forbidden */
export async function listDeletedDepartments(db: Executor, actor: Actor, limit: number): Promise<Department[]> {
  authorize(actor, 'users', 'view');
  return departments.listDeletedDepartments(db, actor.workspaceId, limit);
}

/** Ids of departments deleted before `before` (ISO), for the trash purge job. */
export function deletedDepartmentIdsBefore(db: Executor, workspaceId: string, before: string, limit: number): Promise<string[]> {
  return departments.deletedDepartmentIdsBefore(db, workspaceId, before, limit);
}

async function findDeleted(db: Executor, actor: Actor, id: string): Promise<Department> {
  const department = await departments.findDepartmentWithDeleted(db, actor.workspaceId, id);
  if (!department?.deleted_at) throw new AppError('not_found', 'This department is not in the trash');
  return department;
}

/**
 * Takes a department out of the trash. Its parent and head come back if they still qualify;
 * otherwise it returns at the root, or without a head.
 * @throws AppError forbidden | not_found
 */
export async function restoreDeletedDepartment(trx: Transaction<Database>, actor: Actor, id: string): Promise<DepartmentWithCount> {
  authorize(actor, 'users', 'manage_settings');
  const before = await findDeleted(trx, actor, id);
  const parentLive = before.parent_id !== null && (await departments.findDepartment(trx, actor.workspaceId, before.parent_id)) !== undefined;
  const head = before.head_user_id ? await usersService.findUser(trx, actor.workspaceId, before.head_user_id) : undefined;
  const after = await departments.updateDepartmentVersioned(trx, actor.workspaceId, id, before.version, {
    deleted_at: null,
    parent_id: parentLive ? before.parent_id : null,
    head_user_id: head?.is_active === 1 ? head.id : null,
    updated_at: now(),
  });
  if (!after) throw new AppError('conflict', 'The department was changed by someone else');
  await recordChange(trx, actor, { entityType: 'department', action: 'restore', before, after });
  return withCount(trx, after);
}

/**
 * Removes a deleted department for good (the trash service deletes its history and audits it).
 * @throws AppError forbidden | not_found
 */
export async function purgeDepartment(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'manage_settings');
  await findDeleted(trx, actor, id);
  await departments.purgeDepartmentRow(trx, actor.workspaceId, id);
}

/**
 * Removes a user as head of every department they head, with history; the caller (deactivation)
 * has already checked its own right.
 */
export async function clearHeadOf(trx: Transaction<Database>, actor: Actor, userId: string): Promise<void> {
  for (const before of await departments.departmentsHeadedBy(trx, actor.workspaceId, userId)) {
    const after = await departments.updateDepartmentVersioned(trx, actor.workspaceId, before.id, before.version, { head_user_id: null, updated_at: now() });
    if (after) await recordChange(trx, actor, { entityType: 'department', action: 'update', before, after });
  }
}
