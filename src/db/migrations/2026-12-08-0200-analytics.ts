import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Analytics (decision 0030): per-source monthly costs, dashboards (with a default per role) and
 * saved reports.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);

  await db.schema.createTable('source_costs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source', 'text', notNull)
    // YYYY-MM, a month of the workspace's time zone.
    .addColumn('month', 'text', notNull)
    .addColumn('amount', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('source_costs_month_idx').on('source_costs').columns(['workspace_id', 'month', 'source']).unique().execute();

  await db.schema.createTable('dashboards')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('shared', t.json, notNull)
    .addColumn('widgets', t.json, notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('dashboards_owner_idx').on('dashboards').columns(['workspace_id', 'owner_id']).execute();

  await db.schema.createTable('role_dashboards')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('role_id', t.id, (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('dashboard_id', t.id, (c) => c.notNull().references('dashboards.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('role_dashboards_role_idx').on('role_dashboards').columns(['workspace_id', 'role_id']).unique().execute();

  await db.schema.createTable('saved_reports')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('definition', t.json, notNull)
    .addColumn('shared', t.json, notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('saved_reports_owner_idx').on('saved_reports').columns(['workspace_id', 'owner_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['saved_reports', 'role_dashboards', 'dashboards', 'source_costs']) await db.schema.dropTable(table).execute();
}
