import type { Kysely, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ChangeAction } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import { COMPANY, CONTACT, parseRow, type ClientRecord, type ClientRow } from './client-kind.js';
import { bulkUpdateClients } from './client-bulk.js';
import { commonCells, commonHeaders, exportClients, type CsvExport } from './client-csv.js';
import { countClients, listClients } from './client-list.js';
import { listTagCounts } from './client-derived.js';
import { composeDisplayName } from './client-names.js';
import { findClient } from './client-repository.js';
import { reindexClient } from './client-trash.js';
import {
  blank, checkOwner, clientContext, commonColumns, deleteClientRecord, FieldErrorCollector, findForWrite, insertClientRecord, nameColumns, staleError, writeClientVersion,
  type ClientContext,
} from './client-write.js';
import * as contacts from './contacts.repository.js';
import { presentContact, presentContactListItem } from './contacts.presenter.js';
import type { ContactBulkInput, ContactListQuery, ContactOutput, CreateContactInput, UpdateContactInput } from './contacts.schema.js';
import type { ListFilter } from './client-schema.js';

/** Contacts: people, with their phones, emails, companies and custom fields. */

/** A contact row as the actor sees it, for GET and after writes (`withDeleted` for history and trash). */
export function findContact(db: Executor, actor: Actor, id: string, options: { withDeleted?: boolean; action?: 'view' | 'edit' | 'delete' | 'export' } = {}): Promise<ClientRow | undefined> {
  return findClient(db, CONTACT, actor, id, options);
}

/** A contact row as the API shows it, with its company links. */
export async function presentContactRow(db: Executor, actor: Actor, row: ClientRow, ctx?: ClientContext): Promise<ContactOutput> {
  const { country } = ctx ?? (await clientContext(db, actor.workspaceId, CONTACT.entityType));
  if (row.owner_name === undefined) row.owner_name = (await usersService.findUser(db, actor.workspaceId, row.owner_id))?.name ?? '';
  return presentContact(parseRow(row), { actor, country }, await contacts.linksOfContact(db, actor, row.id));
}

/** A contact the actor can see. @throws AppError forbidden | not_found */
export async function getContact(db: Executor, actor: Actor, id: string): Promise<ContactOutput> {
  authorize(actor, 'contacts', 'view');
  const row = await findContact(db, actor, id);
  if (!row) throw new AppError('not_found', 'The contact was not found');
  return presentContactRow(db, actor, row);
}

/** The person's own columns from an input; the display name defaults to "First Middle Last". */
function personColumns(input: Partial<CreateContactInput>, before: ClientRecord | null, errors: FieldErrorCollector): Record<string, unknown> {
  const b = (before ?? {}) as Record<string, string | null | undefined>;
  const pick = (given: string | null | undefined, previous: string | null | undefined) => (given !== undefined ? blank(given) ?? null : previous ?? null);
  const names = { firstName: pick(input.firstName, b.first_name), middleName: pick(input.middleName, b.middle_name), lastName: pick(input.lastName, b.last_name) };
  const composed = composeDisplayName(names);
  // A display name typed by hand stays when the parts change; one composed from the parts follows them.
  const typedBefore = before !== null && b.display_name !== composeDisplayName({ firstName: b.first_name, middleName: b.middle_name, lastName: b.last_name });
  const display = input.displayName !== undefined ? blank(input.displayName) ?? composed : typedBefore ? String(b.display_name) : composed;
  if (!display) errors.add('firstName', 'required');
  const out: Record<string, unknown> = { first_name: names.firstName, middle_name: names.middleName, last_name: names.lastName, display_name: display, ...nameColumns(display) };
  for (const [key, column] of [['position', 'position'], ['birthday', 'birthday']] as const) {
    if (input[key] !== undefined || before === null) out[column] = blank(input[key]) ?? null;
  }
  if (input.status !== undefined || before === null) out.status = input.status ?? 'lead';
  return out;
}

/**
 * Creates a contact owned by the actor unless `ownerId` names someone the actor may give it to.
 * @throws AppError forbidden | validation_failed (firstName: required; phones.<i>.value: invalid_phone; ownerId; custom.<key>)
 */
export async function createContact(trx: Transaction<Database>, actor: Actor, input: CreateContactInput): Promise<ContactOutput> {
  authorize(actor, 'contacts', 'create');
  const ctx = await clientContext(trx, actor.workspaceId, CONTACT.entityType);
  const errors = new FieldErrorCollector();
  const ownerId = input.ownerId ?? actor.userId;
  if (!ownerId) errors.add('ownerId', 'required');
  else if (input.ownerId) await checkOwner(trx, actor, CONTACT, 'create', input.ownerId, errors);
  const person = personColumns(input, null, errors);
  const common = await commonColumns(trx, actor, CONTACT, input, ctx, null, errors);
  errors.throwIfAny();
  const at = now();
  const row = await insertClientRecord(trx, actor, CONTACT, {
    id: newId(), workspace_id: actor.workspaceId, owner_id: ownerId, ...person, ...common,
    last_activity_at: null, created_by: actor.userId, created_at: at, updated_at: at, deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
  }, ctx);
  return presentContactRow(trx, actor, (await findContact(trx, actor, row.id)) ?? row, ctx);
}

/**
 * Changes the fields the input names (also history "restore this version", as `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`) | validation_failed
 */
export async function updateContact(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateContactInput, action: ChangeAction = 'update'): Promise<ContactOutput> {
  const before = await findForWrite(trx, actor, CONTACT, id, 'edit');
  const ctx = await clientContext(trx, actor.workspaceId, CONTACT.entityType);
  if (before.version !== input.version) throw staleError(CONTACT, await presentContactRow(trx, actor, before, ctx));
  const previous = parseRow(before);
  const errors = new FieldErrorCollector();
  const patch: Record<string, unknown> = { ...personColumns(input, previous, errors), ...(await commonColumns(trx, actor, CONTACT, input, ctx, previous, errors)) };
  if (input.ownerId !== undefined && input.ownerId !== before.owner_id && (await checkOwner(trx, actor, CONTACT, 'edit', input.ownerId, errors))) patch.owner_id = input.ownerId;
  errors.throwIfAny();
  const after = await writeClientVersion(trx, actor, CONTACT, before, patch, ctx, action);
  return presentContactRow(trx, actor, (await findContact(trx, actor, after.id)) ?? after, ctx);
}

/** Moves a contact to the trash. @throws AppError forbidden | not_found | conflict (stale version, with `current`) */
export function deleteContact(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  return deleteClientRecord(trx, actor, CONTACT, id, version, (row) => presentContactRow(trx, actor, row));
}

/**
 * A page of the contact list with its company names, and the total when asked.
 * @throws AppError forbidden | validation_failed (filters, sort, cursor)
 */
export async function listContacts(db: Executor, actor: Actor, query: ContactListQuery) {
  authorize(actor, 'contacts', 'view');
  const ctx = await clientContext(db, actor.workspaceId, CONTACT.entityType);
  const page = await listClients(db, actor, CONTACT, query, query, ctx);
  const names = await contacts.companyNamesOf(db, actor, page.rows.map((r) => r.id));
  const viewer = { actor, country: ctx.country };
  const items = page.rows.map((row) => presentContactListItem(parseRow(row), viewer, names.get(row.id) ?? []));
  const wantsTotal = query.count === '1' || query.count === 'true';
  return { items, nextCursor: page.nextCursor, ...(wantsTotal ? { total: await countClients(db, actor, CONTACT, query, ctx) } : {}) };
}

/** The filtered contacts as CSV. @throws AppError forbidden | validation_failed | account_blocked */
export async function exportContacts(db: Kysely<Database>, actor: Actor, filter: ListFilter): Promise<CsvExport> {
  const ctx = await clientContext(db, actor.workspaceId, CONTACT.entityType);
  return exportClients(db, actor, CONTACT, filter, ctx, {
    headers: ['displayName', 'firstName', 'middleName', 'lastName', 'position', 'birthday', 'status', 'companies', ...commonHeaders(ctx)],
    async cells(page) {
      const names = await contacts.companyNamesOf(db, actor, page.map((r) => r.id));
      return page.map((row) => {
        const r = parseRow(row);
        const own = ['display_name', 'first_name', 'middle_name', 'last_name', 'position', 'birthday', 'status'].map((k) => (r[k] as string | null) ?? null);
        return [...own, (names.get(row.id) ?? []).join('; '), ...commonCells(r, ctx)];
      });
    },
  });
}

/** A bulk action over contacts. @throws AppError forbidden | validation_failed */
export function bulkContacts(trx: Transaction<Database>, actor: Actor, input: ContactBulkInput) {
  return bulkUpdateClients(trx, actor, CONTACT, input);
}

/** Rebuilds a contact's contact points, tags and search document from its row (merge, import). */
export function reindexContact(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void> {
  return reindexClient(trx, CONTACT, workspaceId, id);
}

/** Tags in use on live contacts or companies the actor can see, most used first. @throws AppError forbidden */
export function listTags(db: Executor, actor: Actor, entity: 'contact' | 'company', prefix: string | undefined, limit: number) {
  const kind = entity === 'contact' ? CONTACT : COMPANY;
  authorize(actor, kind.module, 'view');
  return listTagCounts(db, kind, actor, prefix, limit);
}
