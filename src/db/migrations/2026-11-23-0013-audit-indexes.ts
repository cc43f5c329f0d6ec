import { sql, type Kysely } from 'kysely';
import { isPostgres } from './lib.js';

/**
 * Indexes for the audit screen: its keyset order (created_at desc, id desc) within a workspace,
 * which replaces the plain (workspace_id, created_at) index, and filtering by action, exact or by
 * prefix (`auth.`). PostgreSQL needs `text_pattern_ops` for a prefix LIKE under a non-C collation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_log_keyset_idx').on('audit_log').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.dropIndex('audit_log_workspace_time_idx').execute();
  if (isPostgres(db)) {
    await sql`CREATE INDEX audit_log_action_idx ON audit_log (workspace_id, action text_pattern_ops, created_at)`.execute(db);
  } else {
    await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['workspace_id', 'action', 'created_at']).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_idx').execute();
  await db.schema.createIndex('audit_log_workspace_time_idx').on('audit_log').columns(['workspace_id', 'created_at']).execute();
  await db.schema.dropIndex('audit_log_keyset_idx').execute();
}
