import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Field rights and sharing one record (decision 0027).
 * - `roles.field_rights`: JSON `{ <entity type>: { <field>: "masked" | "read_only" | "hidden" } }`;
 *   null (every existing role) shows every field.
 * - `record_shares`: a record shared with a colleague as an observer (`view`) or co-owner (`edit`).
 *   One row per record and user. The visibility helper asks `record_shares_user_idx` for the ids of
 *   a user's shared records of one type at the levels that grant the action (a covering index);
 *   the card's "Shared with" reads the primary key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema.alterTable('roles').addColumn('field_rights', t.json).execute();
  await db.schema
    .createTable('record_shares')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('subject_type', 'text', notNull)
    .addColumn('subject_id', t.id, notNull)
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('level', 'text', notNull)
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.time, notNull)
    .addPrimaryKeyConstraint('record_shares_pk', ['workspace_id', 'subject_type', 'subject_id', 'user_id'])
    .execute();
  await db.schema.createIndex('record_shares_user_idx').on('record_shares')
    .columns(['workspace_id', 'user_id', 'subject_type', 'level', 'subject_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('record_shares').execute();
  await db.schema.alterTable('roles').dropColumn('field_rights').execute();
}
