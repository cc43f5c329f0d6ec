import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { toJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink, RecordContext, SortColumn } from '../../platform/records/record-type.js';
import { customCsvValue, type CustomFieldDef } from '../custom-fields/custom-fields.service.js';
import { recordType } from '../../platform/records/registry.js';
import { findRecordRow } from '../records/records.service.js';
import { recordContext } from '../records/records.service.js';
import * as usersService from '../users/users.service.js';
import { parseRow, type ClientKind, type ClientRecord } from './client-kind.js';
import { rebuildDerivedRows } from './client-derived.js';
import { normalizeAddresses, normalizeEmails, normalizeMessengers, normalizePhones, normalizeTags, type AddressInput, type PhoneInput } from './client-points.js';
import { nameKey, sortName } from './client-names.js';

/** What contacts and companies share on top of the generic record: contact details, tags, notes, their CSV cells. */

/** The sorts of both client lists. */
export const CLIENT_SORTS: ReadonlyMap<string, SortColumn> = new Map([
  ['name', { column: 'sort_name', nullable: false, value: 'text' }],
  ['createdAt', { column: 'created_at', nullable: false, value: 'time' }],
  ['updatedAt', { column: 'updated_at', nullable: false, value: 'time' }],
  ['lastActivityAt', { column: 'last_activity_at', nullable: true, value: 'time' }],
  // Records of one owner together (by the owner's id: a keyset walk of (owner_id, id), decision 0038).
  ['owner', { column: 'owner_id', nullable: false, value: 'text' }],
]);

/** A contact list sorts by status too (its keyset index is (status, id)). */
export const CONTACT_SORTS: ReadonlyMap<string, SortColumn> = new Map([...CLIENT_SORTS, ['status', { column: 'status', nullable: false, value: 'text' }]]);

/** Trimmed text, blank as null; undefined stays undefined (field not sent). */
export function blank(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** `sort_name` and `name_key` of a title. */
export function nameColumns(title: string): { sort_name: string; name_key: string } {
  return { sort_name: sortName(title), name_key: nameKey(title) };
}

export interface CommonInput {
  phones?: PhoneInput[];
  emails?: Array<{ type?: 'work' | 'personal' | 'other'; value: string }>;
  messengers?: Array<{ type: 'telegram' | 'whatsapp' | 'viber' | 'vk' | 'other'; value: string }>;
  addresses?: AddressInput[];
  website?: string | null;
  tags?: string[];
  notes?: string | null;
  source?: string | null;
}

/**
 * The contact details and the rest every client record shares, from an input: on create (`before`
 * null) every column, on update only those the input names. Errors go to `errors`.
 */
export async function commonColumns(kind: ClientKind, input: CommonInput, ctx: RecordContext, before: RecordRow | null, errors: FieldErrorSink): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const creating = before === null;
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
  return out;
}

/**
 * The shared part of an update input that puts back an old version's values: contact details as
 * they were (an unreadable phone stays kept as typed), custom values of the active fields (those
 * the old version lacks are cleared), and the old owner if still active (else the owner stays).
 */
export async function commonInputFromVersion(db: Executor, actor: Actor, data: Record<string, unknown>, ctx: RecordContext): Promise<Record<string, unknown>> {
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Array<Record<string, unknown>>) : []);
  const oldCustom = (data.custom && typeof data.custom === 'object' ? data.custom : {}) as Record<string, unknown>;
  const ownerId = typeof data.owner_id === 'string' ? data.owner_id : undefined;
  const owner = ownerId ? await usersService.findUser(db, actor.workspaceId, ownerId) : undefined;
  return {
    phones: list('phones').map((p) => ({ type: p.type, value: p.value, ...(p.flagged === 1 ? { keepAsTyped: true } : {}) })),
    emails: list('emails').map((e) => ({ type: e.type, value: e.value })),
    messengers: list('messengers').map((m) => ({ type: m.type, value: m.value })),
    addresses: list('addresses'),
    tags: Array.isArray(data.tags) ? data.tags : [],
    custom: Object.fromEntries(ctx.defs.map((d) => [d.key, Object.hasOwn(oldCustom, d.key) ? oldCustom[d.key] ?? null : null])),
    website: data.website ?? null,
    notes: data.notes ?? null,
    source: data.source ?? null,
    ...(owner && owner.is_active === 1 && !owner.deleted_at ? { ownerId } : {}),
  };
}

/** Rebuilds a record's contact points, tags and search document from its row. */
export function rebuildClientRows(trx: Transaction<Database>, kind: ClientKind, row: RecordRow, ctx: RecordContext): Promise<void> {
  return rebuildDerivedRows(trx, kind, parseRow(row as never), ctx.defs as CustomFieldDef[], ctx.country);
}

/** Headers of the columns every client record has, after the kind's own. */
export function commonHeaders(ctx: RecordContext): string[] {
  return ['phones', 'emails', 'messengers', 'addresses', 'website', 'tags', 'source', 'notes', 'owner', 'lastActivityAt', 'createdAt', 'updatedAt', 'id', ...ctx.defs.map((d) => d.label)];
}

/** The shared cells of one record, in `commonHeaders` order. */
export function commonCells(record: ClientRecord, ctx: RecordContext): Array<string | null> {
  const address = (a: ClientRecord['addresses'][number]) => [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ');
  const defs = ctx.defs as CustomFieldDef[];
  return [
    record.phones.map((p) => p.e164 ? `${p.e164}${p.ext ? ` ext. ${p.ext}` : ''}` : p.value).join('; '),
    record.emails.map((e) => e.value).join('; '),
    record.messengers.map((m) => `${m.type}: ${m.value}`).join('; '),
    record.addresses.map(address).join(' | '),
    (record.website as string | null) ?? null,
    record.tags.join('; '),
    (record.source as string | null) ?? null,
    (record.notes as string | null) ?? null,
    String(record.owner_name ?? ''),
    record.last_activity_at,
    record.created_at,
    record.updated_at,
    record.id,
    ...defs.map((d) => (record.custom[d.key] === undefined || record.custom[d.key] === null ? null : customCsvValue(d, record.custom[d.key]))),
  ];
}

/** Rebuilds a record's contact points, tags and search document from its stored row (merge, import, rekey). */
export async function reindexClient(trx: Transaction<Database>, kind: ClientKind, workspaceId: string, id: string): Promise<void> {
  const row = await findRecordRow(trx, kind.table, workspaceId, id);
  if (row) await rebuildClientRows(trx, kind, row, await recordContext(trx, workspaceId, recordType(kind.entityType)!));
}
