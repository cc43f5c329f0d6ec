import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { toJson } from '../../platform/json.js';
import type { ImportsTable } from './imports.table.js';

export type ImportRow = Selectable<ImportsTable> & { creator_name: string | null };

function base(db: Executor) {
  return db.selectFrom('imports').leftJoin('users', 'users.id', 'imports.created_by').selectAll('imports').select('users.name as creator_name');
}

export async function insertImport(db: Executor, row: Insertable<ImportsTable>): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

export function findImport(db: Executor, workspaceId: string, id: string): Promise<ImportRow | undefined> {
  return base(db).where('imports.workspace_id', '=', workspaceId).where('imports.id', '=', id).executeTakeFirst();
}

/** A page of imports, newest first, after the cursor `createdAt|id`; only `userId`'s unless null. */
export function listImports(db: Executor, workspaceId: string, userId: string | null, after: { at: string; id: string } | null, limit: number): Promise<ImportRow[]> {
  let q = base(db).where('imports.workspace_id', '=', workspaceId);
  if (userId) q = q.where('imports.created_by', '=', userId);
  if (after) q = q.where((eb) => eb.or([eb('imports.created_at', '<', after.at), eb.and([eb('imports.created_at', '=', after.at), eb('imports.id', '<', after.id)])]));
  return q.orderBy('imports.created_at', 'desc').orderBy('imports.id', 'desc').limit(limit).execute();
}

/** Writes the patch when the import is still at `version`; answers whether it was. */
export async function updateImport(db: Executor, id: string, version: number | null, patch: Updateable<ImportsTable>): Promise<boolean> {
  let q = db.updateTable('imports').set(version === null ? patch : { ...patch, version: version + 1 }).where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function addImportRecord(db: Executor, row: { import_id: string; line: number; entity_type: string; entity_id: string; action: 'created' | 'updated'; before: unknown }): Promise<void> {
  await db.insertInto('import_records').values({ ...row, before: row.before === null ? null : toJson(row.before) }).execute();
}

export async function addImportFailures(db: Executor, rows: { import_id: string; line: number; cells: string[]; error: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('import_failures').values(rows.map((r) => ({ ...r, cells: toJson(r.cells) }))).execute();
}

/** A page of the import's written records, newest line first (undo goes through them in chunks). */
export function importRecordsPage(db: Executor, importId: string, offset: number, limit: number) {
  return db.selectFrom('import_records').selectAll().where('import_id', '=', importId).orderBy('line', 'desc').orderBy('entity_type').orderBy('entity_id').offset(offset).limit(limit).execute();
}

export async function countImportRecords(db: Executor, importId: string): Promise<number> {
  const row = await db.selectFrom('import_records').select((eb) => eb.fn.countAll<number>().as('n')).where('import_id', '=', importId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function importFailures(db: Executor, importId: string) {
  return db.selectFrom('import_failures').select(['line', 'cells', 'error']).where('import_id', '=', importId).orderBy('line').execute();
}

export async function findExternalId(db: Executor, workspaceId: string, entityType: string, source: string, externalId: string): Promise<string | null> {
  const row = await db.selectFrom('external_ids').select('entity_id').where('workspace_id', '=', workspaceId).where('entity_type', '=', entityType)
    .where('source', '=', source).where('external_id', '=', externalId).executeTakeFirst();
  return row?.entity_id ?? null;
}

export async function saveExternalId(db: Executor, row: { workspace_id: string; entity_type: string; source: string; external_id: string; entity_id: string }): Promise<void> {
  await db.insertInto('external_ids').values(row).onConflict((oc) => oc.columns(['workspace_id', 'entity_type', 'source', 'external_id']).doUpdateSet({ entity_id: row.entity_id })).execute();
}

/** Users of the workspace an owner cell may name. */
export function workspaceUsers(db: Executor, workspaceId: string) {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).execute();
}

/** The oldest live company of the workspace under a name key (the duplicates matcher's normalized name). */
export async function companyByNameKey(db: Executor, workspaceId: string, key: string): Promise<string | null> {
  const row = await db.selectFrom('companies').select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null)
    .where('name_key', '=', key).orderBy('created_at').executeTakeFirst();
  return row?.id ?? null;
}

/** Live contacts with this phone (E.164) or email among their contact points, oldest first (a deal or activity row's link). */
export async function contactIdsByPoint(db: Executor, workspaceId: string, kind: 'phone' | 'email', value: string): Promise<string[]> {
  const rows = await db.selectFrom('contact_points').innerJoin('contacts', 'contacts.id', 'contact_points.entity_id').select('contacts.id')
    .where('contact_points.workspace_id', '=', workspaceId).where('contact_points.entity_type', '=', 'contact').where('contact_points.kind', '=', kind)
    .where('contact_points.value', '=', value).where('contacts.deleted_at', 'is', null).orderBy('contacts.created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Live records of a linkable table whose folded name (`sort_name`) is this one, oldest first. */
export async function idsBySortName(db: Executor, table: 'contacts' | 'companies' | 'deals' | 'products', workspaceId: string, sortName: string): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null)
    .where('sort_name', '=', sortName).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Live contacts or companies under a name key (the same for `Иванов Пётр` and `Pyotr Ivanov`), oldest first. */
export async function idsByNameKey(db: Executor, table: 'contacts' | 'companies', workspaceId: string, key: string): Promise<string[]> {
  const rows = await db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null)
    .where('name_key', '=', key).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Live companies under a tax id key, oldest first. */
export async function companyIdsByTaxKey(db: Executor, workspaceId: string, key: string): Promise<string[]> {
  const rows = await db.selectFrom('companies').select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null)
    .where('tax_id_key', '=', key).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Live catalog products with exactly this SKU, oldest first. */
export async function productIdsBySku(db: Executor, workspaceId: string, sku: string): Promise<string[]> {
  const rows = await db.selectFrom('products').select(['id', 'sku']).where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null)
    .where('sku', '=', sku).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}
