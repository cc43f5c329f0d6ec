import type { Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { ClientKind, ClientRow, ClientTable } from './client-kind.js';

/**
 * The SQL over the contacts and companies tables that both share (find, write, trash, transfer).
 * One builder serves both tables, so it speaks to Kysely untyped; the signatures are typed.
 */
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** The records of a kind the actor's scope for `action` reaches, nothing selected yet (counts). */
export function scopedClients(db: Executor, kind: ClientKind, actor: Actor, action: Action = 'view') {
  return untyped(db).selectFrom(kind.table).where(visibleTo(actor, kind.module, kind.table, action));
}

/** The records of a kind the actor's scope for `action` reaches, with the owner's name and department. */
export function selectClients(db: Executor, kind: ClientKind, actor: Actor, action: Action = 'view') {
  const t = kind.table;
  return scopedClients(db, kind, actor, action)
    .innerJoin('users as owner', 'owner.id', `${t}.owner_id`)
    .selectAll(t)
    .select(['owner.name as owner_name', 'owner.department_id as owner_department_id']);
}

/** One record in the actor's scope for `action`; deleted ones only with `withDeleted`. */
export async function findClient(db: Executor, kind: ClientKind, actor: Actor, id: string, options: { action?: Action; withDeleted?: boolean } = {}): Promise<ClientRow | undefined> {
  let query = selectClients(db, kind, actor, options.action ?? 'view').where(`${kind.table}.id`, '=', id);
  if (!options.withDeleted) query = query.where(`${kind.table}.deleted_at`, 'is', null);
  return (await query.executeTakeFirst()) as ClientRow | undefined;
}

/** A record by id in the workspace, deleted or not, without the actor's scope (reindexing, merge). */
export async function findClientRow(db: Executor, table: ClientTable, workspaceId: string, id: string): Promise<ClientRow | undefined> {
  return (await untyped(db).selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()) as ClientRow | undefined;
}

/** Inserts a record row and returns it as stored. */
export async function insertClient(db: Executor, table: ClientTable, row: Record<string, unknown>): Promise<ClientRow> {
  return (await untyped(db).insertInto(table).values(row).returningAll().executeTakeFirstOrThrow()) as ClientRow;
}

/** Writes only if the record still has `expectedVersion`; undefined when someone changed it first. */
export async function updateClientVersioned(db: Executor, table: ClientTable, workspaceId: string, id: string, expectedVersion: number, patch: Record<string, unknown>): Promise<ClientRow | undefined> {
  return (await updateVersioned(db, table, workspaceId, id, expectedVersion, patch as never)) as ClientRow | undefined;
}

/** Live records among `ids` the actor's scope for `action` reaches (bulk actions). */
export async function findClientsForBulk(db: Executor, kind: ClientKind, actor: Actor, ids: string[], action: Action): Promise<ClientRow[]> {
  return (await selectClients(db, kind, actor, action)
    .where(`${kind.table}.id`, 'in', ids)
    .where(`${kind.table}.deleted_at`, 'is', null)
    .execute()) as ClientRow[];
}

/** Records a person deleted (not merged away) that the actor can see, most recently deleted first. */
export async function listDeletedClients(db: Executor, kind: ClientKind, actor: Actor, limit: number): Promise<ClientRow[]> {
  return (await selectClients(db, kind, actor)
    .where(`${kind.table}.deleted_at`, 'is not', null)
    .where(`${kind.table}.merged_into_id`, 'is', null)
    .orderBy(`${kind.table}.deleted_at`, 'desc')
    .limit(limit)
    .execute()) as ClientRow[];
}

/** Ids of records deleted (or merged away) before `before`, for the purge job. */
export async function deletedClientIdsBefore(db: Executor, table: ClientTable, workspaceId: string, before: string, limit: number): Promise<string[]> {
  const rows = await untyped(db)
    .selectFrom(table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', '<', before)
    .orderBy('deleted_at')
    .limit(limit)
    .execute();
  return rows.map((r) => String(r.id));
}

/** Every record (live or in the trash) one user owns. */
export async function clientsOwnedBy(db: Executor, table: ClientTable, workspaceId: string, ownerId: string): Promise<ClientRow[]> {
  return (await untyped(db).selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).where('owner_id', '=', ownerId).orderBy('id').execute()) as ClientRow[];
}

/** Deletes a trashed record's row; its links go with it (foreign keys cascade). */
export async function deleteClientRow(db: Executor, table: ClientTable, workspaceId: string, id: string): Promise<boolean> {
  const result = await untyped(db).deleteFrom(table).where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
