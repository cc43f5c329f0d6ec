import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Notification delivery, escalation and calendar feeds (decision 0026).
 * - `notification_settings`: one row per user and notification type that has an email choice
 *   (in-app is always on); a missing row means the type's default.
 * - `escalation_settings`: one row per workspace: the rule "a new request not handled within N
 *   business minutes notifies the owner, then the owner's department head".
 * - `escalations`: one row per (subject, level); the unique key makes each level fire once even
 *   when several processes scan at the same time.
 * - `calendar_feeds`: a user's secret ICS address, kept as a SHA-256 hash only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('notification_settings')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('type', 'text', notNull)
    .addColumn('email', 'integer', notNull)
    .addPrimaryKeyConstraint('notification_settings_pk', ['user_id', 'type'])
    .execute();

  await db.schema
    .createTable('escalation_settings')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', notNull)
    .addColumn('minutes', 'integer', notNull)
    .addColumn('weekdays', t.json, notNull)
    .addColumn('day_from', 'text', notNull)
    .addColumn('day_to', 'text', notNull)
    .addColumn('time_zone', 'text', notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();

  await db.schema
    .createTable('escalations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('subject_type', 'text', notNull)
    .addColumn('subject_id', t.id, notNull)
    .addColumn('level', 'integer', notNull)
    .addColumn('module', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('notified_user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pipeline_id', t.id)
    .addColumn('started_at', t.time, notNull)
    .addColumn('due_at', t.time, notNull)
    .addColumn('escalated_at', t.time, notNull)
    .addColumn('resolved_at', t.time)
    .addUniqueConstraint('escalations_subject_level_key', ['subject_type', 'subject_id', 'level'])
    .execute();
  await db.schema.createIndex('escalations_open_idx').on('escalations').columns(['workspace_id', 'resolved_at', 'escalated_at']).execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.time, notNull)
    .addColumn('last_used_at', t.time)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['calendar_feeds', 'escalations', 'escalation_settings', 'notification_settings']) await db.schema.dropTable(table).execute();
}
