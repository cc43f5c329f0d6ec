import type { Kysely } from 'kysely';
import { types } from './lib.js';

/**
 * Outbox retries: an event whose subscriber failed waits until `next_attempt_at` before the
 * dispatcher tries it again, so one bad event neither spins nor blocks the events after it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema.alterTable('outbox_events').addColumn('next_attempt_at', t.time).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox_events').dropColumn('next_attempt_at').execute();
}
