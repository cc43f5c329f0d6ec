import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * `Idempotency-Key` on POST: the first answer to a (principal, key) pair is kept for 24 hours, so a
 * client that retries after a lost answer gets the same answer instead of a second record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('principal', 'text', notNull)
    .addColumn('key', 'text', notNull)
    .addColumn('fingerprint', 'text', notNull)
    .addColumn('status_code', 'integer')
    .addColumn('response_type', 'text')
    .addColumn('response_body', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('completed_at', t.time)
    .execute();
  await db.schema.createIndex('idempotency_keys_uq').on('idempotency_keys').columns(['principal', 'key']).unique().execute();
  await db.schema.createIndex('idempotency_keys_created_idx').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
