import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { toJson } from '../../platform/json.js';
import { createWorkspace, type Workspace } from '../workspaces/workspaces.service.js';
import { normalizeEmails, normalizePhones } from '../contacts/client-points.js';
import { reindexContact } from '../contacts/contacts.service.js';
import { reindexCompany } from '../companies/companies.service.js';
import { composeDisplayName, nameKey, sortName, taxIdKey } from '../contacts/client-names.js';

/**
 * Test records written straight into the tables (with any owner, any creation time, phones kept
 * as typed), their derived rows (contact points, tags, search document) built by the contacts
 * module's own reindex, for the search, duplicate and merge tests.
 */

export interface ContactSeed {
  ownerId: string;
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  displayName?: string;
  position?: string | null;
  phones?: string[];
  emails?: string[];
  tags?: string[];
  custom?: Record<string, unknown>;
  notes?: string | null;
  createdAt?: string;
}

export interface CompanySeed {
  ownerId: string;
  name: string;
  legalName?: string | null;
  taxId?: string | null;
  phones?: string[];
  emails?: string[];
  city?: string;
}

/** A workspace whose phones are read as `country`'s. */
export function seedWorkspace(db: Kysely<Database>, country: string): Promise<Workspace> {
  return db.transaction().execute((trx) =>
    createWorkspace(trx, { name: `Search ${newId()}`, locale: 'en', timeZone: 'Europe/Moscow', defaultCountry: country, defaultCurrency: 'EUR' }),
  );
}

/** Inserts a contact with its derived rows; returns its id. */
export async function seedContact(db: Kysely<Database>, workspace: Workspace, seed: ContactSeed): Promise<string> {
  const id = newId();
  const at = seed.createdAt ?? now();
  const displayName = seed.displayName ?? composeDisplayName(seed);
  const phones = normalizePhones((seed.phones ?? []).map((value) => ({ value, keepAsTyped: true })), workspace.default_country, 'mobile');
  const emails = normalizeEmails((seed.emails ?? []).map((value) => ({ value })));
  await db.insertInto('contacts').values({
    id, workspace_id: workspace.id, owner_id: seed.ownerId,
    phones: toJson(phones), emails: toJson(emails), messengers: toJson([]), addresses: toJson([]), website: null,
    tags: toJson(seed.tags ?? []), custom: toJson(seed.custom ?? {}), notes: seed.notes ?? null, source: null,
    sort_name: sortName(displayName), name_key: nameKey(displayName), last_activity_at: null, created_by: seed.ownerId,
    created_at: at, updated_at: at, deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
    first_name: seed.firstName ?? null, middle_name: seed.middleName ?? null, last_name: seed.lastName ?? null,
    display_name: displayName, position: seed.position ?? null, birthday: null, status: 'lead',
  }).execute();
  await db.transaction().execute((trx) => reindexContact(trx, workspace.id, id));
  return id;
}

/** Inserts a company with its derived rows; returns its id. */
export async function seedCompany(db: Kysely<Database>, workspace: Workspace, seed: CompanySeed): Promise<string> {
  const id = newId();
  const at = now();
  const phones = normalizePhones((seed.phones ?? []).map((value) => ({ value, keepAsTyped: true })), workspace.default_country, 'work');
  const emails = normalizeEmails((seed.emails ?? []).map((value) => ({ value })));
  await db.insertInto('companies').values({
    id, workspace_id: workspace.id, owner_id: seed.ownerId,
    phones: toJson(phones), emails: toJson(emails), messengers: toJson([]),
    addresses: toJson(seed.city ? [{ type: 'legal', city: seed.city }] : []), website: null,
    tags: toJson([]), custom: toJson({}), notes: null, source: null,
    sort_name: sortName(seed.name), name_key: nameKey(seed.name), last_activity_at: null, created_by: seed.ownerId,
    created_at: at, updated_at: at, deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
    name: seed.name, legal_name: seed.legalName ?? null, tax_id: seed.taxId ?? null, tax_id_key: taxIdKey(seed.taxId),
    industry: null, size: null,
  }).execute();
  await db.transaction().execute((trx) => reindexCompany(trx, workspace.id, id));
  return id;
}

/** Links a contact to a company; returns the link id. */
export async function seedLink(db: Kysely<Database>, workspace: Workspace, contactId: string, companyId: string, role: string | null = null): Promise<string> {
  const id = newId();
  await db.insertInto('contact_companies').values({ id, workspace_id: workspace.id, contact_id: contactId, company_id: companyId, role, started_on: null, ended_on: null, created_at: now() }).execute();
  return id;
}
