import type { Kysely } from 'kysely';
import { types } from './lib.js';

/**
 * Rights per pipeline: a role's deal rights can be narrowed to some pipelines. `deal_pipeline_ids`
 * is a JSON list of pipeline ids; null (every existing role) means all pipelines.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('roles').addColumn('deal_pipeline_ids', types(db).json).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('roles').dropColumn('deal_pipeline_ids').execute();
}
