import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { canReach } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { AppError, isAppError, type FieldErrors } from '../../platform/errors.js';
import { recordChange, type ChangeAction } from '../../platform/history/record-change.js';
import { toJson } from '../../platform/json.js';
import { listActiveFields, prepareCustomValues, type CustomFieldDef } from '../custom-fields/custom-fields.service.js';
import * as usersService from '../users/users.service.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { phoneCountries, readSettings } from '../workspaces/workspace-settings.js';
import { forHistory, parseRow, type ClientKind, type ClientRecord, type ClientRow } from './client-kind.js';
import { rebuildDerivedRows } from './client-derived.js';
import { normalizeAddresses, normalizeEmails, normalizeMessengers, normalizePhones, normalizeTags, type AddressInput, type PhoneInput } from './client-points.js';
import { findClient, insertClient, updateClientVersioned } from './client-repository.js';
import { nameKey, sortName } from './client-names.js';

/** What writing and presenting a record needs from its workspace: the phone country and the custom fields. */
export interface ClientContext {
  country: string;
  /** Countries a phone typed without a country code is tried in (the client countries; `country` when none are set). */
  phoneCountries?: string[];
  defs: CustomFieldDef[];
}

/** The workspace's default country (phones are read in it; viewers see national format in it) and active custom fields. */
export async function clientContext(db: Executor, workspaceId: string, entityType: string): Promise<ClientContext> {
  const [workspace, defs] = await Promise.all([findWorkspace(db, workspaceId), listActiveFields(db, workspaceId, entityType)]);
  const country = workspace?.default_country ?? 'US';
  return { country, phoneCountries: phoneCountries(readSettings(workspace?.settings ?? null), country), defs };
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

/** Trimmed text, blank as null; undefined stays undefined (field not sent). */
export function blank(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export interface CommonInput {
  phones?: PhoneInput[];
  emails?: Array<{ type?: 'work' | 'personal' | 'other'; value: string }>;
  messengers?: Array<{ type: 'telegram' | 'whatsapp' | 'viber' | 'vk' | 'other'; value: string }>;
  addresses?: AddressInput[];
  website?: string | null;
  tags?: string[];
  custom?: Record<string, unknown>;
  notes?: string | null;
  source?: string | null;
}

/**
 * The columns every client record shares, from an input: on create (`previous` null) every column,
 * on update only those the input names. Errors go to `errors`.
 */
export async function commonColumns(db: Executor, actor: Actor, kind: ClientKind, input: CommonInput, ctx: ClientContext, previous: ClientRecord | null, errors: FieldErrorCollector): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const creating = previous === null;
  if (input.phones !== undefined || creating) {
    const phones = await errors.run(() => normalizePhones(input.phones ?? [], ctx.phoneCountries ?? ctx.country, kind.defaultPhoneType));
    if (phones) out.phones = toJson(phones);
  }
  if (input.emails !== undefined || creating) out.emails = toJson(normalizeEmails(input.emails ?? []));
  if (input.messengers !== undefined || creating) out.messengers = toJson(normalizeMessengers(input.messengers ?? []));
  if (input.addresses !== undefined || creating) out.addresses = toJson(normalizeAddresses(input.addresses ?? []));
  if (input.tags !== undefined || creating) out.tags = toJson(normalizeTags(input.tags ?? []));
  for (const column of ['website', 'notes', 'source'] as const) {
    const value = blank(input[column]);
    if (value !== undefined || creating) out[column] = value ?? null;
  }
  if (input.custom !== undefined || creating) {
    const custom = await errors.run(() => prepareCustomValues(ctx.defs, input.custom, previous?.custom ?? null, ctx.country));
    if (custom) {
      // A user field names a user of the workspace; values left as they were are not checked again.
      const given = input.custom ?? {};
      for (const def of ctx.defs.filter((d) => d.type === 'user' && typeof custom[d.key] === 'string' && (creating || d.key in given))) {
        const user = await usersService.findUser(db, actor.workspaceId, custom[def.key] as string);
        if (!user || user.deleted_at) errors.add(`custom.${def.key}`, 'not_found');
      }
      out.custom = toJson(custom);
    }
  }
  return out;
}

/** `sort_name` and `name_key` of a title. */
export function nameColumns(title: string): { sort_name: string; name_key: string } {
  return { sort_name: sortName(title), name_key: nameKey(title) };
}

/**
 * Checks a new owner: an active user of the workspace whom the actor's scope for `action` may
 * give records to (own scope: only oneself; department scope: oneself or a user of one's departments).
 * Errors go to `errors` as `ownerId`: not_found | inactive_user | forbidden.
 */
export async function checkOwner(db: Executor, actor: Actor, kind: ClientKind, action: 'create' | 'edit', ownerId: string, errors: FieldErrorCollector, field = 'ownerId'): Promise<boolean> {
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
 * A live record the actor may change with `action`: 404 outside the view scope, 403 when seen but
 * not reachable for the action (a colleague's contact a support agent can read but not edit).
 * @throws AppError forbidden | not_found
 */
export async function findForWrite(db: Executor, actor: Actor, kind: ClientKind, id: string, action: 'edit' | 'delete'): Promise<ClientRow> {
  authorize(actor, kind.module, action);
  const row = await findClient(db, kind, actor, id);
  if (!row) throw new AppError('not_found', `The ${kind.entityType} was not found`);
  if (!canReach(actor, kind.module, action, row, row.owner_department_id ?? null)) {
    throw new AppError('forbidden', `You have no right to ${action} this ${kind.entityType}`);
  }
  return row;
}

/** The 409 of a stale version, carrying the record as GET shows it. */
export function staleError(kind: ClientKind, current: unknown): AppError {
  return new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`, undefined, { current });
}

/** Inserts a new record, builds its derived rows and records its creation. */
export async function insertClientRecord(trx: Transaction<Database>, actor: Actor, kind: ClientKind, columns: Record<string, unknown>, ctx: ClientContext): Promise<ClientRow> {
  const row = await insertClient(trx, kind.table, columns);
  await rebuildDerivedRows(trx, kind, parseRow(row), ctx.defs, ctx.country);
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'create', before: null, after: forHistory(row) });
  return row;
}

/**
 * Writes a new version of a record read at `before.version`, rebuilds its derived rows and records the change.
 * @throws AppError conflict (someone wrote in between)
 */
export async function writeClientVersion(
  trx: Transaction<Database>, actor: Actor, kind: ClientKind, before: ClientRow, patch: Record<string, unknown>, ctx: ClientContext, action: ChangeAction,
): Promise<ClientRow> {
  const after = await updateClientVersioned(trx, kind.table, actor.workspaceId, before.id, before.version, { ...patch, updated_at: now() });
  if (!after) throw new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`);
  await rebuildDerivedRows(trx, kind, parseRow(after), ctx.defs, ctx.country);
  await recordChange(trx, actor, { entityType: kind.entityType, action, before: forHistory(before), after: forHistory(after) });
  return after;
}

/**
 * Moves a record to the trash (its links, derived rows and timeline stay for a restore).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`)
 */
export async function deleteClientRecord(trx: Transaction<Database>, actor: Actor, kind: ClientKind, id: string, version: number, present: (row: ClientRow) => Promise<unknown>): Promise<void> {
  const before = await findForWrite(trx, actor, kind, id, 'delete');
  if (before.version !== version) throw staleError(kind, await present(before));
  const at = now();
  const after = await updateClientVersioned(trx, kind.table, actor.workspaceId, id, before.version, { deleted_at: at, deleted_by: actor.userId, updated_at: at });
  if (!after) throw new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`);
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'delete', before: forHistory(before), after: forHistory(after) });
}
