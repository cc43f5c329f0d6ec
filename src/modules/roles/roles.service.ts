import type { Selectable, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { ACTIONS, BUILT_IN_ROLES, MODULES, isBuiltInRole, permissionsForRole, type PermissionMatrix, type Scope } from '../../platform/access/permissions.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { fromJson, toJson } from '../../platform/json.js';
import { recordChange } from '../../platform/history/record-change.js';
import * as pipelinesService from '../sales/pipelines.service.js';
import * as roles from './roles.repository.js';
import type { RolesTable } from './roles.table.js';
import type { FieldRights } from '../../platform/access/field-rights.js';
import { checkedFieldRights, fieldRightsOf } from './role-field-rights.js';
import type { CreateRoleInput, PermissionsInput, UpdateRoleInput } from './roles.schema.js';

export interface Role {
  id: string;
  workspaceId: string;
  key: string;
  name: string;
  description: string | null;
  isBuiltIn: boolean;
  permissions: PermissionMatrix;
  requireTwoFactor: boolean;
  /** The pipelines the role's deal rights are narrowed to; null: every pipeline. */
  dealPipelineIds: string[] | null;
  /** Field rights other than visible (decision 0027); the Administrator has none. */
  fieldRights: FieldRights;
  version: number;
}

/** English names of the built-in roles; the web app shows them translated by key. */
export const BUILT_IN_NAMES: Record<keyof typeof BUILT_IN_ROLES, string> = {
  admin: 'Administrator',
  head_of_sales: 'Head of sales',
  manager: 'Manager',
  marketer: 'Marketer',
  support_agent: 'Support agent',
  read_only: 'Read-only',
};

/**
 * A stored matrix may predate a module added later: missing cells take the built-in default for a
 * built-in role and `none` for a custom one, so new modules never open up silently.
 */
function completeMatrix(stored: Partial<Record<string, Partial<Record<string, Scope>>>>, key: string, builtIn: boolean): PermissionMatrix {
  const fallback = builtIn ? permissionsForRole(key) : null;
  const out = {} as PermissionMatrix;
  for (const m of MODULES) {
    out[m] = {} as PermissionMatrix[typeof m];
    for (const a of ACTIONS) out[m][a] = stored[m]?.[a] ?? fallback?.[m][a] ?? 'none';
  }
  return out;
}

function toRole(row: Selectable<RolesTable>): Role {
  const builtIn = row.is_builtin === 1;
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    name: row.name,
    description: row.description,
    isBuiltIn: builtIn,
    // The Administrator always has every right, whatever is stored.
    permissions: row.key === 'admin' ? permissionsForRole('admin') : completeMatrix(fromJson(row.permissions), row.key, builtIn),
    requireTwoFactor: row.require_two_factor === 1,
    // The Administrator reaches every pipeline, whatever is stored.
    dealPipelineIds: row.key === 'admin' ? null : pipelineIdsOf(row.deal_pipeline_ids),
    // The Administrator sees every field, whatever is stored.
    fieldRights: row.key === 'admin' ? {} : fieldRightsOf(row.field_rights),
    version: row.version,
  };
}

function pipelineIdsOf(stored: unknown): string[] | null {
  const ids = stored === null || stored === undefined ? null : fromJson<unknown>(stored);
  return Array.isArray(ids) ? ids.map(String) : null;
}

/** What the role narrows, in the shape the one visibility helper applies (deals to its pipelines). */
export function narrowingOf(dealPipelineIds: string[] | null): Actor['narrowing'] {
  return dealPipelineIds === null ? undefined : { deals: { column: 'pipeline_id', ids: dealPipelineIds } };
}

/** The role as history keeps it: JSON read, so versions compare the same on both databases. */
function forHistory(row: Selectable<RolesTable>) {
  return { ...row, permissions: fromJson(row.permissions), deal_pipeline_ids: pipelineIdsOf(row.deal_pipeline_ids), field_rights: fieldRightsOf(row.field_rights) };
}

/**
 * The pipeline list a role is narrowed to, checked: null keeps every pipeline; ids must name
 * pipelines of the workspace (retired ones too: their deals stay reachable).
 * @throws AppError validation_failed (dealPipelineIds: not_found)
 */
async function checkedPipelineIds(db: Executor, workspaceId: string, ids: string[] | null | undefined): Promise<string[] | null | undefined> {
  if (ids === undefined || ids === null) return ids;
  const unique = [...new Set(ids)];
  const known = await pipelinesService.existingPipelineIds(db, workspaceId, unique);
  if (unique.some((id) => !known.has(id))) throw new AppError('validation_failed', 'Some of these pipelines do not exist', { dealPipelineIds: 'not_found' });
  return unique;
}

function merge(base: PermissionMatrix, patch: PermissionsInput | undefined): PermissionMatrix {
  const out = structuredClone(base);
  for (const m of MODULES) for (const a of ACTIONS) {
    const cell = patch?.[m]?.[a];
    if (cell) out[m][a] = cell;
  }
  return out;
}

/** Creates the built-in roles a workspace lacks (new workspaces, and ones made before roles were editable). */
export async function ensureBuiltInRoles(db: Executor, workspaceId: string): Promise<void> {
  const existing = new Set((await roles.listRoleRows(db, workspaceId)).map((r) => r.key));
  const at = now();
  await roles.insertRoles(
    db,
    Object.entries(BUILT_IN_ROLES)
      .filter(([key]) => !existing.has(key))
      .map(([key, matrix]) => ({
        id: newId(), workspace_id: workspaceId, key, name: BUILT_IN_NAMES[key as keyof typeof BUILT_IN_NAMES], description: null,
        is_builtin: 1, permissions: toJson(matrix), require_two_factor: 0, created_at: at, updated_at: at, deleted_at: null, version: 1,
      })),
  );
}

/** What a role key allows in a workspace; a built-in key without a stored row falls back to its default. */
export async function permissionsFor(db: Executor, workspaceId: string, key: string): Promise<{ permissions: PermissionMatrix; requireTwoFactor: boolean; name: string; narrowing: Actor['narrowing']; fieldRights: FieldRights }> {
  const row = await roles.findRoleRowByKey(db, workspaceId, key);
  if (row) {
    const role = toRole(row);
    return { permissions: role.permissions, requireTwoFactor: role.requireTwoFactor, name: role.name, narrowing: narrowingOf(role.dealPipelineIds), fieldRights: role.fieldRights };
  }
  return { permissions: permissionsForRole(key), requireTwoFactor: false, name: isBuiltInRole(key) ? BUILT_IN_NAMES[key] : key, narrowing: undefined, fieldRights: {} };
}

export async function findRoleByKey(db: Executor, workspaceId: string, key: string): Promise<Role | undefined> {
  const row = await roles.findRoleRowByKey(db, workspaceId, key);
  if (row) return toRole(row);
  if (!isBuiltInRole(key)) return undefined;
  await ensureBuiltInRoles(db, workspaceId);
  const seeded = await roles.findRoleRowByKey(db, workspaceId, key);
  return seeded && toRole(seeded);
}

export async function findRole(db: Executor, actor: Actor, id: string): Promise<Role | undefined> {
  const row = await roles.findRoleRow(db, actor.workspaceId, id);
  return row && toRole(row);
}

/** All roles with how many users hold each. */
export async function listRoles(db: Executor, actor: Actor): Promise<{ role: Role; userCount: number }[]> {
  authorize(actor, 'users', 'view');
  await ensureBuiltInRoles(db, actor.workspaceId);
  const [rows, counts] = await Promise.all([roles.listRoleRows(db, actor.workspaceId), roles.countUsersByRole(db, actor.workspaceId)]);
  return rows.map((row) => ({ role: toRole(row), userCount: counts.get(row.key) ?? 0 }));
}

export async function userCountOf(db: Executor, workspaceId: string, key: string): Promise<number> {
  return (await roles.countUsersByRole(db, workspaceId)).get(key) ?? 0;
}

/**
 * Creates a custom role, empty or copied from another, with the given cells on top.
 * @throws AppError forbidden | not_found (copyFromId) | conflict (name taken)
 */
export async function createRole(trx: Transaction<Database>, actor: Actor, input: CreateRoleInput): Promise<Role> {
  authorize(actor, 'users', 'manage_settings');
  const existing = await roles.listRoleRows(trx, actor.workspaceId);
  if (existing.some((r) => r.name.toLowerCase() === input.name.toLowerCase())) throw new AppError('conflict', 'A role with this name exists', { name: 'taken' });
  let base = completeMatrix({}, 'none', false);
  let copiedPipelines: string[] | null = null;
  let copiedFieldRights: FieldRights = {};
  if (input.copyFromId) {
    const source = await findRole(trx, actor, input.copyFromId);
    if (!source) throw new AppError('validation_failed', 'The role to copy does not exist', { copyFromId: 'not_found' });
    base = source.permissions;
    copiedPipelines = source.dealPipelineIds;
    copiedFieldRights = source.fieldRights;
  }
  const fieldRights = input.fieldRights === undefined ? copiedFieldRights : await checkedFieldRights(trx, actor.workspaceId, copiedFieldRights, input.fieldRights);
  // A copy keeps the source's pipelines unless the input names its own.
  const dealPipelineIds = input.dealPipelineIds === undefined ? copiedPipelines : await checkedPipelineIds(trx, actor.workspaceId, input.dealPipelineIds);
  const id = newId();
  const at = now();
  const row = await roles.insertRole(trx, {
    id, workspace_id: actor.workspaceId, key: `custom_${id.replaceAll('-', '').slice(-12)}`, name: input.name, description: input.description ?? null,
    is_builtin: 0, permissions: toJson(merge(base, input.permissions)), require_two_factor: input.requireTwoFactor ? 1 : 0,
    deal_pipeline_ids: dealPipelineIds ? toJson(dealPipelineIds) : null,
    field_rights: Object.keys(fieldRights).length > 0 ? toJson(fieldRights) : null, created_at: at, updated_at: at, deleted_at: null, version: 1,
  });
  await recordChange(trx, actor, { entityType: 'role', action: 'create', before: null, after: forHistory(row) });
  return toRole(row);
}

/**
 * Renames a role or changes its cells; the Administrator's rights are fixed.
 * @throws AppError forbidden | not_found | conflict (stale version, name taken) | validation_failed (locked)
 */
export async function updateRole(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateRoleInput, action: 'update' | 'rollback' = 'update'): Promise<Role> {
  authorize(actor, 'users', 'manage_settings');
  const before = await roles.findRoleRow(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Role not found');
  if (before.version !== input.version) throw new AppError('conflict', 'The role was changed by someone else', undefined, { current: toRole(before) });
  if (before.key === 'admin' && input.permissions) throw new AppError('validation_failed', "The Administrator's rights cannot be changed", { permissions: 'locked' });
  if (before.key === 'admin' && input.dealPipelineIds) throw new AppError('validation_failed', 'The Administrator reaches every pipeline', { dealPipelineIds: 'locked' });
  if (before.key === 'admin' && input.fieldRights) throw new AppError('validation_failed', 'The Administrator sees every field', { fieldRights: 'locked' });
  const dealPipelineIds = await checkedPipelineIds(trx, actor.workspaceId, input.dealPipelineIds);
  const fieldRights = input.fieldRights === undefined ? undefined : await checkedFieldRights(trx, actor.workspaceId, fieldRightsOf(before.field_rights), input.fieldRights);
  if (input.name && input.name.toLowerCase() !== before.name.toLowerCase()) {
    const others = await roles.listRoleRows(trx, actor.workspaceId);
    if (others.some((r) => r.id !== id && r.name.toLowerCase() === input.name!.toLowerCase())) throw new AppError('conflict', 'A role with this name exists', { name: 'taken' });
  }
  const current = toRole(before);
  const after = await roles.updateRoleVersioned(trx, actor.workspaceId, id, input.version, {
    name: input.name ?? before.name,
    description: input.description === undefined ? before.description : input.description,
    permissions: toJson(merge(current.permissions, input.permissions)),
    require_two_factor: input.requireTwoFactor === undefined ? before.require_two_factor : input.requireTwoFactor ? 1 : 0,
    ...(dealPipelineIds !== undefined ? { deal_pipeline_ids: dealPipelineIds === null ? null : toJson(dealPipelineIds) } : {}),
    ...(fieldRights !== undefined ? { field_rights: Object.keys(fieldRights).length > 0 ? toJson(fieldRights) : null } : {}),
    updated_at: now(),
  });
  if (!after) throw new AppError('conflict', 'The role was changed by someone else');
  await recordChange(trx, actor, {
    entityType: 'role', action,
    before: forHistory(before),
    after: forHistory(after),
  });
  return toRole(after);
}

/**
 * Deletes a custom role nobody holds.
 * @throws AppError forbidden | not_found | conflict (built-in, in use)
 */
export async function deleteRole(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'users', 'manage_settings');
  const before = await roles.findRoleRow(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Role not found');
  if (before.is_builtin === 1) throw new AppError('conflict', 'Built-in roles cannot be deleted; copy one instead', { _: 'built_in' });
  if ((await userCountOf(trx, actor.workspaceId, before.key)) > 0) throw new AppError('conflict', 'Move the users of this role to another role first', { _: 'in_use' });
  const after = await roles.updateRoleVersioned(trx, actor.workspaceId, id, before.version, { deleted_at: now(), updated_at: now() });
  if (!after) throw new AppError('conflict', 'The role was changed by someone else');
  await recordChange(trx, actor, { entityType: 'role', action: 'delete', before: forHistory(before), after: forHistory(after) });
}
