import type { Kysely } from 'kysely';

/**
 * Custom fields can be marked filterable: the app then keeps an expression index on the field's
 * value in the record table (created when the flag is set, see custom-field-index.ts), so a filter
 * or sort on it walks an index instead of reading every record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('custom_fields').addColumn('filterable', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('custom_fields').dropColumn('filterable').execute();
}
