import { sql, type Kysely } from 'kysely';
import { isPostgres, notNull, types, type ColumnBuilder } from './lib.js';

/**
 * The client base: contacts, companies and the links between them, custom field definitions,
 * saved list views, the timeline every module writes to, attachments, merges (kept for undo),
 * and three derived tables rebuilt on every write of a record: contact points (normalized phones,
 * emails, messenger handles) for duplicates and exact look-ups, tags for filtering, and search
 * documents (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) for the global search.
 * A record's row holds its whole state (phones, emails... as JSON) so history, rollback and merge
 * undo restore one row; the derived tables follow from it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  const pg = isPostgres(db);
  const workspace: ColumnBuilder = (c) => c.notNull().references('workspaces.id').onDelete('cascade');

  // Columns shared by contacts and companies.
  const clientRecord = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('workspace_id', t.id, workspace)
      .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
      .addColumn('phones', t.json, notNull)
      .addColumn('emails', t.json, notNull)
      .addColumn('messengers', t.json, notNull)
      .addColumn('addresses', t.json, notNull)
      .addColumn('website', 'text')
      .addColumn('tags', t.json, notNull)
      .addColumn('custom', t.json, notNull)
      .addColumn('notes', 'text')
      .addColumn('source', 'text')
      .addColumn('sort_name', 'text', notNull)
      .addColumn('name_key', 'text', notNull)
      .addColumn('last_activity_at', t.time)
      .addColumn('created_by', t.id)
      .addColumn('created_at', t.time, notNull)
      .addColumn('updated_at', t.time, notNull)
      .addColumn('deleted_at', t.time)
      .addColumn('deleted_by', t.id)
      .addColumn('merged_into_id', t.id)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

  await clientRecord('contacts')
    .addColumn('first_name', 'text')
    .addColumn('middle_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('display_name', 'text', notNull)
    .addColumn('position', 'text')
    .addColumn('birthday', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('lead'))
    .execute();

  await clientRecord('companies')
    .addColumn('name', 'text', notNull)
    .addColumn('legal_name', 'text')
    .addColumn('tax_id', 'text')
    .addColumn('tax_id_key', 'text')
    .addColumn('industry', 'text')
    .addColumn('size', 'text')
    .execute();

  for (const table of ['contacts', 'companies']) {
    const live = (name: string, columns: string[]) =>
      db.schema.createIndex(`${table}_${name}_idx`).on(table).columns(columns).where('deleted_at', 'is', null).execute();
    // Keyset pages of the lists: (sort column, id) within a workspace, with and without the owner rule.
    await live('sort_name', ['workspace_id', 'sort_name', 'id']);
    await live('owner_sort', ['workspace_id', 'owner_id', 'sort_name', 'id']);
    await live('created', ['workspace_id', 'created_at', 'id']);
    await live('updated', ['workspace_id', 'updated_at', 'id']);
    await live('activity', ['workspace_id', 'last_activity_at', 'id']);
    await live('name_key', ['workspace_id', 'name_key']);
    await db.schema.createIndex(`${table}_deleted_idx`).on(table).columns(['workspace_id', 'deleted_at']).where('deleted_at', 'is not', null).execute();
  }
  await db.schema.createIndex('contacts_status_idx').on('contacts').columns(['workspace_id', 'status', 'sort_name', 'id']).where(sql.ref('deleted_at'), 'is', null).execute();
  await db.schema.createIndex('companies_tax_id_idx').on('companies').columns(['workspace_id', 'tax_id_key']).execute();

  // A person may work for several companies, each link with a role and optional dates.
  await db.schema
    .createTable('contact_companies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('company_id', t.id, (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addColumn('started_on', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('contact_companies_uq').on('contact_companies').columns(['contact_id', 'company_id']).unique().execute();
  await db.schema.createIndex('contact_companies_company_idx').on('contact_companies').columns(['company_id', 'contact_id']).execute();

  // Derived: normalized phones (E.164 digits), emails (lower case) and messenger handles.
  await db.schema
    .createTable('contact_points')
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', t.id, notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('value', 'text', notNull)
    .addPrimaryKeyConstraint('contact_points_pk', ['entity_type', 'entity_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('contact_points_value_idx').on('contact_points').columns(['workspace_id', 'kind', 'value']).execute();

  // Derived: one row per tag of a record, so a tag filter is an index look-up at a million rows.
  await db.schema
    .createTable('record_tags')
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', t.id, notNull)
    .addColumn('tag', 'text', notNull)
    .addPrimaryKeyConstraint('record_tags_pk', ['entity_type', 'entity_id', 'tag'])
    .execute();
  await db.schema.createIndex('record_tags_tag_idx').on('record_tags').columns(['workspace_id', 'entity_type', 'tag', 'entity_id']).execute();

  // Derived: one search document per record (names in both scripts, phones' digit keys, emails, tax id, text custom fields).
  if (pg) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE TABLE search_documents (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      text text NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX search_documents_text_idx ON search_documents USING gin (text gin_trgm_ops)`.execute(db);
  } else {
    await sql`CREATE TABLE search_documents (
      id integer PRIMARY KEY,
      workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      text text NOT NULL
    )`.execute(db);
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(text, content='search_documents', content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
      INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
    await sql`CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
      INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END`.execute(db);
    await sql`CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
      INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text);
      INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END`.execute(db);
  }
  await db.schema.createIndex('search_documents_entity_uq').on('search_documents').columns(['entity_type', 'entity_id']).unique().execute();

  await db.schema
    .createTable('custom_fields')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('key', 'text', notNull)
    .addColumn('label', 'text', notNull)
    .addColumn('type', 'text', notNull)
    .addColumn('options', t.json, notNull)
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('default_value', t.json)
    .addColumn('help_text', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retired_at', t.time)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('custom_fields_key_uq').on('custom_fields').columns(['workspace_id', 'entity_type', 'key']).unique().execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('definition', t.json, notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('saved_views_owner_idx').on('saved_views').columns(['workspace_id', 'entity_type', 'owner_id']).execute();

  // One feed for every module: notes now; calls, meetings, letters, deals, tasks as they arrive.
  await db.schema
    .createTable('timeline_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('subject_type', 'text', notNull)
    .addColumn('subject_id', t.id, notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('author_id', t.id)
    .addColumn('occurred_at', t.time, notNull)
    .addColumn('body', 'text')
    .addColumn('data', t.json)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('timeline_items_subject_idx').on('timeline_items').columns(['workspace_id', 'subject_type', 'subject_id', 'occurred_at', 'id']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('subject_type', 'text', notNull)
    .addColumn('subject_id', t.id, notNull)
    .addColumn('file_name', 'text', notNull)
    .addColumn('content_type', 'text', notNull)
    .addColumn('size', t.bigint, notNull)
    .addColumn('sha256', 'text', notNull)
    .addColumn('uploaded_by', t.id)
    .addColumn('created_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .execute();
  await db.schema.createIndex('attachments_subject_idx').on('attachments').columns(['workspace_id', 'subject_type', 'subject_id', 'created_at']).execute();
  await db.schema.createIndex('attachments_sha_idx').on('attachments').column('sha256').execute();

  // A merge keeps what it changed so it can be undone: the records before, and the links it moved.
  await db.schema
    .createTable('merges')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, workspace)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('survivor_id', t.id, notNull)
    .addColumn('merged_ids', t.json, notNull)
    .addColumn('snapshot', t.json, notNull)
    .addColumn('actor_id', t.id)
    .addColumn('created_at', t.time, notNull)
    .addColumn('undone_at', t.time)
    .addColumn('undone_by', t.id)
    .execute();
  await db.schema.createIndex('merges_survivor_idx').on('merges').columns(['workspace_id', 'entity_type', 'survivor_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['merges', 'attachments', 'timeline_items', 'saved_views', 'custom_fields']) await db.schema.dropTable(table).execute();
  if (!isPostgres(db)) await sql`DROP TABLE search_fts`.execute(db);
  for (const table of ['search_documents', 'record_tags', 'contact_points', 'contact_companies', 'companies', 'contacts']) await db.schema.dropTable(table).execute();
}
