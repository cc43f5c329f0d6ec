import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { visibleTo } from '../../platform/access/visibility.js';
import type { RecordColumns, RecordRow } from '../../platform/records/record-columns.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { isPostgres } from '../../db/dialect.js';

/**
 * The SQL every record table shares (find, write, trash, transfer). A table is named by its type,
 * so Kysely sees a database of record tables with the shared columns (`RecordColumns`), joined to
 * users for the owner's name; the type's own columns ride along in `selectAll`.
 */
interface RecordDb {
  [table: string]: RecordColumns;
}
/** What the finders need of a type: its table and the permission module of its visibility. */
export type RecordTableRef = Pick<RecordType, 'table' | 'module' | 'entityType'>;

const records = (db: Executor) => db as unknown as Kysely<RecordDb>;

/** The records of a type the actor's scope for `action` reaches, nothing selected yet (counts). */
export function scopedRecords(db: Executor, type: RecordTableRef, actor: Actor, action: Action = 'view') {
  return records(db).selectFrom(type.table).where(visibleTo(actor, type.module, type.table, action));
}

/** The records of a type the actor's scope for `action` reaches, with the owner's name and department. */
export function selectRecords(db: Executor, type: RecordTableRef, actor: Actor, action: Action = 'view') {
  const t = type.table;
  return scopedRecords(db, type, actor, action)
    // CROSS JOIN keeps the owner inside the record loop on SQLite: given a few users it would otherwise
    // walk the users and each one's records through the owner index, then sort the lot.
    .crossJoin('users as owner')
    .whereRef(sql.ref('owner.id') as never, '=', `${t}.owner_id`)
    .selectAll(t)
    .select([sql<string>`owner.name`.as('owner_name'), sql<string | null>`owner.department_id`.as('owner_department_id')]);
}

/**
 * `selectRecords` of the records carrying `tag`, starting from the tag's rows (`kt_tag`), which
 * keep a copy of the record's `sort_name`: a list in name order walks `record_tags_sort_idx` and
 * fetches each record by id. CROSS JOIN fixes that order on SQLite.
 */
export function selectTaggedRecords(db: Executor, type: RecordTableRef, actor: Actor, tag: string, action: Action = 'view') {
  const t = type.table;
  return records(db).selectFrom('record_tags as kt_tag')
    .crossJoin(t)
    .crossJoin('users as owner')
    .where(sql<boolean>`kt_tag.workspace_id = ${actor.workspaceId} AND kt_tag.entity_type = ${type.entityType} AND kt_tag.tag = ${tag}`)
    .whereRef(sql.ref(`${t}.id`) as never, '=', sql.ref('kt_tag.entity_id') as never)
    .where(visibleTo(actor, type.module, t, action))
    .whereRef(sql.ref('owner.id') as never, '=', `${t}.owner_id`)
    .selectAll(t)
    .select([sql<string>`owner.name`.as('owner_name'), sql<string | null>`owner.department_id`.as('owner_department_id')]);
}

/**
 * One record in the actor's scope for `action`; deleted ones only with `withDeleted`. When records
 * of the type are shared with the actor, the row carries their share level (`share_level`), which
 * `canReach` reads for the abilities and the edit check.
 */
export async function findRecord(db: Executor, type: RecordTableRef, actor: Actor, id: string, options: { action?: Action; withDeleted?: boolean } = {}): Promise<RecordRow | undefined> {
  let query = selectRecords(db, type, actor, options.action ?? 'view').where(`${type.table}.id`, '=', id);
  if (actor.userId !== null && actor.sharedTypes?.includes(type.entityType)) {
    query = query.select(sql<string | null>`(SELECT s.level FROM record_shares s WHERE s.workspace_id = ${actor.workspaceId} AND s.user_id = ${actor.userId}
      AND s.subject_type = ${type.entityType} AND s.subject_id = ${sql.ref(`${type.table}.id`)})`.as('share_level') as never);
  }
  if (!options.withDeleted) query = query.where(`${type.table}.deleted_at`, 'is', null);
  return (await query.executeTakeFirst()) as RecordRow | undefined;
}

/** A record by id in the workspace, deleted or not, without the actor's scope (reindexing, merge). */
export async function findRecordRow(db: Executor, table: string, workspaceId: string, id: string): Promise<RecordRow | undefined> {
  return (await records(db).selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst()) as RecordRow | undefined;
}

/** Inserts a record row and returns it as stored. */
export async function insertRecord(db: Executor, table: string, row: Record<string, unknown>): Promise<RecordRow> {
  return (await records(db).insertInto(table).values(row as never).returningAll().executeTakeFirstOrThrow()) as RecordRow;
}

/** Writes only if the record still has `expectedVersion`; undefined when someone changed it first. */
export async function updateRecordVersioned(db: Executor, table: string, workspaceId: string, id: string, expectedVersion: number, patch: Record<string, unknown>): Promise<RecordRow | undefined> {
  return (await updateVersioned(db, table as never, workspaceId, id, expectedVersion, patch as never)) as RecordRow | undefined;
}

/** The ids among `ids` of records (deleted ones too) the actor's scope for `view` reaches: whose audit details they may read. */
export async function visibleRecordIds(db: Executor, type: RecordTableRef, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await scopedRecords(db, type, actor).select(`${type.table}.id as id` as never).where(`${type.table}.id`, 'in', [...ids]).execute();
  return new Set((rows as Array<{ id: string }>).map((r) => r.id));
}

/** Live records among `ids` the actor's scope for `action` reaches (bulk actions). */
export async function findRecordsForBulk(db: Executor, type: RecordTableRef, actor: Actor, ids: string[], action: Action): Promise<RecordRow[]> {
  return (await selectRecords(db, type, actor, action)
    .where(`${type.table}.id`, 'in', ids)
    .where(`${type.table}.deleted_at`, 'is', null)
    .execute()) as RecordRow[];
}

/** Records a person deleted (not merged away) that the actor can see, most recently deleted first. */
export async function listDeletedRecords(db: Executor, type: RecordType, actor: Actor, limit: number): Promise<RecordRow[]> {
  let query = selectRecords(db, type, actor).where(`${type.table}.deleted_at`, 'is not', null);
  if (type.features.merge) query = query.where(`${type.table}.merged_into_id` as never, 'is', null);
  return (await query.orderBy(`${type.table}.deleted_at`, 'desc').limit(limit).execute()) as RecordRow[];
}

/** Ids of records deleted (or merged away) before `before`, for the purge job. */
export async function deletedRecordIdsBefore(db: Executor, table: string, workspaceId: string, before: string, limit: number): Promise<string[]> {
  const rows = await records(db).selectFrom(table).select('id').where('workspace_id', '=', workspaceId).where('deleted_at', '<', before).orderBy('deleted_at').limit(limit).execute();
  return rows.map((r) => String(r.id));
}

/** Every record (live or in the trash) one user owns. */
export async function recordsOwnedBy(db: Executor, table: string, workspaceId: string, ownerId: string): Promise<RecordRow[]> {
  return (await records(db).selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).where('owner_id', '=', ownerId).orderBy('id').execute()) as RecordRow[];
}

/** Deletes a trashed record's row; its links go with it (foreign keys cascade). */
export async function deleteRecordRow(db: Executor, table: string, workspaceId: string, id: string): Promise<boolean> {
  const result = await records(db).deleteFrom(table).where('workspace_id', '=', workspaceId).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Moves `last_activity_at` forward when something happens on a record's timeline ("no activity
 * for 30 days" reads it). Never back, and not a record change: no version, no history.
 */
export async function touchLastActivity(db: Executor, table: string, workspaceId: string, id: string, at: string): Promise<void> {
  const t = db as unknown as Kysely<{ [table: string]: { workspace_id: string; id: string; last_activity_at: string | null } }>;
  await t.updateTable(table).set({ last_activity_at: at }).where('workspace_id', '=', workspaceId).where('id', '=', id)
    .where((eb) => eb.or([eb('last_activity_at', 'is', null), eb('last_activity_at', '<', at)]))
    .execute();
}

/** What a list's `q=` asks of the search index: an FTS5 query (SQLite) or, per group, LIKE patterns any of which matches (PostgreSQL, AND of groups). */
export interface DocumentMatch {
  fts: string;
  likeGroups: string[][];
}

/**
 * The next `limit` search documents of one type matching `match`, in document id order after
 * `after` (the ranked list's second part pages on it). On SQLite FTS5 walks its matches in rowid
 * order, so the LIMIT stops it early; the bounds are literals (a bound JS number arrives as a REAL
 * and FTS5 would then filter every match instead of seeking).
 */
export async function searchDocumentMatches(
  db: Executor, workspaceId: string, entityType: string, match: DocumentMatch, range: [number, number], after: number, limit: number,
): Promise<Array<{ doc: number; entityId: string }>> {
  if (isPostgres(db)) {
    const groups = match.likeGroups.map((patterns) => sql`d.text like any(${patterns}::text[])`);
    const rows = await sql<{ doc: string; entity_id: string }>`select d.id as doc, d.entity_id from search_documents d
      where d.workspace_id = ${workspaceId} and d.entity_type = ${entityType} and d.id > ${sql.lit(after)} and (${sql.join(groups, sql` and `)})
      order by d.id limit ${sql.lit(limit)}`.execute(db);
    return rows.rows.map((r) => ({ doc: Number(r.doc), entityId: r.entity_id }));
  }
  // SQLite keeps each type's documents in an id range of its own (see documentIdRange).
  const from = Math.max(range[0], after + 1);
  const rows = await sql<{ doc: number; entity_id: string }>`select f.rowid as doc, d.entity_id from search_fts f cross join search_documents d
    where search_fts match ${match.fts} and f.rowid >= ${sql.lit(from)} and f.rowid < ${sql.lit(range[1])} and d.id = f.rowid
      and d.workspace_id = ${workspaceId} and d.entity_type = ${entityType}
    order by f.rowid limit ${sql.lit(limit)}`.execute(db);
  return rows.rows.map((r) => ({ doc: Number(r.doc), entityId: r.entity_id }));
}
