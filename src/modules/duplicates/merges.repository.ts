import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned, type WorkspaceVersionedTable } from '../../db/versioned.js';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { ContactCompaniesTable } from '../contacts/contacts.table.js';
import type { DuplicateKind } from './duplicate-kinds.js';
import type { MergesTable } from './merges.table.js';

/**
 * The SQL of merges and their undo. Besides the merges table it writes, by exception (decision
 * 0007), the rows a merge moves and puts back by id: the records' own rows, their company links,
 * timeline items and attachments. Everything else goes through the owning modules' services.
 */

export type MergeRow = Selectable<MergesTable>;
export type LinkRow = Selectable<ContactCompaniesTable>;
/** The tables whose rows follow a merged record to the survivor. */
export type SubjectTable = 'timeline_items' | 'attachments';

// One builder serves both record tables; Kysely cannot be generic over them.
const untyped = (db: Executor) => db as unknown as Kysely<any>;

/** A record's row as stored (deleted or not), for the merge's snapshot. */
export async function recordRow(db: Executor, kind: DuplicateKind, workspaceId: string, id: string): Promise<Record<string, unknown> | undefined> {
  return untyped(db).selectFrom(kind.table).selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Writes a record's columns if it still has `expectedVersion`; undefined when it changed. */
export async function writeRecord(db: Executor, kind: DuplicateKind, workspaceId: string, id: string, expectedVersion: number, columns: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  return (await updateVersioned(db, kind.table as WorkspaceVersionedTable, workspaceId, id, expectedVersion, columns as never)) as Record<string, unknown> | undefined;
}

/** Link rows of the records, by the column naming the kind's side of the link; none when the kind has no links. */
export async function linksOf(db: Executor, kind: DuplicateKind, workspaceId: string, ids: string[]): Promise<LinkRow[]> {
  if (!kind.links || ids.length === 0) return [];
  return db
    .selectFrom(kind.links.table)
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(kind.links.own, 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Points a link's side of the kind at another record. */
export async function relink(db: Executor, kind: DuplicateKind, linkId: string, to: string): Promise<void> {
  if (!kind.links) return;
  await db.updateTable(kind.links.table).set({ [kind.links.own]: to }).where('id', '=', linkId).execute();
}

/** Removes a link a merge found twice (kept in the snapshot). */
export async function deleteLink(db: Executor, kind: DuplicateKind, linkId: string): Promise<void> {
  if (kind.links) await db.deleteFrom(kind.links.table).where('id', '=', linkId).execute();
}

/** Puts a dropped link back as it was (undo). */
export async function insertLink(db: Executor, kind: DuplicateKind, row: Insertable<ContactCompaniesTable>): Promise<void> {
  if (kind.links) await db.insertInto(kind.links.table).values(row).execute();
}

/** Ids of the timeline items or attachments of records, with the record each belongs to. */
export function subjectRows(db: Executor, table: SubjectTable, workspaceId: string, subjectType: string, subjectIds: string[]): Promise<Array<{ id: string; subject_id: string }>> {
  return db
    .selectFrom(table)
    .select(['id', 'subject_id'])
    .where('workspace_id', '=', workspaceId)
    .where('subject_type', '=', subjectType)
    .where('subject_id', 'in', subjectIds)
    .orderBy('id')
    .execute();
}

/** Hands rows of a timeline or attachment list to another subject. */
export async function moveSubjectRows(db: Executor, table: SubjectTable, workspaceId: string, ids: string[], to: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable(table).set({ subject_id: to }).where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
}

/** Records a merge with its snapshot. */
export async function insertMerge(db: Executor, row: Insertable<MergesTable>): Promise<MergeRow> {
  return db.insertInto('merges').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A merge of the workspace, undone or not. */
export function findMerge(db: Executor, workspaceId: string, id: string): Promise<MergeRow | undefined> {
  return db.selectFrom('merges').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Marks a merge undone unless someone did it first; false then. */
export async function markUndone(db: Executor, workspaceId: string, id: string, at: string, by: string | null): Promise<boolean> {
  const result = await db.updateTable('merges').set({ undone_at: at, undone_by: by }).where('workspace_id', '=', workspaceId).where('id', '=', id).where('undone_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type MergeListRow = MergeRow & { actor_name: string | null; survivor_version: number };

/** Recent merges into records of a kind the actor can see, newest first (one merge by `id`). */
export async function listMerges(db: Executor, actor: Actor, kind: DuplicateKind, filter: { survivorId?: string; id?: string }, limit: number): Promise<MergeListRow[]> {
  let query = untyped(db)
    .selectFrom('merges as m')
    .innerJoin(`${kind.table} as r`, 'r.id', 'm.survivor_id')
    .leftJoin('users as u', 'u.id', 'm.actor_id')
    .selectAll('m')
    .select(['u.name as actor_name', 'r.version as survivor_version'])
    .where('m.workspace_id', '=', actor.workspaceId)
    .where('m.entity_type', '=', kind.entityType)
    .where(visibleTo(actor, kind.module, 'r'));
  if (filter.survivorId) query = query.where('m.survivor_id', '=', filter.survivorId);
  if (filter.id) query = query.where('m.id', '=', filter.id);
  return (await query.orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(limit).execute()) as MergeListRow[];
}

/** The survivor a record was merged into, or null (also for a record that does not exist). */
export async function mergedIntoOf(db: Executor, kind: DuplicateKind, id: string): Promise<string | null> {
  const row = await untyped(db).selectFrom(kind.table).select('merged_into_id').where('id', '=', id).executeTakeFirst();
  return (row?.merged_into_id as string | null | undefined) ?? null;
}
