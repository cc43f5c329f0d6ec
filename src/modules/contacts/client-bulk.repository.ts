import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { isPostgres, type ClientKind, type ClientRow, type ClientTable } from './client-kind.js';
import type { listConditions } from '../records/records.service.js';
import { scopedRecords as scopedClients } from '../records/records.service.js';

/**
 * The SQL of bulk actions and transfers done in chunks: which records the next chunk takes, and
 * one multi-row UPDATE for a chunk whose records all get the same change.
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

export type ListCondition = Awaited<ReturnType<typeof listConditions>>[number];

/** Which records a bulk action works on: named ids, or every record a list filter matches (up to the newest id seen when it started). */
export type ChunkSelection = { ids: readonly string[] } | { conditions: readonly ListCondition[]; afterId: string | null; upToId: string };

function matching(db: Executor, kind: ClientKind, actor: Actor, action: Action, selection: ChunkSelection) {
  const t = kind.table;
  let query = scopedClients(db, kind, actor, action).where(`${t}.deleted_at`, 'is', null);
  if ('ids' in selection) return query.where(`${t}.id`, 'in', [...selection.ids]);
  for (const condition of selection.conditions) query = query.where(condition);
  query = query.where(`${t}.id`, '<=', selection.upToId);
  return selection.afterId ? query.where(`${t}.id`, '>', selection.afterId) : query;
}

/**
 * Live records of the selection within the actor's reach for `action`, in id order, at most
 * `limit`. On PostgreSQL they stay locked until the chunk's transaction ends, so the chunk's
 * UPDATE changes exactly the rows it read (SQLite has one writer at a time anyway).
 */
export async function selectBulkChunk(db: Executor, kind: ClientKind, actor: Actor, action: Action, selection: ChunkSelection, limit: number): Promise<ClientRow[]> {
  let query = matching(db, kind, actor, action, selection).selectAll(kind.table).orderBy(`${kind.table}.id`).limit(limit);
  if (isPostgres(db)) query = query.forUpdate();
  return (await query.execute()) as ClientRow[];
}

/** How many records a filter selection matches now, and the newest id among them (the job stops there). */
export async function measureSelection(db: Executor, kind: ClientKind, actor: Actor, action: Action, conditions: readonly ListCondition[]): Promise<{ total: number; upToId: string | null }> {
  let query = scopedClients(db, kind, actor, action).where(`${kind.table}.deleted_at`, 'is', null);
  for (const condition of conditions) query = query.where(condition);
  const row = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  // Not max(id): PostgreSQL before 17 has no max() over uuid; the primary key index answers this at once.
  const top = await query.select(`${kind.table}.id as id`).orderBy(`${kind.table}.id`, 'desc').limit(1).executeTakeFirst();
  return { total: Number(row.n), upToId: top ? String(top.id) : null };
}

/**
 * Applies one patch to many records of the workspace in one statement, bumping each version;
 * answers the rows as written. Callers read (and on PostgreSQL locked) the rows in the same transaction.
 */
export async function updateClientsTogether(db: Executor, table: ClientTable, workspaceId: string, ids: readonly string[], patch: Record<string, unknown>): Promise<ClientRow[]> {
  if (ids.length === 0) return [];
  return (await untyped(db)
    .updateTable(table)
    .set({ ...patch, version: sql`version + 1` })
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...ids])
    .returningAll()
    .execute()) as ClientRow[];
}

/** Up to `limit` records (live or in the trash) one user owns, in id order; locked on PostgreSQL until the transaction ends. */
export async function ownedChunk(db: Executor, table: ClientTable, workspaceId: string, ownerId: string, limit: number): Promise<ClientRow[]> {
  let query = untyped(db).selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).where('owner_id', '=', ownerId).orderBy('id').limit(limit);
  if (isPostgres(db)) query = query.forUpdate();
  return (await query.execute()) as ClientRow[];
}

/** How many records (live or in the trash) one user owns. */
export async function countOwned(db: Executor, table: ClientTable, workspaceId: string, ownerId: string): Promise<number> {
  const row = await untyped(db).selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).where('owner_id', '=', ownerId).executeTakeFirstOrThrow();
  return Number(row.n);
}
