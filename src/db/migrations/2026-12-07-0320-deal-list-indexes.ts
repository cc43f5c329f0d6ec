import { sql, type Kysely } from 'kysely';

/**
 * The deal and product lists' paths as the plan test (test/list-plans.test.ts) finds them: each
 * filter column an index on its live values (as 2026-12-07-0031 did for contacts and companies),
 * the board order and the last activity as sort indexes, open deals by name, and the name index of deals with the
 * activity columns after the name, so "no activity for N days" walks it in name order (as
 * 2026-12-07-0200 did for contacts and companies).
 */
const FILTERS: Record<'deals' | 'products', string[]> = {
  deals: ['title', 'currency', 'lost_at', 'closed_at', 'lost_reason_id', 'source'],
  products: ['name', 'unit', 'tax_rate'],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(FILTERS)) {
    for (const column of columns) {
      await db.schema.createIndex(`${table}_${column}_filter_idx`).on(table).column(column)
        .where(sql<boolean>`deleted_at IS NULL AND ${sql.ref(column)} IS NOT NULL`).execute();
    }
  }
  const live = (name: string, columns: string[]) => db.schema.createIndex(name).on('deals').columns(columns).where(sql.ref('deleted_at'), 'is', null).execute();
  await live('deals_position_idx', ['workspace_id', 'board_position', 'id']);
  await live('deals_activity_idx', ['workspace_id', 'last_activity_at', 'id']);
  // Open deals (`status=open`: not closed) in name order, and their count.
  await live('deals_open_idx', ['workspace_id', 'closed_at', 'sort_name', 'id']);
  await db.schema.dropIndex('deals_name_idx').execute();
  await live('deals_sort_name_idx', ['workspace_id', 'sort_name', 'id', 'last_activity_at', 'created_at']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(FILTERS)) {
    for (const column of columns) await db.schema.dropIndex(`${table}_${column}_filter_idx`).execute();
  }
  for (const name of ['deals_position_idx', 'deals_activity_idx', 'deals_open_idx', 'deals_sort_name_idx']) await db.schema.dropIndex(name).execute();
  await db.schema.createIndex('deals_name_idx').on('deals').columns(['workspace_id', 'sort_name', 'id']).where(sql.ref('deleted_at'), 'is', null).execute();
}
