import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Imports (decision 0029).
 * - `imports`: one uploaded file, its detected layout, the mapping and options the wizard set, the
 *   counts and the job that runs it.
 * - `import_records`: each record an import created or updated, with the record as it was before
 *   (null when created): what undo removes or puts back.
 * - `import_failures`: the rows that failed, as uploaded, with the reason (the failed-rows file).
 * - `external_ids`: a record's id in the system it came from (amoCRM, Bitrix24...), so that a
 *   second import of the same export finds it again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('imports')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entity', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('file_name', 'text', notNull)
    .addColumn('sha256', 'text', notNull)
    .addColumn('size', 'integer', notNull)
    .addColumn('format', 'text', notNull)
    .addColumn('encoding', 'text', notNull)
    .addColumn('delimiter', 'text', notNull)
    .addColumn('header_row', 'integer', notNull)
    .addColumn('headers', t.json, notNull)
    .addColumn('sample', t.json, notNull)
    .addColumn('source', 'text')
    .addColumn('mapping', t.json, notNull)
    .addColumn('options', t.json, notNull)
    .addColumn('counts', t.json, notNull)
    .addColumn('job_id', t.id)
    .addColumn('undo_job_id', t.id)
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.time, notNull)
    .addColumn('finished_at', t.time)
    .addColumn('version', 'integer', notNull)
    .execute();
  await db.schema.createIndex('imports_workspace_idx').on('imports').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('import_records')
    .addColumn('import_id', t.id, (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('line', 'integer', notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', t.id, notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('before', t.json)
    .execute();
  await db.schema.createIndex('import_records_import_idx').on('import_records').columns(['import_id', 'line']).execute();

  await db.schema
    .createTable('import_failures')
    .addColumn('import_id', t.id, (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('line', 'integer', notNull)
    .addColumn('cells', t.json, notNull)
    .addColumn('error', 'text', notNull)
    .execute();
  await db.schema
    .createTable('external_ids')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', notNull)
    .addColumn('source', 'text', notNull)
    .addColumn('external_id', 'text', notNull)
    .addColumn('entity_id', t.id, notNull)
    .addPrimaryKeyConstraint('external_ids_pk', ['workspace_id', 'entity_type', 'source', 'external_id'])
    .execute();
  await db.schema.createIndex('import_failures_import_idx').on('import_failures').columns(['import_id', 'line']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('external_ids').execute();
  await db.schema.dropTable('import_failures').execute();
  await db.schema.dropTable('import_records').execute();
  await db.schema.dropTable('imports').execute();
}
