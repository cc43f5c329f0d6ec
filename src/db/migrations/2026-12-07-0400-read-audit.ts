import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * What leaves, counted and kept (decision 0024).
 * - `access_hour_counters`: one row per user, kind and clock hour, bumped in place like
 *   `access_counters` (per minute), so a daily volume sums at most 24 rows.
 * - `read_log`: one row per request that served records (list page, search, card, history,
 *   timeline, export): who, when, the kind of path, the type, rows and weighted units, the record id
 *   for a card / history / timeline and a filter summary for lists and exports. Kept a configurable
 *   number of days.
 * - `refused_attempts`: refused requests (403, 404 on a record that exists but is hidden), one row per
 *   user, route and minute with a count bumped in place, so a scan cannot flood anything.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('access_hour_counters')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', notNull)
    .addColumn('hour', t.time, notNull)
    .addColumn('count', 'integer', notNull)
    .addPrimaryKeyConstraint('access_hour_counters_pk', ['workspace_id', 'user_id', 'kind', 'hour'])
    .execute();
  await db.schema.createIndex('access_hour_counters_hour_idx').on('access_hour_counters').column('hour').execute();

  await db.schema
    .createTable('read_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('path', 'text', notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'text')
    .addColumn('rows', 'integer', notNull)
    .addColumn('units', 'integer', notNull)
    .addColumn('detail', t.json)
    .addColumn('via_token', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('read_log_user_idx').on('read_log').columns(['workspace_id', 'user_id', 'created_at']).execute();
  await db.schema.createIndex('read_log_entity_idx').on('read_log').columns(['workspace_id', 'entity_id', 'created_at']).execute();
  await db.schema.createIndex('read_log_time_idx').on('read_log').column('created_at').execute();

  await db.schema
    .createTable('refused_attempts')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('route', 'text', notNull)
    .addColumn('minute', t.time, notNull)
    .addColumn('status', 'integer', notNull)
    .addColumn('entity_type', 'text')
    .addColumn('last_entity_id', 'text')
    .addColumn('count', 'integer', notNull)
    .addPrimaryKeyConstraint('refused_attempts_pk', ['workspace_id', 'user_id', 'route', 'minute'])
    .execute();
  await db.schema.createIndex('refused_attempts_time_idx').on('refused_attempts').columns(['workspace_id', 'minute']).execute();
  await db.schema.createIndex('refused_attempts_minute_idx').on('refused_attempts').column('minute').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('refused_attempts').execute();
  await db.schema.dropTable('read_log').execute();
  await db.schema.dropTable('access_hour_counters').execute();
}
