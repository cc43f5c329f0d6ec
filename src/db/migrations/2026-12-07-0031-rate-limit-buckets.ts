import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Request counters of the rate limits (sign-in, setup, accept-invite, two-factor) in the database,
 * so N processes on one PostgreSQL share them instead of each allowing the limit on its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('rate_limit_buckets')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', notNull)
    .addColumn('expires_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('rate_limit_buckets_expires_idx').on('rate_limit_buckets').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_buckets').execute();
}
