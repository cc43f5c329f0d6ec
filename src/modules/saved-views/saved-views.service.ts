/**
 * Saved list views: a name and a definition (columns, filters, sort) for the contacts or
 * companies list, personal or shared with the workspace. Only the owner or an administrator
 * changes or deletes one; a personal view of someone else does not exist for you (404).
 */
import type { Transaction, Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { authorize } from '../../platform/access/authorize.js';
import { isAdmin, type Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import { recordType } from '../../platform/records/registry.js';
import * as usersService from '../users/users.service.js';
import * as views from './saved-views.repository.js';
import { readStoredDefinition, type CreateViewInput, type UpdateViewInput, type ViewDefinition, type ViewOutput } from './saved-views.schema.js';
import type { SavedViewsTable } from './saved-views.table.js';

/** A view's sort names one of its type's sorts or a custom field (a Map look-up: `constructor` is no sort). @throws AppError validation_failed */
function checkSortOfType(entityType: string, definition: ViewDefinition | undefined): void {
  const field = definition?.sort?.field;
  if (!field || field.startsWith('custom.')) return;
  if (!recordType(entityType)?.sorts.has(field)) throw new AppError('validation_failed', 'The list cannot be sorted by that', { 'definition.sort.field': 'invalid_option' });
}

/** A view may be saved for a list the actor can see at all. @throws AppError forbidden | validation_failed */
function authorizeEntity(actor: Actor, entityType: string): void {
  const kind = recordType(entityType);
  if (!kind?.features.savedViews) throw new AppError('validation_failed', 'Views are not saved for that record type', { entityType: 'invalid_option' });
  authorize(actor, kind.module, 'view');
}

const canChange = (actor: Actor, row: views.SavedViewRow) => row.owner_id === actor.userId || isAdmin(actor);
const canSee = (actor: Actor, row: views.SavedViewRow) => row.shared === 1 || canChange(actor, row);

function historyRow(row: views.SavedViewRow) {
  return { ...row, definition: fromJson(row.definition) };
}

/** Views as the API shows them, with their owners' names and what the actor may do. */
async function present(db: Executor, actor: Actor, rows: views.SavedViewRow[]): Promise<ViewOutput[]> {
  const names = new Map<string, string>();
  for (const ownerId of new Set(rows.map((r) => r.owner_id))) {
    names.set(ownerId, (await usersService.findUser(db, actor.workspaceId, ownerId))?.name ?? '');
  }
  return rows.map((row) => {
    const change = canChange(actor, row);
    return {
      id: row.id,
      entity: row.entity_type,
      name: row.name,
      shared: row.shared === 1,
      definition: readStoredDefinition(fromJson(row.definition)),
      owner: { id: row.owner_id, name: names.get(row.owner_id) ?? '' },
      mine: row.owner_id === actor.userId,
      abilities: { edit: change, delete: change },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

/**
 * The actor's own views of an entity and those shared with the workspace, by name.
 * @throws AppError forbidden (no view right on the entity's module)
 */
export async function listViews(db: Executor, actor: Actor, entityType: string): Promise<ViewOutput[]> {
  authorizeEntity(actor, entityType);
  return present(db, actor, await views.listViews(db, actor.workspaceId, entityType, actor.userId));
}

/**
 * Saves a view owned by the actor.
 * @throws AppError forbidden
 */
export async function createView(trx: Transaction<Database>, actor: Actor, input: CreateViewInput): Promise<ViewOutput> {
  authorizeEntity(actor, input.entity);
  checkSortOfType(input.entity, input.definition);
  if (!actor.userId) throw new AppError('forbidden', 'Only a user can own a saved view');
  const at = now();
  const row = await views.insertView(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    entity_type: input.entity,
    owner_id: actor.userId,
    name: input.name,
    shared: input.shared ? 1 : 0,
    definition: toJson(input.definition),
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await recordChange(trx, actor, { entityType: 'saved_view', action: 'create', before: null, after: historyRow(row) });
  return (await present(trx, actor, [row]))[0]!;
}

/** A view the actor may change. @throws AppError not_found | forbidden | conflict */
async function loadForChange(trx: Transaction<Database>, actor: Actor, id: string, version: number | undefined): Promise<views.SavedViewRow> {
  const row = await views.findView(trx, actor.workspaceId, id);
  if (!row || !canSee(actor, row)) throw new AppError('not_found', 'Saved view not found');
  if (!canChange(actor, row)) throw new AppError('forbidden', 'Only the owner of a view or an administrator changes it');
  if (version !== undefined && row.version !== version) {
    throw new AppError('conflict', 'The view was changed by someone else', undefined, { current: (await present(trx, actor, [row]))[0] });
  }
  return row;
}

/**
 * Renames a view, shares or unshares it, or replaces its definition.
 * @throws AppError not_found | forbidden | conflict
 */
export async function updateView(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateViewInput): Promise<ViewOutput> {
  const before = await loadForChange(trx, actor, id, input.version);
  const patch: Updateable<SavedViewsTable> = { updated_at: now() };
  if (input.name !== undefined) patch.name = input.name;
  if (input.shared !== undefined) patch.shared = input.shared ? 1 : 0;
  if (input.definition !== undefined) {
    checkSortOfType(before.entity_type, input.definition);
    patch.definition = toJson(input.definition);
  }
  const after = await views.updateViewVersioned(trx, actor.workspaceId, id, before.version, patch);
  if (!after) throw new AppError('conflict', 'The view was changed by someone else');
  await recordChange(trx, actor, { entityType: 'saved_view', action: 'update', before: historyRow(before), after: historyRow(after) });
  return (await present(trx, actor, [after]))[0]!;
}

/**
 * Deletes a view for good (a view is a preference, not a record worth a trash).
 * @throws AppError not_found | forbidden | conflict
 */
export async function deleteView(trx: Transaction<Database>, actor: Actor, id: string, version?: number): Promise<void> {
  const before = await loadForChange(trx, actor, id, version);
  await views.deleteView(trx, actor.workspaceId, id);
  // The deletion is the view's next version in its history.
  await recordChange(trx, actor, { entityType: 'saved_view', action: 'delete', before: { ...historyRow(before), version: before.version + 1 }, after: null });
}
