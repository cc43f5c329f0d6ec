import { sql, type Transaction } from 'kysely';
import type { Database, Dialect, Executor } from '../../db/database.js';
import type { WorkspacesTable } from './workspaces.table.js';
import type { Insertable, Updateable } from 'kysely';

export async function countWorkspaces(db: Executor): Promise<number> {
  const row = await db.selectFrom('workspaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findWorkspace(db: Executor, id: string) {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWorkspace(db: Executor, row: Insertable<WorkspacesTable>) {
  return db.insertInto('workspaces').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Serializes first-run setup across processes: on PostgreSQL a transaction-scoped advisory lock;
 * SQLite already serializes write transactions (and `BEGIN IMMEDIATE` is not needed because the
 * check-then-insert happens after the lock the first write takes).
 */
export async function lockSetup(trx: Transaction<Database>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(7240001)`.execute(trx);
}

/** Every workspace's id and settings (deployment-wide jobs). */
export function listWorkspaceSettingsRows(db: Executor) {
  return db.selectFrom('workspaces').select(['id', 'settings']).orderBy('id').execute();
}

/** The oldest workspace: the one a single-tenant install has. */
export function firstWorkspace(db: Executor) {
  return db.selectFrom('workspaces').selectAll().orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
}

/** Updates only if the workspace still has `expectedVersion`; undefined when someone changed it first. */
export function updateWorkspaceVersioned(db: Executor, id: string, expectedVersion: number, patch: Updateable<WorkspacesTable>) {
  return db.updateTable('workspaces').set({ ...patch, version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).returningAll().executeTakeFirst();
}
