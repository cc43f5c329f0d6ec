import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import type { ChangeAction } from '../../platform/history/record-change.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink, RecordContext } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import { findRecord } from '../records/records.service.js';
import * as usersService from '../users/users.service.js';
import { CONTACT, parseRow, type ClientKind, type ClientRow } from './client-kind.js';
import { blank, nameColumns, reindexClient } from './client-columns.js';
import { listTagCounts } from './client-derived.js';
import { composeDisplayName } from './client-names.js';
import { composedOrder, personSortName, type NameOrder } from '../../platform/text/name-order.js';
import * as contacts from './contacts.repository.js';
import { presentContact } from './contacts.presenter.js';
import type { ContactListQuery, ContactOutput, CreateContactInput, UpdateContactInput } from './contacts.schema.js';

/**
 * Contacts: people, with their phones, emails, companies and custom fields. The generic record
 * engine does the work (contact.record.ts registers the type); these are the person's own rules
 * and typed entry points for other modules (demo data, merges, imports).
 */

const contactType = () => recordType(CONTACT.entityType)!;

/** A contact row as the actor sees it, for GET and after writes (`withDeleted` for history and trash). */
export function findContact(db: Executor, actor: Actor, id: string, options: { withDeleted?: boolean; action?: 'view' | 'edit' | 'delete' | 'export' } = {}): Promise<ClientRow | undefined> {
  return findRecord(db, contactType(), actor, id, options) as Promise<ClientRow | undefined>;
}

/** A contact row as the API shows it, with its company links (only companies the viewer can see). */
export async function presentContactRow(db: Executor, actor: Actor, row: ClientRow, ctx?: RecordContext): Promise<ContactOutput> {
  const { country } = ctx ?? (await records.recordContext(db, actor.workspaceId, contactType()));
  if (row.owner_name === undefined) row.owner_name = (await usersService.findUser(db, actor.workspaceId, row.owner_id))?.name ?? '';
  return presentContact(parseRow(row), { actor, country }, await contacts.linksOfContact(db, actor, row.id));
}

/** A contact the actor can see. @throws AppError forbidden | not_found */
export function getContact(db: Executor, actor: Actor, id: string): Promise<ContactOutput> {
  return records.getRecord(db, actor, contactType(), id) as Promise<ContactOutput>;
}

/**
 * The person's own columns from an input; the display name defaults to the parts in the
 * workspace's name order, and the person sorts by surname (decision 0038).
 */
export function personColumns(input: Partial<CreateContactInput>, before: RecordRow | null, errors: FieldErrorSink, order: NameOrder = 'first_surname'): Record<string, unknown> {
  const b = (before ?? {}) as Record<string, string | null | undefined>;
  const pick = (given: string | null | undefined, previous: string | null | undefined) => (given !== undefined ? blank(given) ?? null : previous ?? null);
  const names = { firstName: pick(input.firstName, b.first_name), middleName: pick(input.middleName, b.middle_name), lastName: pick(input.lastName, b.last_name) };
  const composed = composeDisplayName(names, order);
  // A display name typed by hand stays when the parts change; one composed from the parts (in either order) follows them.
  const typedBefore = before !== null && composedOrder(b.display_name, { firstName: b.first_name, middleName: b.middle_name, lastName: b.last_name }) === null;
  const display = input.displayName !== undefined ? blank(input.displayName) ?? composed : typedBefore ? String(b.display_name) : composed;
  if (!display) errors.add('firstName', 'required');
  const out: Record<string, unknown> = {
    first_name: names.firstName, middle_name: names.middleName, last_name: names.lastName, display_name: display,
    ...nameColumns(display), sort_name: personSortName(names, display),
  };
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
  return (await records.createRecord(trx, actor, contactType(), input)) as ContactOutput;
}

/**
 * Changes the fields the input names (also history "restore this version", as `rollback`).
 * @throws AppError forbidden | not_found | conflict (stale version, with `current`) | validation_failed
 */
export async function updateContact(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateContactInput, action: ChangeAction = 'update'): Promise<ContactOutput> {
  return (await records.updateRecord(trx, actor, contactType(), id, input, action)) as ContactOutput;
}

/** Moves a contact to the trash. @throws AppError forbidden | not_found | conflict (stale version, with `current`) */
export function deleteContact(trx: Transaction<Database>, actor: Actor, id: string, version: number): Promise<void> {
  return records.deleteRecord(trx, actor, contactType(), id, version);
}

/**
 * A page of the contact list with its company names, and the total when asked.
 * @throws AppError forbidden | validation_failed (filters, sort, cursor)
 */
export function listContacts(db: Executor, actor: Actor, query: ContactListQuery) {
  return records.listPage(db, actor, contactType(), query);
}

/** Rebuilds a contact's contact points, tags and search document from its row (merge, import). */
export function reindexContact(trx: Transaction<Database>, workspaceId: string, id: string): Promise<void> {
  return reindexClient(trx, CONTACT, workspaceId, id);
}

/** Tags in use on live records of a type the actor can see, most used first. @throws AppError forbidden */
export function listTags(db: Executor, actor: Actor, entity: string, prefix: string | undefined, limit: number) {
  const kind = recordType(entity);
  if (!kind?.features.tags) throw new AppError('validation_failed', 'Those records have no tags', { entity: 'invalid_option' });
  authorize(actor, kind.module, 'view');
  return listTagCounts(db, kind as unknown as ClientKind, actor, prefix, limit);
}
