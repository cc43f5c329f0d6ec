import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Sign-in over OpenID Connect (decision 0028). The rest of the sign-in policy lives in the
 * workspace's settings JSON and needs no column.
 * - `oidc_providers`: an OpenID provider an administrator set up for the workspace (issuer, client,
 *   allowed email domains, whether unknown people get an account and with which role, whether the
 *   provider's own second factor stands for ours).
 * - `oidc_logins`: one started sign-in: the hash of its `state`, the hash of the browser's binding
 *   cookie, the nonce and the PKCE verifier; short-lived and used at most once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  await db.schema
    .createTable('oidc_providers')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('issuer', 'text', notNull)
    .addColumn('client_id', 'text', notNull)
    .addColumn('client_secret', 'text', notNull)
    .addColumn('allowed_domains', t.json, notNull)
    .addColumn('auto_create_users', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('default_role', 'text')
    .addColumn('trusted_mfa', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('version', 'integer', notNull)
    .execute();
  await db.schema.createIndex('oidc_providers_workspace_idx').on('oidc_providers').columns(['workspace_id', 'name']).execute();

  await db.schema
    .createTable('oidc_logins')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('provider_id', t.id, (c) => c.notNull().references('oidc_providers.id').onDelete('cascade'))
    .addColumn('state_hash', 'text', (c) => c.notNull().unique())
    .addColumn('browser_hash', 'text', notNull)
    .addColumn('nonce', 'text', notNull)
    .addColumn('code_verifier', 'text', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('expires_at', t.time, notNull)
    .addColumn('used_at', t.time)
    .execute();
  await db.schema.createIndex('oidc_logins_expires_idx').on('oidc_logins').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_logins').execute();
  await db.schema.dropTable('oidc_providers').execute();
}
