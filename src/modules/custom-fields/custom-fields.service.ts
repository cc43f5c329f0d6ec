/**
 * Custom field definitions (per workspace and entity) and the helpers other modules use for the
 * values: checking and merging (`prepareCustomValues`), filtering and sorting in SQL
 * (`customFieldCondition`, `customFieldSortExpression`), search texts and CSV cells.
 */
import type { Transaction, Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError, type FieldErrors } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import { SELECT_TYPES, type CustomFieldDef, type CustomFieldOption } from './custom-field-def.js';
import { checkCustomValue, isEmptyValue } from './custom-values.js';
import * as fields from './custom-fields.repository.js';
import { ensureValueIndex } from './custom-field-index.js';
import type { CreateFieldInput, ReorderInput, UpdateFieldInput } from './custom-fields.schema.js';
import type { CustomFieldsTable } from './custom-fields.table.js';
import { makeKey } from './field-key.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import * as usersService from '../users/users.service.js';
import { presentDef } from './custom-fields.presenter.js';

export type { CustomFieldDef, CustomFieldOption, CustomFieldEntity, MoneyValue } from './custom-field-def.js';
export { CUSTOM_FIELD_TYPES, type CustomFieldType } from './custom-field-def.js';
export { prepareCustomValues, customUserIds, checkCustomValue } from './custom-values.js';
export { customFieldCondition, customFieldSortExpression } from './custom-field-sql.js';
export { customSearchTexts, customCsvValue, moneyText } from './custom-field-text.js';
export { FILTER_OPS, isFilterOp, type FilterOp } from './filter-ops.js';

/** Active fields per entity at most. */
export const MAX_ACTIVE_FIELDS = 100;

/** A stored row as a definition. */
export function toDef(row: fields.CustomFieldRow): CustomFieldDef {
  return {
    id: row.id,
    entityType: row.entity_type,
    key: row.key,
    label: row.label,
    type: row.type,
    options: fromJson<CustomFieldOption[]>(row.options) ?? [],
    required: row.required === 1,
    defaultValue: row.default_value === null ? null : fromJson(row.default_value),
    helpText: row.help_text,
    position: row.position,
    retired: row.retired_at !== null,
    filterable: row.filterable === 1,
    version: row.version,
  };
}

/**
 * Makes sure every filterable field has its value index in the current shape (an install upgraded
 * from the first shape gets the sorted one). Cheap when they exist; run once after the server starts.
 */
export async function ensureFilterableIndexes(db: Executor): Promise<void> {
  for (const row of await fields.listFilterableFields(db)) await ensureValueIndex(db, toDef(row));
}

/** The history/audit form of a row: JSON columns parsed, so both dialects record the same. */
function historyRow(row: fields.CustomFieldRow) {
  return { ...row, options: fromJson(row.options), default_value: row.default_value === null ? null : fromJson(row.default_value) };
}

/** The entity's fields that forms, lists and filters use (not retired), by position. */
export async function listActiveFields(db: Executor, workspaceId: string, entityType: string): Promise<CustomFieldDef[]> {
  return (await fields.listFields(db, workspaceId, entityType, false)).map(toDef);
}

/** Every field of the entity, retired ones too (to show retired values, export them, or manage them). */
export async function listAllFields(db: Executor, workspaceId: string, entityType: string): Promise<CustomFieldDef[]> {
  return (await fields.listFields(db, workspaceId, entityType, true)).map(toDef);
}

/** Definitions for any signed-in user of the workspace (forms need them). */
export function listFieldsFor(db: Executor, actor: Actor, entityType: string, includeRetired: boolean): Promise<CustomFieldDef[]> {
  return includeRetired ? listAllFields(db, actor.workspaceId, entityType) : listActiveFields(db, actor.workspaceId, entityType);
}

/**
 * Managing fields takes the settings right with the widest scope, or being an administrator.
 * @throws AppError forbidden
 */
export function authorizeFieldAdmin(actor: Actor): void {
  if (isAdmin(actor) || scopeOf(actor, 'settings', 'manage_settings') === 'all') return;
  throw new AppError('forbidden', 'Only administrators manage custom fields');
}

/** New options get keys from their labels; given keys must already belong to the field. */
function buildOptions(input: Array<{ key?: string; label: string }>, existing: CustomFieldOption[], lang: 'ru' | 'bg'): CustomFieldOption[] {
  const known = new Set(existing.map((o) => o.key));
  const used = new Set(input.flatMap((o) => (o.key ? [o.key] : [])));
  const out: CustomFieldOption[] = [];
  const labels = new Set<string>();
  for (const option of input) {
    if (option.key && !known.has(option.key)) throw new AppError('validation_failed', `Unknown option ${option.key}`, { options: 'unknown_option' });
    const folded = option.label.toLocaleLowerCase();
    if (labels.has(folded)) throw new AppError('validation_failed', `Option ${option.label} is listed twice`, { options: 'duplicate' });
    labels.add(folded);
    const key = option.key ?? makeKey(option.label, new Set([...known, ...used]), lang);
    used.add(key);
    out.push({ key, label: option.label });
  }
  if (new Set(out.map((o) => o.key)).size !== out.length) throw new AppError('validation_failed', 'An option is listed twice', { options: 'duplicate' });
  return out;
}

/** Checks a definition's settings together. @throws AppError validation_failed */
function checkDefinition(def: CustomFieldDef, defaultCountry: string | undefined): unknown {
  const problems: FieldErrors = {};
  if (SELECT_TYPES.includes(def.type) && def.options.length === 0) problems.options = 'required';
  if (!SELECT_TYPES.includes(def.type) && def.options.length > 0) problems.options = 'not_supported';
  // A checkbox always has a value (unticked is "no"), so "required" would mean nothing.
  if (def.type === 'checkbox' && def.required) problems.required = 'not_supported';
  let defaultValue: unknown = null;
  if (!isEmptyValue(def.defaultValue)) {
    const checked = checkCustomValue(def, def.defaultValue, defaultCountry);
    if (!checked.ok) problems.defaultValue = checked.problem;
    else defaultValue = isEmptyValue(checked.value) ? null : checked.value;
  }
  if (Object.keys(problems).length > 0) throw new AppError('validation_failed', 'The field settings are not valid', problems);
  return defaultValue;
}

/** A `user` default must name a user of the workspace. @throws AppError validation_failed */
async function checkDefaultUser(db: Executor, workspaceId: string, type: string, value: unknown): Promise<void> {
  if (type !== 'user' || typeof value !== 'string') return;
  if (!(await usersService.findUser(db, workspaceId, value))) throw new AppError('validation_failed', 'There is no such user', { defaultValue: 'not_found' });
}

async function checkLabelFree(db: Executor, workspaceId: string, entityType: string, label: string, exceptId: string | null): Promise<void> {
  const clash = (await listActiveFields(db, workspaceId, entityType)).some((f) => f.id !== exceptId && f.label.toLocaleLowerCase() === label.toLocaleLowerCase());
  if (clash) throw new AppError('validation_failed', 'Another field already has this label', { label: 'taken' });
}

/** Phones in a default value are read in the workspace's country. */
async function defaultCountryOf(db: Executor, workspaceId: string): Promise<string | undefined> {
  return (await findWorkspace(db, workspaceId))?.default_country;
}

const langOf = (actor: Actor): 'ru' | 'bg' => (actor.locale.startsWith('bg') ? 'bg' : 'ru');

/**
 * Creates a field; its key is made from the label and never changes.
 * @throws AppError forbidden | validation_failed (label: taken; options; required; defaultValue; entity: too_many)
 */
export async function createField(trx: Transaction<Database>, actor: Actor, input: CreateFieldInput): Promise<CustomFieldDef> {
  authorizeFieldAdmin(actor);
  const { workspaceId } = actor;
  if ((await fields.countActiveFields(trx, workspaceId, input.entity)) >= MAX_ACTIVE_FIELDS) {
    throw new AppError('validation_failed', `At most ${MAX_ACTIVE_FIELDS} active fields per record type`, { entity: 'too_many' });
  }
  await checkLabelFree(trx, workspaceId, input.entity, input.label, null);
  const id = newId();
  const draft: CustomFieldDef = {
    id, entityType: input.entity, key: '', label: input.label, type: input.type,
    options: buildOptions(input.options ?? [], [], langOf(actor)), required: input.required ?? false,
    defaultValue: input.defaultValue ?? null, helpText: input.helpText || null, position: 0, retired: false, filterable: input.filterable ?? false, version: 1,
  };
  const defaultValue = checkDefinition(draft, await defaultCountryOf(trx, workspaceId));
  await checkDefaultUser(trx, workspaceId, draft.type, defaultValue);
  const at = now();
  const row = await fields.insertField(trx, {
    id,
    workspace_id: workspaceId,
    entity_type: input.entity,
    key: makeKey(input.label, await fields.fieldKeys(trx, workspaceId, input.entity), langOf(actor)),
    label: input.label,
    type: input.type,
    options: toJson(draft.options),
    required: draft.required ? 1 : 0,
    default_value: defaultValue === null ? null : toJson(defaultValue),
    help_text: draft.helpText,
    position: await fields.nextPosition(trx, workspaceId, input.entity),
    retired_at: null,
    filterable: draft.filterable ? 1 : 0,
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await recordChange(trx, actor, { entityType: 'custom_field', action: 'create', before: null, after: historyRow(row) });
  const def = toDef(row);
  if (def.filterable) await ensureValueIndex(trx, def);
  return def;
}

async function loadForWrite(trx: Transaction<Database>, actor: Actor, id: string, version: number | undefined): Promise<fields.CustomFieldRow> {
  authorizeFieldAdmin(actor);
  const row = await fields.findField(trx, actor.workspaceId, id);
  if (!row) throw new AppError('not_found', 'Custom field not found');
  if (version !== undefined && row.version !== version) {
    throw new AppError('conflict', 'The field was changed by someone else', undefined, { current: presentDef(toDef(row)) });
  }
  return row;
}

async function saveVersioned(trx: Transaction<Database>, actor: Actor, before: fields.CustomFieldRow, patch: Updateable<CustomFieldsTable>): Promise<CustomFieldDef> {
  const after = await fields.updateFieldVersioned(trx, actor.workspaceId, before.id, before.version, { ...patch, updated_at: now() });
  if (!after) throw new AppError('conflict', 'The field was changed by someone else');
  await recordChange(trx, actor, { entityType: 'custom_field', action: 'update', before: historyRow(before), after: historyRow(after) });
  return toDef(after);
}

/**
 * Renames a field, edits its options (keys of kept options stay; a removed option's stored values
 * stay and show their key), its required flag, default or help text. The type never changes.
 * @throws AppError forbidden | not_found | conflict | validation_failed (type: immutable; label: taken; options; defaultValue; required)
 */
export async function updateField(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateFieldInput): Promise<CustomFieldDef> {
  const before = await loadForWrite(trx, actor, id, input.version);
  const current = toDef(before);
  if (input.type !== undefined && input.type !== current.type) throw new AppError('validation_failed', 'A field type cannot change', { type: 'immutable' });
  if (input.label !== undefined && !current.retired) await checkLabelFree(trx, actor.workspaceId, current.entityType, input.label, id);
  const next: CustomFieldDef = {
    ...current,
    label: input.label ?? current.label,
    options: input.options ? buildOptions(input.options, current.options, langOf(actor)) : current.options,
    required: input.required ?? current.required,
    defaultValue: input.defaultValue !== undefined ? input.defaultValue : current.defaultValue,
    helpText: input.helpText !== undefined ? input.helpText || null : current.helpText,
    filterable: input.filterable ?? current.filterable,
  };
  const defaultValue = checkDefinition(next, await defaultCountryOf(trx, actor.workspaceId));
  if (input.defaultValue !== undefined) await checkDefaultUser(trx, actor.workspaceId, next.type, defaultValue);
  const saved = await saveVersioned(trx, actor, before, {
    label: next.label,
    options: toJson(next.options),
    required: next.required ? 1 : 0,
    default_value: defaultValue === null ? null : toJson(defaultValue),
    help_text: next.helpText,
    filterable: next.filterable ? 1 : 0,
  });
  if (saved.filterable) await ensureValueIndex(trx, saved);
  return saved;
}

/**
 * Retires a field (it leaves forms, lists and filters; stored values stay) or brings it back.
 * @throws AppError forbidden | not_found | conflict | validation_failed (entity: too_many on unretire)
 */
export async function setFieldRetired(trx: Transaction<Database>, actor: Actor, id: string, retired: boolean, version?: number): Promise<CustomFieldDef> {
  const before = await loadForWrite(trx, actor, id, version);
  if ((before.retired_at !== null) === retired) return toDef(before);
  if (!retired) {
    if ((await fields.countActiveFields(trx, actor.workspaceId, before.entity_type)) >= MAX_ACTIVE_FIELDS) {
      throw new AppError('validation_failed', `At most ${MAX_ACTIVE_FIELDS} active fields per record type`, { entity: 'too_many' });
    }
    await checkLabelFree(trx, actor.workspaceId, before.entity_type, before.label, id);
  }
  return saveVersioned(trx, actor, before, { retired_at: retired ? now() : null });
}

/**
 * Puts the entity's fields in the given order; fields not named keep their relative order after them.
 * @throws AppError forbidden | validation_failed (ids: not_found | duplicate)
 */
export async function reorderFields(trx: Transaction<Database>, actor: Actor, input: ReorderInput): Promise<CustomFieldDef[]> {
  authorizeFieldAdmin(actor);
  const all = await fields.listFields(trx, actor.workspaceId, input.entity, true);
  const byId = new Map(all.map((r) => [r.id, r]));
  if (new Set(input.ids).size !== input.ids.length) throw new AppError('validation_failed', 'A field is listed twice', { ids: 'duplicate' });
  if (input.ids.some((id) => !byId.has(id))) throw new AppError('validation_failed', 'Unknown field', { ids: 'not_found' });
  const named = new Set(input.ids);
  const order = [...input.ids.map((id) => byId.get(id)!), ...all.filter((r) => !named.has(r.id))];
  const at = now();
  for (const [position, row] of order.entries()) {
    if (row.position === position) continue;
    const after = await fields.setPosition(trx, actor.workspaceId, row.id, position, at);
    if (after) await recordChange(trx, actor, { entityType: 'custom_field', action: 'update', before: historyRow(row), after: historyRow(after) });
  }
  return listAllFields(trx, actor.workspaceId, input.entity);
}
