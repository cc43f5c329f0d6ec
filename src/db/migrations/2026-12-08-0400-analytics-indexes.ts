import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the analytics widgets grouped in SQL (decision 0036), where the plans showed scans:
 * activities done in a period (manager activity, time to resolve) by `done_at`, holding the columns
 * they group by so the range is read from the index alone; and each deal's activities in time order
 * (the response time's first activity after the deal's creation).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('activities_done_idx').on('activities').columns(['workspace_id', 'done_at', 'owner_id', 'kind', 'status'])
    .where((eb) => eb.and([eb(sql.ref('deleted_at'), 'is', null), eb(sql.ref('done_at'), 'is not', null)]))
    .execute();
  await db.schema.createIndex('activities_deal_created_idx').on('activities').columns(['deal_id', 'created_at'])
    .where((eb) => eb.and([eb(sql.ref('deleted_at'), 'is', null), eb(sql.ref('deal_id'), 'is not', null)]))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('activities_done_idx').execute();
  await db.schema.dropIndex('activities_deal_created_idx').execute();
}
