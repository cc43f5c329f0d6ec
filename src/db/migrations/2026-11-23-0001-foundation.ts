import { sql, type Kysely } from 'kysely';
import { isPostgres, notNull, types } from './lib.js';

/** Workspaces, departments, users, sessions, audit log, record history, outbox and jobs. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  const pg = isPostgres(db);

  await db.schema
    .createTable('workspaces')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('locale', 'text', notNull)
    .addColumn('time_zone', 'text', notNull)
    .addColumn('default_country', 'text', notNull)
    .addColumn('default_currency', 'text', notNull)
    .addColumn('settings', t.json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('parent_id', t.id, (c) => c.references('departments.id'))
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('departments_workspace_idx').on('departments').columns(['workspace_id', 'parent_id']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', notNull)
    .addColumn('department_id', t.id, (c) => c.references('departments.id'))
    .addColumn('locale', 'text', notNull)
    .addColumn('time_zone', 'text', notNull)
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', t.time)
    .addColumn('last_sign_in_at', t.time)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Sign-in is by email alone, so an email names one user across all workspaces.
  await db.schema.createIndex('users_email_uq').on('users').column('email').unique().execute();
  await db.schema.createIndex('users_workspace_idx').on('users').columns(['workspace_id', 'department_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', notNull)
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('last_seen_at', t.time, notNull)
    .addColumn('expires_at', t.time, notNull)
    .addColumn('revoked_at', t.time)
    .execute();
  await db.schema.createIndex('sessions_token_uq').on('sessions').column('token_hash').unique().execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['user_id', 'expires_at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('actor_id', t.id)
    .addColumn('action', 'text', notNull)
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('changes', t.json)
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('request_id', 'text')
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('audit_log_workspace_time_idx').on('audit_log').columns(['workspace_id', 'created_at']).execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['workspace_id', 'entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['workspace_id', 'actor_id', 'created_at']).execute();

  await db.schema
    .createTable('record_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'text', notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('data', t.json)
    .addColumn('actor_id', t.id)
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema
    .createIndex('record_versions_entity_uq')
    .on('record_versions')
    .columns(['workspace_id', 'entity_type', 'entity_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('outbox_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', notNull)
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('actor_id', t.id)
    .addColumn('payload', t.json)
    .addColumn('created_at', t.time, notNull)
    .addColumn('dispatched_at', t.time)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending_idx').on('outbox_events').columns(['dispatched_at', 'created_at']).execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', notNull)
    .addColumn('payload', t.json)
    .addColumn('status', 'text', notNull)
    .addColumn('run_at', t.time, notNull)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', t.time)
    .addColumn('last_error', 'text')
    .addColumn('unique_key', 'text')
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('finished_at', t.time)
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_unique_key_uq').on('jobs').column('unique_key').unique().execute();

  // The audit log is append-only at the database level too: no code path can rewrite history.
  if (pg) {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log`.execute(db);
    await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
  }
  for (const table of ['jobs', 'outbox_events', 'record_versions', 'audit_log', 'sessions', 'users', 'departments', 'workspaces']) {
    await db.schema.dropTable(table).execute();
  }
}
