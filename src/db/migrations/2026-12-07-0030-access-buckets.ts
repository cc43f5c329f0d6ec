import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * The exfiltration alarm's counters in constant time. `access_counters`: one row per user, kind
 * (`view`, `export`) and minute, bumped in place (`count = count + n`); the alarm sums the last 60
 * rows. `access_views`: one row per user, card and hour, inserted only if absent, so a card opened
 * again within the hour costs no count (and no row); it is also the record of which cards a person
 * opened, kept a week like the access log (which now holds exports only).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('access_counters')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', notNull)
    .addColumn('minute', t.time, notNull)
    .addColumn('count', 'integer', notNull)
    .addPrimaryKeyConstraint('access_counters_pk', ['workspace_id', 'user_id', 'kind', 'minute'])
    .execute();
  await db.schema.createIndex('access_counters_minute_idx').on('access_counters').column('minute').execute();

  await db.schema
    .createTable('access_views')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('hour', t.time, notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'text', notNull)
    .addPrimaryKeyConstraint('access_views_pk', ['workspace_id', 'user_id', 'hour', 'entity_id'])
    .execute();
  await db.schema.createIndex('access_views_hour_idx').on('access_views').column('hour').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('access_views').execute();
  await db.schema.dropTable('access_counters').execute();
}
