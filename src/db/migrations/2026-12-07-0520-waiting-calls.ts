import { sql, type Kysely } from 'kysely';

/**
 * Escalation watches planned calls past their due time, workspace-wide, every scan: a partial index
 * holds only those (most activities are done), so the scan never walks the history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('activities_waiting_calls_idx').on('activities').columns(['workspace_id', 'due_at', 'id'])
    .where((eb) => eb.and([eb(sql.ref('kind'), '=', sql.lit('call')), eb(sql.ref('status'), '=', sql.lit('planned')), eb(sql.ref('deleted_at'), 'is', null)]))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('activities_waiting_calls_idx').execute();
}
