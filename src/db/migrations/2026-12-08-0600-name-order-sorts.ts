import { sql, type Kysely } from 'kysely';
import { queueJobPerWorkspace } from './lib.js';

/**
 * Decision 0038. People sort by surname and their composed display names follow the workspace's
 * name order ("Surname First Patronymic" by default in Russian and Bulgarian workspaces). The
 * names are rewritten by the application's `names.reorder` job (the name functions are app code,
 * which a frozen migration must not import): this queues one per workspace.
 * The Status and Owner columns of the lists sort on their own keyset indexes (value, id).
 */
const INDEXES: Array<[string, string, string[]]> = [
  ['contacts_status_sort_idx', 'contacts', ['workspace_id', 'status', 'id']],
  ['contacts_owner_id_sort_idx', 'contacts', ['workspace_id', 'owner_id', 'id']],
  ['companies_owner_id_sort_idx', 'companies', ['workspace_id', 'owner_id', 'id']],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).where(sql.ref('deleted_at'), 'is', null).execute();
  }
  await queueJobPerWorkspace(db, 'names.reorder', 'names.reorder');
}

/** Drops the indexes and the rewrite jobs not yet run; names already rewritten stay (both orders are valid names). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('jobs').where('type', '=', 'names.reorder').where('status', '=', 'queued').execute();
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
}
