import { sql, type Kysely } from 'kysely';

/**
 * Contact–company links become versioned records: a `version` for optimistic locking and an
 * `updated_at`, so their changes go through history, audit and the outbox like any record's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contact_companies').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('contact_companies').addColumn('updated_at', 'text').execute();
  await sql`UPDATE contact_companies SET updated_at = CAST(created_at AS TEXT)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contact_companies').dropColumn('updated_at').execute();
  await db.schema.alterTable('contact_companies').dropColumn('version').execute();
}
