import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Action, Module } from '../../platform/access/permissions.js';
import { visibleTo } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { entityType, registerEntityType } from '../../platform/entities/registry.js';
import { newId } from '../../platform/ids.js';

/**
 * Contacts and companies written straight into their tables for the timeline and attachment tests,
 * so they depend on nothing but the schema. Until the contacts module registers its entity types,
 * stand-ins that find a record the same way (visibility filter, deleted or not) are registered.
 */

const clientColumns = (workspaceId: string, ownerId: string, name: string) => {
  const at = now();
  return {
    id: newId(), workspace_id: workspaceId, owner_id: ownerId,
    phones: '[]', emails: '[]', messengers: '[]', addresses: '[]', website: null, tags: '[]', custom: '{}', notes: null, source: null,
    sort_name: name.toLowerCase(), name_key: name.toLowerCase(), last_activity_at: null, created_by: ownerId,
    created_at: at, updated_at: at, deleted_at: null, deleted_by: null, merged_into_id: null, version: 1,
  };
};

/** Inserts a contact owned by `ownerId`; returns its id. */
export async function insertContact(db: Kysely<Database>, workspaceId: string, ownerId: string, displayName: string): Promise<string> {
  const row = { ...clientColumns(workspaceId, ownerId, displayName), first_name: displayName, middle_name: null, last_name: null, display_name: displayName, position: null, birthday: null, status: 'lead' as const };
  await db.insertInto('contacts').values(row).execute();
  return row.id;
}

/** Inserts a company owned by `ownerId`; returns its id. */
export async function insertCompany(db: Kysely<Database>, workspaceId: string, ownerId: string, name: string): Promise<string> {
  const row = { ...clientColumns(workspaceId, ownerId, name), name, legal_name: null, tax_id: null, tax_id_key: null, industry: null, size: null };
  await db.insertInto('companies').values(row).execute();
  return row.id;
}

export async function linkPerson(db: Kysely<Database>, workspaceId: string, contactId: string, companyId: string): Promise<void> {
  await db.insertInto('contact_companies').values({ id: newId(), workspace_id: workspaceId, contact_id: contactId, company_id: companyId, role: null, started_on: null, ended_on: null, created_at: now() }).execute();
}

export async function softDeleteSubject(db: Kysely<Database>, table: 'contacts' | 'companies', id: string): Promise<void> {
  await db.updateTable(table).set({ deleted_at: now() }).where('id', '=', id).execute();
}

export async function lastActivityOf(db: Kysely<Database>, table: 'contacts' | 'companies', id: string): Promise<string | null> {
  return (await db.selectFrom(table).select('last_activity_at').where('id', '=', id).executeTakeFirstOrThrow()).last_activity_at;
}

function standIn(type: string, module: Module, table: 'contacts' | 'companies', title: 'display_name' | 'name') {
  if (entityType(type)) return;
  registerEntityType({
    type,
    module,
    async find(db: Executor, actor: Actor, id: string, action: Action = 'view') {
      const row = await (db as Kysely<any>).selectFrom(table).selectAll().where(visibleTo(actor, module, table, action)).where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, title: row[title], version: row.version, deletedAt: row.deleted_at, deletedBy: row.deleted_by };
    },
  });
}

/** Registers stand-in `contact` and `company` types unless the real ones already are. */
export function ensureSubjectTypes(): void {
  standIn('contact', 'contacts', 'contacts', 'display_name');
  standIn('company', 'companies', 'companies', 'name');
}
