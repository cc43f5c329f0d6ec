import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { OidcLoginsTable, OidcProvidersTable } from './oidc.table.js';

export function listProviders(db: Executor, workspaceId: string) {
  return db.selectFrom('oidc_providers').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').orderBy('id').execute();
}

/** Enabled providers of every workspace (an install has one workspace; see decision 0028), for the sign-in page. */
export function listEnabledProviders(db: Executor) {
  return db.selectFrom('oidc_providers').select(['id', 'name']).where('enabled', '=', 1).orderBy('name').orderBy('id').limit(50).execute();
}

export function findProvider(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('oidc_providers').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** A provider by id alone: the sign-in routes learn the workspace from it. */
export function findProviderAnywhere(db: Executor, id: string) {
  return db.selectFrom('oidc_providers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProvider(db: Executor, row: Insertable<OidcProvidersTable>): Promise<void> {
  await db.insertInto('oidc_providers').values(row).execute();
}

/** Updates a provider at the version read; undefined when it moved on meanwhile. */
export function updateProviderVersioned(db: Executor, workspaceId: string, id: string, version: number, patch: Updateable<OidcProvidersTable>) {
  return db
    .updateTable('oidc_providers')
    .set({ ...patch, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteProvider(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('oidc_providers').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function insertLogin(db: Executor, row: Insertable<OidcLoginsTable>): Promise<void> {
  await db.insertInto('oidc_logins').values(row).execute();
}

/**
 * Uses up a started sign-in by its state hash: marks it used and answers it, or undefined when it
 * is unknown, used or expired. One statement, so two callbacks racing with one state get one win.
 */
export async function consumeLogin(db: Executor, stateHash: string, at: string) {
  return db
    .updateTable('oidc_logins')
    .set({ used_at: at })
    .where('state_hash', '=', stateHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes up to `limit` started sign-ins that expired before `before`. */
export async function deleteOldLogins(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('oidc_logins')
    .where('id', 'in', (eb) => eb.selectFrom('oidc_logins').select('id').where('expires_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every provider's stored client secret (for sealing plain ones at start). */
export function listClientSecrets(db: Executor) {
  return db.selectFrom('oidc_providers').select(['id', 'client_secret']).execute();
}

/** Replaces a stored client secret if it is still the one read (another process may have sealed it first). */
export async function setClientSecret(db: Executor, id: string, was: string, sealed: string): Promise<void> {
  await db.updateTable('oidc_providers').set({ client_secret: sealed }).where('id', '=', id).where('client_secret', '=', was).execute();
}
