import { sql, type Kysely } from 'kysely';

/**
 * The board's counts and sums (per stage and currency over a whole pipeline, PERFORMANCE.md "Sales")
 * read every live deal of the pipeline. With the currency, the owner (visibility) and the amount in
 * the index they are counted from the index alone, without a visit to each row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('deals_board_totals_idx').on('deals')
    .columns(['workspace_id', 'pipeline_id', 'stage_id', 'currency', 'owner_id', 'amount', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deals_board_totals_idx').execute();
}
