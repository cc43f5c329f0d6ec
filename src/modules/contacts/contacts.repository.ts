import { sql, type SelectQueryBuilder, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { ContactCompaniesTable } from './contacts.table.js';

/**
 * Links between people and companies (contact_companies). The records themselves are written by
 * the record engine (src/modules/records), which every record type uses.
 */

export type LinkRow = Selectable<ContactCompaniesTable>;

/**
 * A contact's links to live companies the actor can see: a hidden company's link is not shown at
 * all (not even its id or the role), so a card never reveals that a hidden record exists.
 */
export function linksOfContact(db: Executor, actor: Actor, contactId: string) {
  return db
    .selectFrom('contact_companies as cc')
    .innerJoin('companies as c', 'c.id', 'cc.company_id')
    .select(['cc.id', 'cc.contact_id', 'cc.company_id', 'cc.role', 'cc.started_on', 'cc.ended_on', 'c.name as company_name'])
    .where(visibleTo(actor, 'companies', 'c'))
    .where('cc.workspace_id', '=', actor.workspaceId)
    .where('cc.contact_id', '=', contactId)
    .where('c.deleted_at', 'is', null)
    .orderBy('cc.created_at')
    .orderBy('cc.id')
    .execute();
}

/** A company's links to live people the actor can see (a hidden person's link is not shown at all). */
export function linksOfCompany(db: Executor, actor: Actor, companyId: string) {
  return db
    .selectFrom('contact_companies as cc')
    .innerJoin('contacts as p', 'p.id', 'cc.contact_id')
    .select(['cc.id', 'cc.contact_id', 'cc.company_id', 'cc.role', 'cc.started_on', 'cc.ended_on', 'p.display_name as display_name'])
    .where(visibleTo(actor, 'contacts', 'p'))
    .where('cc.workspace_id', '=', actor.workspaceId)
    .where('cc.company_id', '=', companyId)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.sort_name')
    .orderBy('cc.id')
    .execute();
}

/** Names of the live companies the actor can see, per contact of a list page. */
export async function companyNamesOf(db: Executor, actor: Actor, contactIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (contactIds.length === 0) return out;
  const rows = await db
    .selectFrom('contact_companies as cc')
    .innerJoin('companies', 'companies.id', 'cc.company_id')
    .select(['cc.contact_id', 'companies.name'])
    .where('cc.contact_id', 'in', contactIds)
    .where('companies.deleted_at', 'is', null)
    .where(visibleTo(actor, 'companies', 'companies'))
    .orderBy('cc.contact_id')
    .orderBy('companies.sort_name')
    .execute();
  for (const row of rows) out.set(row.contact_id, [...(out.get(row.contact_id) ?? []), row.name]);
  return out;
}

/** A link of the workspace by id. */
export function findLink(db: Executor, workspaceId: string, linkId: string): Promise<LinkRow | undefined> {
  return db.selectFrom('contact_companies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', linkId).executeTakeFirst();
}

/** The link between a contact and a company, if any (there is at most one). */
export function findLinkBetween(db: Executor, contactId: string, companyId: string): Promise<LinkRow | undefined> {
  return db.selectFrom('contact_companies').selectAll().where('contact_id', '=', contactId).where('company_id', '=', companyId).executeTakeFirst();
}

/** Inserts a link and returns it. */
export function insertLink(db: Executor, row: Insertable<ContactCompaniesTable>): Promise<LinkRow> {
  return db.insertInto('contact_companies').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Changes a link's role or dates if it still has `expectedVersion`; undefined when it is gone or changed meanwhile. */
export function updateLink(db: Executor, workspaceId: string, linkId: string, expectedVersion: number, patch: Updateable<ContactCompaniesTable>): Promise<LinkRow | undefined> {
  return db.updateTable('contact_companies').set({ ...patch, version: expectedVersion + 1 })
    .where('workspace_id', '=', workspaceId).where('id', '=', linkId).where('version', '=', expectedVersion)
    .returningAll().executeTakeFirst();
}

/** Removes a link. */
export async function deleteLink(db: Executor, workspaceId: string, linkId: string): Promise<void> {
  await db.deleteFrom('contact_companies').where('workspace_id', '=', workspaceId).where('id', '=', linkId).execute();
}

/** The name of each contact's first company the actor can see (current links first, then the oldest), for search hits. */
export async function firstCompanyNames(db: Executor, actor: Actor, contactIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (contactIds.length === 0) return out;
  const rows = await db
    .selectFrom('contact_companies as cc')
    .innerJoin('companies as co', 'co.id', 'cc.company_id')
    .select(['cc.contact_id', 'co.name'])
    .where('cc.contact_id', 'in', contactIds)
    .where('co.deleted_at', 'is', null)
    .where(visibleTo(actor, 'companies', 'co'))
    .orderBy(sql`case when cc.ended_on is null then 0 else 1 end`)
    .orderBy('cc.created_at')
    .orderBy('cc.id')
    .execute();
  for (const row of rows) if (!out.has(row.contact_id)) out.set(row.contact_id, row.name);
  return out;
}

/**
 * The ids of a company's live people the actor's contacts view scope reaches, as a subquery (the
 * company's timeline shows their items): the same visibility filter the contacts list uses.
 */
export function visiblePeopleIds(actor: Actor, companyId: string) {
  return (eb: ExpressionBuilder<Database, any>): SelectQueryBuilder<Database, any, { [column: string]: string }> =>
    eb
      .selectFrom('contact_companies')
      // CROSS JOIN keeps SQLite on the company's few links rather than every contact of the owner.
      .crossJoin('contacts')
      .whereRef('contacts.id', '=', 'contact_companies.contact_id')
      .select('contact_companies.contact_id')
      .where('contact_companies.workspace_id', '=', actor.workspaceId)
      .where('contact_companies.company_id', '=', companyId)
      .where('contacts.deleted_at', 'is', null)
      .where(visibleTo(actor, 'contacts', 'contacts'));
}

/** The two ends of contact–company links by id, deleted ones included (for the audit log's parent check). */
export function linkEnds(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('contact_companies').select(['id', 'contact_id', 'company_id']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
