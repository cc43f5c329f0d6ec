import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { canReach } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import type { RecordTimeline } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { COMPANY, CONTACT, type ClientRow } from './client-kind.js';
import { findRecord } from '../records/records.service.js';
import { FieldErrorCollector } from '../records/record-write.js';
import { blank } from './client-columns.js';
import * as contacts from './contacts.repository.js';
import type { CreateLinkInput, LinkOutput, UpdateLinkInput } from './contacts.schema.js';
import { refreshPairsOf } from '../duplicates/duplicate-pairs.js';

/** A contact or company in the actor's scope (the record engine's finder, typed as a client row). */
function findClient(db: Executor, kind: typeof CONTACT, actor: Actor, id: string, options: { action?: 'view' | 'edit' } = {}): Promise<ClientRow | undefined> {
  return findRecord(db, recordType(kind.entityType)!, actor, id, options) as Promise<ClientRow | undefined>;
}

/**
 * Links between people and companies. Changing one needs both records in sight and the right to
 * edit at least one of them: a manager may add a colleague's person to their own company.
 */

function mayEditEither(actor: Actor, contact: ClientRow, company: ClientRow): boolean {
  return canReach(actor, 'contacts', 'edit', contact, contact.owner_department_id ?? null)
    || canReach(actor, 'companies', 'edit', company, company.owner_department_id ?? null);
}

function present(link: contacts.LinkRow, contact: ClientRow, company: ClientRow): LinkOutput {
  return {
    linkId: link.id,
    contactId: link.contact_id,
    companyId: link.company_id,
    contact: { id: contact.id, displayName: String(contact.display_name) },
    company: { id: company.id, name: String(company.name) },
    role: link.role,
    startedOn: link.started_on,
    endedOn: link.ended_on,
    version: link.version,
  };
}

function checkDates(startedOn: string | null, endedOn: string | null, errors: FieldErrorCollector): void {
  if (startedOn && endedOn && endedOn < startedOn) errors.add('endedOn', 'before_start');
}

/** A link is a versioned record of its own: every change gets a version, an audit entry and a `contact_company.*` event. */
export const LINK_ENTITY = 'contact_company';

const recordLink = (trx: Transaction<Database>, actor: Actor, action: 'create' | 'update' | 'delete', before: contacts.LinkRow | null, after: contacts.LinkRow | null) =>
  recordChange(trx, actor, { entityType: LINK_ENTITY, action, before: before && { ...before }, after: after && { ...after } });

/**
 * Links a contact to a company.
 * @throws AppError not_found (contact) | forbidden | validation_failed (companyId: not_found; endedOn: before_start) | conflict (companyId: already_linked)
 */
export async function linkCompany(trx: Transaction<Database>, actor: Actor, contactId: string, input: CreateLinkInput): Promise<LinkOutput> {
  authorize(actor, 'contacts', 'view');
  const contact = await findClient(trx, CONTACT, actor, contactId);
  if (!contact) throw new AppError('not_found', 'The contact was not found');
  const company = await findClient(trx, COMPANY, actor, input.companyId);
  if (!company) throw new AppError('validation_failed', 'There is no such company', { companyId: 'not_found' });
  if (!mayEditEither(actor, contact, company)) throw new AppError('forbidden', 'You may edit neither this contact nor this company');
  const errors = new FieldErrorCollector();
  const [startedOn, endedOn] = [blank(input.startedOn) ?? null, blank(input.endedOn) ?? null];
  checkDates(startedOn, endedOn, errors);
  errors.throwIfAny();
  if (await contacts.findLinkBetween(trx, contactId, company.id)) throw new AppError('conflict', 'The contact is linked to this company already', { companyId: 'already_linked' });
  const link = await contacts.insertLink(trx, {
    id: newId(), workspace_id: actor.workspaceId, contact_id: contactId, company_id: company.id, role: blank(input.role) ?? null, started_on: startedOn, ended_on: endedOn,
    created_at: now(), updated_at: now(), version: 1,
  });
  await recordLink(trx, actor, 'create', null, link);
  // "Same company" is duplicate evidence: the person's pairs follow their links.
  await refreshPairsOf(trx, CONTACT.entityType, actor.workspaceId, contactId);
  return present(link, contact, company);
}

/** The link and both its records, when the actor sees both. @throws AppError not_found | forbidden */
async function findLinkForWrite(trx: Transaction<Database>, actor: Actor, linkId: string) {
  authorize(actor, 'contacts', 'view');
  const link = await contacts.findLink(trx, actor.workspaceId, linkId);
  const contact = link && (await findClient(trx, CONTACT, actor, link.contact_id));
  const company = link && (await findClient(trx, COMPANY, actor, link.company_id));
  if (!link || !contact || !company) throw new AppError('not_found', 'The link was not found');
  if (!mayEditEither(actor, contact, company)) throw new AppError('forbidden', 'You may edit neither this contact nor this company');
  return { link, contact, company };
}

/**
 * Changes a link's role or dates; with `version`, only if nobody changed it since.
 * @throws AppError not_found | forbidden | validation_failed (endedOn: before_start) | conflict (stale version, with `current`)
 */
export async function updateCompanyLink(trx: Transaction<Database>, actor: Actor, linkId: string, input: UpdateLinkInput & { version?: number }): Promise<LinkOutput> {
  const { link, contact, company } = await findLinkForWrite(trx, actor, linkId);
  if (input.version !== undefined && input.version !== link.version) {
    throw new AppError('conflict', 'The link was changed by someone else; reload and try again', undefined, { current: present(link, contact, company) });
  }
  const role = input.role !== undefined ? blank(input.role) ?? null : link.role;
  const startedOn = input.startedOn !== undefined ? blank(input.startedOn) ?? null : link.started_on;
  const endedOn = input.endedOn !== undefined ? blank(input.endedOn) ?? null : link.ended_on;
  const errors = new FieldErrorCollector();
  checkDates(startedOn, endedOn, errors);
  errors.throwIfAny();
  const after = await contacts.updateLink(trx, actor.workspaceId, linkId, link.version, { role, started_on: startedOn, ended_on: endedOn, updated_at: now() });
  if (!after) throw new AppError('conflict', 'The link was changed by someone else; reload and try again');
  await recordLink(trx, actor, 'update', link, after);
  return present(after, contact, company);
}

/** Removes a link. @throws AppError not_found | forbidden */
export async function unlinkCompany(trx: Transaction<Database>, actor: Actor, linkId: string): Promise<void> {
  const { link } = await findLinkForWrite(trx, actor, linkId);
  await contacts.deleteLink(trx, actor.workspaceId, linkId);
  // The removal is the link's last version: as it was, stamped with when it went.
  await recordLink(trx, actor, 'delete', link, { ...link, version: link.version + 1, updated_at: now() });
  await refreshPairsOf(trx, CONTACT.entityType, actor.workspaceId, link.contact_id);
}

/** A company's people (links to live contacts; a person the actor cannot see has a null name). */
export function peopleOfCompany(db: Executor, actor: Actor, companyId: string) {
  return contacts.linksOfCompany(db, actor, companyId);
}

/** A company's timeline also shows the items of its people the viewer may see, each marked with the person. */
export const COMPANY_TIMELINE: RecordTimeline = {
  related: { entityType: CONTACT.entityType, ids: (actor, companyId) => contacts.visiblePeopleIds(actor, companyId) },
};
