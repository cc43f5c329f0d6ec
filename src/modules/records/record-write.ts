import { effectiveNameOrder } from '../../platform/text/name-order.js';
import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { canReach } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { AppError, isAppError, type FieldErrors } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordChange, type ChangeAction } from '../../platform/history/record-change.js';
import { fromJson, toJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { RecordContext, RecordType, WriteChange } from '../../platform/records/record-type.js';
import { searchText, writeSearchDocument } from '../../platform/search/search.index.js';
import { listActiveFields, prepareCustomValues, type CustomFieldDef } from '../custom-fields/custom-fields.service.js';
import * as usersService from '../users/users.service.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { phoneCountries, readSettings } from '../workspaces/workspace-settings.js';
import { findRecord, findRecordRow, insertRecord, updateRecordVersioned } from './records.repository.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { markHidden } from '../security/refused.service.js';
import { assertWritable, writableInput } from '../../platform/records/field-redaction.js';
import { presentRecord } from './record-present.js';

/** The write path every record type shares: owner checks, custom values, versions, history. */

/** The workspace's default country (phones are read in it) and the type's active custom fields. */
export async function recordContext(db: Executor, workspaceId: string, kind: RecordType): Promise<RecordContext & { defs: CustomFieldDef[] }> {
  const [workspace, defs] = await Promise.all([
    findWorkspace(db, workspaceId),
    kind.features.customFields ? listActiveFields(db, workspaceId, kind.entityType) : Promise.resolve([]),
  ]);
  const country = workspace?.default_country ?? 'US';
  const settings = readSettings(workspace?.settings ?? null);
  return { country, phoneCountries: phoneCountries(settings, country), defs, nameOrder: effectiveNameOrder(settings.nameOrder, workspace?.locale ?? 'en') };
}

/** Gathers the field errors of several checks so one answer names them all. */
export class FieldErrorCollector {
  readonly fields: FieldErrors = {};
  /** Extra members of the checks' errors (the candidates of an ambiguous phone), passed on in the answer. */
  readonly details: Record<string, unknown> = {};
  /** What the failed checks said (the phone check names "keep as typed"), each once. */
  private readonly messages = new Set<string>();
  add(field: string, code: string): void {
    this.fields[field] ??= code;
  }
  async run<T>(check: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await check();
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed' || !error.fields) throw error;
      for (const [field, code] of Object.entries(error.fields)) this.add(field, code);
      Object.assign(this.details, error.details);
      this.messages.add(error.message);
      return undefined;
    }
  }
  /** @throws AppError validation_failed when any check failed */
  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) {
      const message = ['Some fields are missing or invalid', ...this.messages].join('. ');
      throw new AppError('validation_failed', message, this.fields, Object.keys(this.details).length > 0 ? this.details : undefined);
    }
  }
}

/** A record's custom values as an object (JSON text on SQLite, parsed on PostgreSQL). */
export function customOf(row: { custom?: unknown } | null): Record<string, unknown> {
  const custom = row ? fromJson<Record<string, unknown> | null>(row.custom) : null;
  return custom && typeof custom === 'object' && !Array.isArray(custom) ? custom : {};
}

/** The `custom` column from an input (on create always; on update when named), user fields checked against the workspace. */
async function customColumn(db: Executor, actor: Actor, input: Record<string, unknown>, ctx: RecordContext, before: RecordRow | null, errors: FieldErrorCollector): Promise<Record<string, unknown>> {
  const given = input.custom as Record<string, unknown> | undefined;
  if (given === undefined && before !== null) return {};
  const defs = ctx.defs as CustomFieldDef[];
  const custom = await errors.run(() => prepareCustomValues(defs, given, before ? customOf(before) : null, ctx.country));
  if (!custom) return {};
  // A user field names a user of the workspace; values left as they were are not checked again.
  for (const def of defs.filter((d) => d.type === 'user' && typeof custom[d.key] === 'string' && (before === null || Object.hasOwn(given ?? {}, d.key)))) {
    const user = await usersService.findUser(db, actor.workspaceId, custom[def.key] as string);
    if (!user || user.deleted_at) errors.add(`custom.${def.key}`, 'not_found');
  }
  return { custom: toJson(custom) };
}

/**
 * Checks a new owner: an active user of the workspace whom the actor's scope for `action` may
 * give records to (own scope: only oneself; department scope: oneself or a user of one's departments).
 * Errors go to `errors` as `ownerId`: not_found | inactive_user | forbidden.
 */
export async function checkOwner(db: Executor, actor: Actor, kind: Pick<RecordType, 'module'>, action: 'create' | 'edit', ownerId: string, errors: FieldErrorCollector, field = 'ownerId'): Promise<boolean> {
  const user = await usersService.findUser(db, actor.workspaceId, ownerId);
  if (!user || user.deleted_at) return errors.add(field, 'not_found'), false;
  if (user.is_active !== 1) return errors.add(field, 'inactive_user'), false;
  const scope = scopeOf(actor, kind.module, action);
  if (scope === 'all' || ownerId === actor.userId) return true;
  if (scope === 'department' && user.department_id !== null && actor.departmentIds.includes(user.department_id)) return true;
  errors.add(field, 'forbidden');
  return false;
}

/**
 * The 404 for a record the actor did not find; marked as a refused attempt when the record exists in
 * the workspace out of the actor's sight (security/refused.service). The answer is the same either way.
 */
export async function hiddenOrMissing(db: Executor, actor: Actor, kind: Pick<RecordType, 'table' | 'entityType'>, id: string): Promise<AppError> {
  const error = new AppError('not_found', `The ${kind.entityType} was not found`);
  if (UUID_PATTERN.test(id) && (await findRecordRow(db, kind.table, actor.workspaceId, id))) markHidden(error, kind.entityType, id);
  return error;
}

/**
 * A live record the actor may change with `action`: 404 outside the view scope, 403 when seen but
 * not reachable for the action (a colleague's contact a support agent can read but not edit).
 * @throws AppError forbidden | not_found
 */
export async function findForWrite(db: Executor, actor: Actor, kind: RecordType, id: string, action: 'edit' | 'delete'): Promise<RecordRow> {
  authorize(actor, kind.module, action);
  const row = await findRecord(db, kind, actor, id);
  if (!row) throw await hiddenOrMissing(db, actor, kind, id);
  if (!canReach(actor, kind.module, action, row, row.owner_department_id ?? null)) {
    throw new AppError('forbidden', `You have no right to ${action} this ${kind.entityType}`);
  }
  return row;
}

/** The 409 of a stale version, carrying the record as GET shows it. */
export function staleError(kind: RecordType, current?: unknown): AppError {
  return new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`, undefined, current === undefined ? undefined : { current });
}

/** Columns derived from others or joined by queries: left out of history so a version shows what a person changed. */
const NOT_HISTORY = new Set(['sort_name', 'name_key', 'tax_id_key', 'owner_name', 'owner_department_id']);
const JSON_COLUMNS = new Set(['phones', 'emails', 'messengers', 'addresses', 'tags', 'custom', 'people', 'items', 'prices']);

/** The record as history, audit and events keep it: JSON read (the same on both databases), derived columns left out. */
export function forHistory(row: RecordRow): Record<string, unknown> & { id: string; version: number } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (NOT_HISTORY.has(key)) continue;
    out[key] = JSON_COLUMNS.has(key) ? fromJson(value) ?? (key === 'custom' ? {} : []) : value;
  }
  return out as Record<string, unknown> & { id: string; version: number };
}

/** One record as the API shows it, re-read with the owner's name. */
async function presentFresh(trx: Executor, actor: Actor, kind: RecordType, row: RecordRow, ctx: RecordContext): Promise<unknown> {
  return presentRecord(trx, actor, kind, (await findRecord(trx, kind, actor, row.id)) ?? row, ctx);
}

/**
 * Creates a record owned by the actor unless `ownerId` names someone the actor may give it to.
 * @throws AppError forbidden | validation_failed (the type's fields, ownerId, custom.<key>)
 */
export async function createRecord(trx: Transaction<Database>, actor: Actor, kind: RecordType, input: Record<string, unknown>): Promise<unknown> {
  authorize(actor, kind.module, 'create');
  assertWritable(actor, kind, input, true);
  const ctx = await recordContext(trx, actor.workspaceId, kind);
  const errors = new FieldErrorCollector();
  const requested = typeof input.ownerId === 'string' ? input.ownerId : undefined;
  const ownerId = requested ?? actor.userId;
  if (!ownerId) errors.add('ownerId', 'required');
  else if (requested) await checkOwner(trx, actor, kind, 'create', requested, errors);
  const own = await kind.columnsFromInput(trx, actor, input, null, ctx, errors);
  const custom = kind.features.customFields ? await customColumn(trx, actor, input, ctx, null, errors) : {};
  errors.throwIfAny();
  const at = now();
  const row = await insertRecord(trx, kind.table, {
    id: newId(), workspace_id: actor.workspaceId, owner_id: ownerId, ...own, ...custom,
    ...(kind.features.timeline ? { last_activity_at: null } : {}), ...(kind.features.merge ? { merged_into_id: null } : {}),
    created_by: actor.userId, created_at: at, updated_at: at, deleted_at: null, deleted_by: null, version: 1,
  });
  await rebuildDerived(trx, kind, row, ctx, { before: null, actor });
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'create', before: null, after: forHistory(row) });
  return presentFresh(trx, actor, kind, row, ctx);
}

/**
 * Rebuilds what is derived from a record after a write or restore: the type's own rows (`afterWrite`)
 * and, when the type describes it (`search.document`), its search document.
 */
export async function rebuildDerived(trx: Transaction<Database>, kind: RecordType, row: RecordRow, ctx: RecordContext, change?: WriteChange): Promise<void> {
  await kind.afterWrite?.(trx, row, ctx, change);
  if (kind.search?.document) {
    const text = searchText(kind.search.document(row, ctx), ctx.country);
    await writeSearchDocument(trx, { workspaceId: row.workspace_id, entityType: kind.entityType, entityId: row.id, text });
  }
}

/**
 * Writes a new version of a record read at `before.version`, rebuilds its derived rows and records the change.
 * @throws AppError conflict (someone wrote in between)
 */
export async function writeRecordVersion(trx: Transaction<Database>, actor: Actor, kind: RecordType, before: RecordRow, patch: Record<string, unknown>, ctx: RecordContext, action: ChangeAction): Promise<RecordRow> {
  const after = await updateRecordVersioned(trx, kind.table, actor.workspaceId, before.id, before.version, { ...patch, updated_at: now() });
  if (!after) throw staleError(kind);
  await rebuildDerived(trx, kind, after, ctx, { before, actor });
  await recordChange(trx, actor, { entityType: kind.entityType, action, before: forHistory(before), after: forHistory(after) });
  return after;
}

/**
 * Changes the fields the input names (also history "restore this version", as `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`) | validation_failed
 */
export async function updateRecord(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string, input: Record<string, unknown> & { version: number }, action: ChangeAction = 'update'): Promise<unknown> {
  const before = await findForWrite(trx, actor, kind, id, 'edit');
  const ctx = await recordContext(trx, actor.workspaceId, kind);
  if (before.version !== input.version) throw staleError(kind, await presentRecord(trx, actor, kind, before, ctx));
  // A restore puts back what the role may change and leaves the other fields as they are.
  if (action === 'rollback') input = writableInput(actor, kind, input);
  assertWritable(actor, kind, input, false);
  const errors = new FieldErrorCollector();
  const patch: Record<string, unknown> = { ...(await kind.columnsFromInput(trx, actor, input, before, ctx, errors)) };
  if (kind.features.customFields) Object.assign(patch, await customColumn(trx, actor, input, ctx, before, errors));
  const ownerId = typeof input.ownerId === 'string' ? input.ownerId : undefined;
  if (ownerId !== undefined && ownerId !== before.owner_id && (await checkOwner(trx, actor, kind, 'edit', ownerId, errors))) patch.owner_id = ownerId;
  errors.throwIfAny();
  const after = await writeRecordVersion(trx, actor, kind, before, patch, ctx, action);
  return presentFresh(trx, actor, kind, after, ctx);
}

/**
 * Moves a record to the trash (its links, derived rows and timeline stay for a restore).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`)
 */
export async function deleteRecord(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string, version: number): Promise<void> {
  const before = await findForWrite(trx, actor, kind, id, 'delete');
  if (before.version !== version) throw staleError(kind, await presentRecord(trx, actor, kind, before, await recordContext(trx, actor.workspaceId, kind)));
  const at = now();
  const after = await updateRecordVersioned(trx, kind.table, actor.workspaceId, id, before.version, { deleted_at: at, deleted_by: actor.userId, updated_at: at });
  if (!after) throw staleError(kind);
  await kind.afterDelete?.(trx, after, actor);
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'delete', before: forHistory(before), after: forHistory(after) });
}
