import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Progress of long jobs a person started (bulk actions, ownership transfer): how far the job got,
 * where it resumes after a crash, and its result. Kept apart from `jobs` because housekeeping
 * deletes done jobs while the person may still open the result.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('job_progress')
    .addColumn('job_id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', notNull)
    .addColumn('state', 'text', notNull)
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cursor', 'text')
    .addColumn('result', t.json)
    .addColumn('error', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('finished_at', t.time)
    .execute();
  await db.schema.createIndex('job_progress_user_idx').on('job_progress').columns(['workspace_id', 'user_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_progress').execute();
}
