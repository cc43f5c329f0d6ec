import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Access rights: editable roles, department heads, two-factor sign-in, personal API tokens,
 * one-time user tokens (invites, password resets, second-factor challenges), the access log
 * that feeds the exfiltration alarm, and in-app notifications.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);

  await db.schema
    .createTable('roles')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('description', 'text')
    .addColumn('is_builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('permissions', t.json, notNull)
    .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('roles_key_uq').on('roles').columns(['workspace_id', 'key']).unique().execute();

  await db.schema.alterTable('departments').addColumn('head_user_id', t.id).execute();

  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_enabled_at', t.time).execute();
  await db.schema.alterTable('users').addColumn('blocked_at', t.time).execute();
  await db.schema.alterTable('users').addColumn('blocked_reason', 'text').execute();

  await db.schema
    .createTable('user_tokens')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', notNull)
    .addColumn('token_hash', 'text', notNull)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', t.time, notNull)
    .addColumn('used_at', t.time)
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('user_tokens_hash_uq').on('user_tokens').column('token_hash').unique().execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('token_prefix', 'text', notNull)
    .addColumn('token_hash', 'text', notNull)
    .addColumn('scopes', t.json, notNull)
    .addColumn('expires_at', t.time)
    .addColumn('last_used_at', t.time)
    .addColumn('revoked_at', t.time)
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('api_tokens_hash_uq').on('api_tokens').column('token_hash').unique().execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').columns(['workspace_id', 'user_id']).execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'text')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('access_log_user_time_idx').on('access_log').columns(['workspace_id', 'user_id', 'kind', 'created_at']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('type', 'text', notNull)
    .addColumn('data', t.json, notNull)
    .addColumn('read_at', t.time)
    .addColumn('created_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'read_at', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['notifications', 'access_log', 'api_tokens', 'user_tokens']) await db.schema.dropTable(table).execute();
  for (const column of ['blocked_reason', 'blocked_at', 'totp_enabled_at', 'totp_secret']) await db.schema.alterTable('users').dropColumn(column).execute();
  await db.schema.alterTable('departments').dropColumn('head_user_id').execute();
  await db.schema.dropTable('roles').execute();
}
