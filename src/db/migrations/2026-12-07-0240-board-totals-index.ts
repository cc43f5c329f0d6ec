import { sql, type Kysely } from 'kysely';

/**
 * The board's counts and sums (per stage and currency over a whole pipeline, PERFORMANCE.md "Sales")
 * read every live deal of the pipeline the viewer may see. With the currency, the owner (visibility)
 * and the amount in an index they are counted from the index alone, without a visit to each row:
 * in stage order for a viewer who sees everything, and by owner first for one who sees their own or
 * their department's deals (otherwise the owner index wins and visits each of the owner's deals).
 * `deleted_at` is in the columns too: SQLite does not count a partial index's condition as covered.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('deals_board_totals_idx').on('deals')
    .columns(['workspace_id', 'pipeline_id', 'stage_id', 'currency', 'owner_id', 'amount', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema.createIndex('deals_board_owner_totals_idx').on('deals')
    .columns(['workspace_id', 'pipeline_id', 'owner_id', 'stage_id', 'currency', 'amount', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deals_board_owner_totals_idx').execute();
  await db.schema.dropIndex('deals_board_totals_idx').execute();
}
