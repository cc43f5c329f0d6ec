import type { Expression, ExpressionBuilder, Insertable, Selectable, SqlBool, Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../platform/access/actor.js';
import type { RecordTimeline } from '../../platform/records/record-type.js';
import { childOfVisibleRecord } from '../../platform/records/subject-visibility.js';
import type { TimelineItemsTable } from './timeline.table.js';

export type TimelineRow = Selectable<TimelineItemsTable>;
export type TimelineRowWithAuthor = TimelineRow & { author_name: string | null };

export interface TimelineQuery {
  subjectType: string;
  subjectId: string;
  /** Related records whose items the feed also shows (the type's `timeline.related`: a company's people). */
  related?: RecordTimeline['related'];
  /** Keyset: only items strictly after this one in (occurred_at desc, id desc) order. */
  after?: { at: string; id: string };
  limit: number;
}

export function insertItem(db: Executor, row: Insertable<TimelineItemsTable>): Promise<TimelineRow> {
  return db.insertInto('timeline_items').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A live item of a live record the actor can see, with its author's name, or undefined. */
export function findItem(db: Executor, actor: Actor, id: string): Promise<TimelineRowWithAuthor | undefined> {
  const workspaceId = actor.workspaceId;
  return db
    .selectFrom('timeline_items')
    .leftJoin('users as author', (join) => join.onRef('author.id', '=', 'timeline_items.author_id').on('author.workspace_id', '=', workspaceId))
    .selectAll('timeline_items')
    .select('author.name as author_name')
    .where('timeline_items.workspace_id', '=', workspaceId)
    .where('timeline_items.id', '=', id)
    .where('timeline_items.deleted_at', 'is', null)
    .where(childOfVisibleRecord(actor, 'timeline_items.subject_type', 'timeline_items.subject_id'))
    .executeTakeFirst();
}

/** Updates only if the item still has `expectedVersion`; undefined when someone changed it first. */
export function updateItemVersioned(db: Executor, workspaceId: string, id: string, expectedVersion: number, patch: Updateable<TimelineItemsTable>) {
  return updateVersioned(db, 'timeline_items', workspaceId, id, expectedVersion, patch);
}

/** Soft-deletes an item whatever its version (an attachment's entry goes with the attachment). */
export async function softDeleteItem(db: Executor, workspaceId: string, id: string, at: string): Promise<void> {
  await db
    .updateTable('timeline_items')
    .set((eb) => ({ deleted_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .execute();
}

type SubjectFilter = (eb: ExpressionBuilder<Database & { author: Database['users'] }, 'timeline_items' | 'author'>) => Expression<SqlBool>;

/** One ordered, limited keyset page of the items the filter picks, with authors' names. */
function page(db: Executor, workspaceId: string, q: TimelineQuery, subject: SubjectFilter) {
  const after = q.after;
  return db
    .selectFrom('timeline_items')
    .leftJoin('users as author', (join) => join.onRef('author.id', '=', 'timeline_items.author_id').on('author.workspace_id', '=', workspaceId))
    .selectAll('timeline_items')
    .select('author.name as author_name')
    .where('timeline_items.workspace_id', '=', workspaceId)
    .where('timeline_items.deleted_at', 'is', null)
    .where(subject)
    // A row value, so both databases seek the (subject, occurred_at, id) index instead of filtering a scan.
    .$if(after !== undefined, (qb) => qb.where((eb) => eb(eb.refTuple('timeline_items.occurred_at', 'timeline_items.id'), '<', eb.tuple(after!.at, after!.id))))
    .orderBy('timeline_items.occurred_at', 'desc')
    .orderBy('timeline_items.id', 'desc')
    .limit(q.limit);
}

/**
 * One page of a subject's feed, newest first, with authors' names. With `related` (a company's
 * people) it also takes the items of the related records the actor may see, by the subquery the
 * record type gives. Each part is its own index seek; the two pages merge.
 */
export async function listItems(db: Executor, actor: Actor, q: TimelineQuery): Promise<TimelineRowWithAuthor[]> {
  const workspaceId = actor.workspaceId;
  const own = page(db, workspaceId, q, (eb) => eb.and([
    eb('timeline_items.subject_type', '=', q.subjectType), eb('timeline_items.subject_id', '=', q.subjectId),
    childOfVisibleRecord(actor, 'timeline_items.subject_type', 'timeline_items.subject_id', q.subjectType)(eb),
  ]));
  if (!q.related) return own.execute();
  const related = q.related;
  const others = page(db, workspaceId, q, (eb) =>
    eb.and([eb('timeline_items.subject_type', '=', related.entityType), eb('timeline_items.subject_id', 'in', related.ids(actor, q.subjectId)(eb))]));
  const feed = db.selectFrom(own.as('own')).selectAll().unionAll(db.selectFrom(others.as('related')).selectAll());
  return db.selectFrom(feed.as('feed')).selectAll().orderBy('feed.occurred_at', 'desc').orderBy('feed.id', 'desc').limit(q.limit).execute();
}

/** Removes every item of a subject for good (the subject itself is being purged). */
export async function deleteSubjectItems(db: Executor, workspaceId: string, subjectType: string, subjectId: string): Promise<void> {
  await db.deleteFrom('timeline_items').where('workspace_id', '=', workspaceId).where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).execute();
}

/** Every item (live or not) mirroring one record of another module. */
export function findSourceItems(db: Executor, workspaceId: string, sourceId: string): Promise<TimelineRow[]> {
  return db.selectFrom('timeline_items').selectAll().where('workspace_id', '=', workspaceId).where('source_id', '=', sourceId).execute();
}

/** Rewrites a mirrored item with its record (no version check: the record itself was versioned). */
export async function updateMirrorItem(db: Executor, workspaceId: string, id: string, patch: Updateable<TimelineItemsTable>): Promise<void> {
  await db.updateTable('timeline_items').set((eb) => ({ ...patch, version: eb('version', '+', 1) })).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Removes every item mirroring a record for good (the record is being purged). */
export async function deleteSourceItems(db: Executor, workspaceId: string, sourceId: string): Promise<void> {
  await db.deleteFrom('timeline_items').where('workspace_id', '=', workspaceId).where('source_id', '=', sourceId).execute();
}

/** The subjects of timeline items by id, deleted ones included (for the audit log's parent check). */
export function itemSubjects(db: Executor, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('timeline_items').select(['id', 'subject_type', 'subject_id']).where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
