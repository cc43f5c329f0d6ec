import { sql, type Kysely } from 'kysely';

/**
 * Plans for two list filters that read far too much at a million records (PERFORMANCE.md):
 * - a tag filter in name order walks the tag's rows in name order: each tag row keeps a copy of
 *   its record's `sort_name` (written with the tag rows), indexed after the tag;
 * - "no activity for N days" in name order walks the name index and decides from the index
 *   entry itself: the live name index also holds `last_activity_at` and `created_at`.
 */
const RECORD_TABLES = [['contacts', 'contact'], ['companies', 'company']] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('record_tags').addColumn('sort_name', 'text', (c) => c.notNull().defaultTo('')).execute();
  for (const [table, type] of RECORD_TABLES) {
    await sql`UPDATE record_tags SET sort_name = (SELECT r.sort_name FROM ${sql.table(table)} r WHERE r.id = record_tags.entity_id)
      WHERE entity_type = ${type} AND EXISTS (SELECT 1 FROM ${sql.table(table)} r WHERE r.id = record_tags.entity_id)`.execute(db);
  }
  await db.schema.createIndex('record_tags_sort_idx').on('record_tags').columns(['workspace_id', 'entity_type', 'tag', 'sort_name', 'entity_id']).execute();
  // The new index answers everything the old one did (tag counts, a tag's records).
  await db.schema.dropIndex('record_tags_tag_idx').execute();
  for (const [table] of RECORD_TABLES) {
    await db.schema.dropIndex(`${table}_sort_name_idx`).execute();
    await db.schema.createIndex(`${table}_sort_name_idx`).on(table).columns(['workspace_id', 'sort_name', 'id', 'last_activity_at', 'created_at'])
      .where(sql.ref('deleted_at'), 'is', null).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of RECORD_TABLES) {
    await db.schema.dropIndex(`${table}_sort_name_idx`).execute();
    await db.schema.createIndex(`${table}_sort_name_idx`).on(table).columns(['workspace_id', 'sort_name', 'id']).where(sql.ref('deleted_at'), 'is', null).execute();
  }
  await db.schema.createIndex('record_tags_tag_idx').on('record_tags').columns(['workspace_id', 'entity_type', 'tag', 'entity_id']).execute();
  await db.schema.dropIndex('record_tags_sort_idx').execute();
  await db.schema.alterTable('record_tags').dropColumn('sort_name').execute();
}
