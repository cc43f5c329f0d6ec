import { sql, type Kysely } from 'kysely';

/**
 * An index for every standard filter column of the contact and company lists that had none, so an
 * exact filter (a last name, an industry, a birthday) is an index look-up, not a walk of the table
 * (`last_name` exact took 2.2 s at 1M contacts). Each index holds live records with a value only
 * (`deleted_at IS NULL AND col IS NOT NULL`): a comparison implies the value is there, so both
 * databases use them, and sparse columns (middle name, website, industry) cost little. The page's
 * order is then sorted from the matches. `notes` gets none: nobody matches a note exactly, and a
 * B-tree cannot serve `contains`. They lead with the column, not `workspace_id` like the sort
 * indexes: an exact value is selective on its own, the query still checks the workspace on the
 * row, and on SQLite a text workspace id in every entry would cost 37 bytes per record per index
 * (about 260 MB over these seven at a million contacts).
 */
const COLUMNS: Record<'contacts' | 'companies', string[]> = {
  contacts: ['first_name', 'middle_name', 'last_name', 'display_name', 'position', 'birthday', 'source', 'website'],
  companies: ['name', 'legal_name', 'tax_id', 'industry', 'size', 'source', 'website'],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns) {
      await db.schema
        .createIndex(`${table}_${column}_filter_idx`)
        .on(table)
        .column(column)
        .where(sql<boolean>`deleted_at IS NULL AND ${sql.ref(column)} IS NOT NULL`)
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns) await db.schema.dropIndex(`${table}_${column}_filter_idx`).execute();
  }
}
