import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now, toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { toJson } from '../../platform/json.js';
import { recordType } from '../../platform/records/registry.js';
import { isUuid } from '../../platform/schemas.js';
import { touchRecordActivity } from '../records/records.service.js';
import { ItemRights, findSubject, requireSubject } from './timeline.policy.js';
import { presentTimelineItem, type TimelineEntry } from './timeline.presenter.js';
import * as timeline from './timeline.repository.js';
import type { TimelineRow, TimelineRowWithAuthor } from './timeline.repository.js';
import type { CreateNoteInput, UpdateNoteInput } from './timeline.schema.js';

export type { TimelineEntry } from './timeline.presenter.js';
export type { TimelineRow } from './timeline.repository.js';

export interface NewTimelineItem {
  subjectType: string;
  subjectId: string;
  /** `note`, `attachment`, `merge`, later `call`, `meeting`, `deal_stage`... */
  kind: string;
  body?: string | null;
  data?: Record<string, unknown> | null;
  /** When it happened (default now); a later item never moves the subject's last activity back. */
  occurredAt?: string;
  /** A caller whose item mirrors a record of its own may reuse that record's id (an attachment's entry). */
  id?: string;
  /** The record of another module the item mirrors (an activity), kept in step by `mirrorOnFeeds`. */
  sourceId?: string;
}

/** What a record of another module shows on one feed it appears on. */
export interface MirroredItem {
  subjectType: string;
  subjectId: string;
  body: string | null;
  data: Record<string, unknown>;
  occurredAt: string;
  /** Whether the subject's last activity moves (something that happened, not something planned). */
  touches: boolean;
}

/**
 * Keeps the items mirroring one record (`sourceId`, an activity) in step with it: one live item per
 * feed in `items`, the first under the record's own id; items of feeds it left, or all of them when
 * the record is gone (`items` empty), are hidden. Restoring the record brings the same items back.
 */
export async function mirrorOnFeeds(trx: Transaction<Database>, actor: Actor, sourceId: string, kind: string, items: MirroredItem[]): Promise<void> {
  const at = now();
  const existing = await timeline.findSourceItems(trx, actor.workspaceId, sourceId);
  const key = (type: string, id: string) => `${type}:${id}`;
  const byFeed = new Map(existing.map((row) => [key(row.subject_type, row.subject_id), row]));
  const wanted = new Set(items.map((i) => key(i.subjectType, i.subjectId)));
  for (const row of existing) {
    if (!wanted.has(key(row.subject_type, row.subject_id)) && row.deleted_at === null) await timeline.updateMirrorItem(trx, actor.workspaceId, row.id, { deleted_at: at, updated_at: at });
  }
  const usedIds = new Set(existing.map((row) => row.id));
  for (const item of items) {
    const row = byFeed.get(key(item.subjectType, item.subjectId));
    const fields = { body: item.body, data: toJson(item.data), occurred_at: toIso(item.occurredAt), updated_at: at, deleted_at: null };
    if (row) await timeline.updateMirrorItem(trx, actor.workspaceId, row.id, fields);
    else {
      const id = usedIds.has(sourceId) ? newId() : sourceId;
      usedIds.add(id);
      await timeline.insertItem(trx, {
        id, workspace_id: actor.workspaceId, subject_type: item.subjectType, subject_id: item.subjectId, kind, author_id: actor.userId,
        created_at: at, version: 1, source_id: sourceId, ...fields,
      });
    }
    if (item.touches) await touchRecordActivity(trx, actor.workspaceId, item.subjectType, item.subjectId, item.occurredAt < at ? toIso(item.occurredAt) : at);
  }
}

/** Drops the items mirroring a record that is being purged. */
export function purgeMirroredItems(trx: Transaction<Database>, workspaceId: string, sourceId: string): Promise<void> {
  return timeline.deleteSourceItems(trx, workspaceId, sourceId);
}

/**
 * Adds an item to a subject's feed and moves the subject's last activity forward. The caller has
 * already checked the actor may write on the subject. A note is recorded here (history, audit and
 * `note.created`); any other kind is recorded by the module that owns what happened.
 */
export async function addTimelineItem(trx: Transaction<Database>, actor: Actor, input: NewTimelineItem): Promise<TimelineRow> {
  const at = now();
  const occurredAt = input.occurredAt ? toIso(input.occurredAt) : at;
  const row = await timeline.insertItem(trx, {
    id: input.id ?? newId(),
    workspace_id: actor.workspaceId,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    kind: input.kind,
    author_id: actor.userId,
    occurred_at: occurredAt,
    body: input.body ?? null,
    data: input.data == null ? null : toJson(input.data),
    created_at: at,
    updated_at: at,
    deleted_at: null,
    version: 1,
    source_id: input.sourceId ?? null,
  });
  // A meeting planned for next week is not activity yet.
  await touchRecordActivity(trx, actor.workspaceId, input.subjectType, input.subjectId, occurredAt < at ? occurredAt : at);
  if (input.kind === 'note') await recordChange(trx, actor, { entityType: 'note', action: 'create', before: null, after: row });
  return row;
}

/** Removes an item from its feed along with the record it mirrors (an attachment that was deleted). */
export async function removeTimelineItem(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  await timeline.softDeleteItem(trx, actor.workspaceId, id, now());
}

function encodeCursor(row: TimelineRow): string {
  return Buffer.from(JSON.stringify([row.occurred_at, row.id])).toString('base64url');
}

/** @throws AppError validation_failed (fields.cursor = 'invalid') */
function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1])) {
      return { at: toIso(value[0]), id: value[1] };
    }
  } catch {
    // Falls through to the same answer as a well-formed but meaningless cursor.
  }
  throw new AppError('validation_failed', 'The cursor is not one this server gave out', { cursor: 'invalid' });
}

async function toEntry(db: Executor, actor: Actor, rights: ItemRights, row: TimelineRowWithAuthor, feed: { type: string; id: string }, people: Map<string, Promise<string | null>>): Promise<TimelineEntry> {
  const manage = row.kind === 'note' && (await rights.canManage(row));
  const entry: TimelineEntry = { row, abilities: { edit: manage, delete: manage } };
  if (row.subject_type !== feed.type || row.subject_id !== feed.id) {
    let name = people.get(row.subject_id);
    if (!name) {
      name = findSubject(db, actor, row.subject_type, row.subject_id).then((s) => s?.title ?? null);
      people.set(row.subject_id, name);
    }
    entry.contact = { id: row.subject_id, displayName: (await name) ?? '' };
  }
  return entry;
}

/**
 * One page of a subject's feed, newest first (keyset on occurred_at desc, id desc). When the type
 * says so (`timeline.related`: a company's people), it includes the items of related records the
 * actor can see, each marked with its record.
 * @throws AppError not_found (subject outside the view scope, deleted or unknown) | forbidden (no view right) | validation_failed (cursor)
 */
export async function listTimeline(
  db: Executor,
  actor: Actor,
  subjectType: string,
  subjectId: string,
  cursor: string | undefined,
  limit: number,
): Promise<{ items: TimelineEntry[]; nextCursor: string | null }> {
  await requireSubject(db, actor, subjectType, subjectId, 'view');
  const after = cursor ? decodeCursor(cursor) : undefined;
  const rows = await timeline.listItems(db, actor, { subjectType, subjectId, related: recordType(subjectType)?.timeline?.related, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const rights = new ItemRights(db, actor);
  const people = new Map<string, Promise<string | null>>();
  const items: TimelineEntry[] = [];
  // One at a time: inside a transaction the connection is one anyway, and the memo keeps it to a look-up per subject.
  for (const row of page) items.push(await toEntry(db, actor, rights, row, { type: subjectType, id: subjectId }, people));
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

async function entryOf(db: Executor, actor: Actor, row: TimelineRowWithAuthor): Promise<TimelineEntry> {
  const manage = row.kind === 'note' && (await new ItemRights(db, actor).canManage(row));
  return { row, abilities: { edit: manage, delete: manage } };
}

/**
 * Writes a note on a contact's or company's feed.
 * @throws AppError not_found | forbidden (the subject is visible but not editable)
 */
export async function createNote(trx: Transaction<Database>, actor: Actor, input: CreateNoteInput): Promise<TimelineEntry> {
  await requireSubject(trx, actor, input.subjectType, input.subjectId, 'edit');
  const row = await addTimelineItem(trx, actor, { subjectType: input.subjectType, subjectId: input.subjectId, kind: 'note', body: input.body });
  return entryOf(trx, actor, (await timeline.findItem(trx, actor, row.id))!);
}

/** A live note whose subject the actor sees, and whether they may change it. @throws AppError not_found | forbidden */
async function manageableNote(trx: Transaction<Database>, actor: Actor, id: string): Promise<TimelineRowWithAuthor> {
  const note = isUuid(id) ? await timeline.findItem(trx, actor, id) : undefined;
  if (!note || note.kind !== 'note') throw new AppError('not_found', 'Note not found');
  try {
    await requireSubject(trx, actor, note.subject_type, note.subject_id, 'view');
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw new AppError('not_found', 'Note not found');
    throw err;
  }
  if (!(await new ItemRights(trx, actor).canManage(note))) throw new AppError('forbidden', 'Only its author, or someone who may delete on this record, can change this note');
  return note;
}

async function conflict(trx: Transaction<Database>, actor: Actor, id: string): Promise<AppError> {
  const current = await timeline.findItem(trx, actor, id);
  return new AppError('conflict', 'The note was changed by someone else', undefined, current ? { current: presentTimelineItem(await entryOf(trx, actor, current)) } : undefined);
}

const rowOnly = ({ author_name: _name, ...row }: TimelineRowWithAuthor): TimelineRow => row;

/**
 * Changes a note's text.
 * @throws AppError not_found | forbidden | conflict (stale version; `current`)
 */
export async function updateNote(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateNoteInput): Promise<TimelineEntry> {
  const before = await manageableNote(trx, actor, id);
  if (before.version !== input.version) throw await conflict(trx, actor, id);
  const after = await timeline.updateItemVersioned(trx, actor.workspaceId, id, input.version, { body: input.body, updated_at: now() });
  if (!after) throw await conflict(trx, actor, id);
  await recordChange(trx, actor, { entityType: 'note', action: 'update', before: rowOnly(before), after });
  return entryOf(trx, actor, { ...after, author_name: before.author_name });
}

/**
 * Soft-deletes a note; with `version`, only if nobody changed it since.
 * @throws AppError not_found | forbidden | conflict (stale version; `current`)
 */
export async function deleteNote(trx: Transaction<Database>, actor: Actor, id: string, version?: number): Promise<void> {
  const before = await manageableNote(trx, actor, id);
  if (version !== undefined && before.version !== version) throw await conflict(trx, actor, id);
  const at = now();
  const after = await timeline.updateItemVersioned(trx, actor.workspaceId, id, before.version, { deleted_at: at, updated_at: at });
  if (!after) throw await conflict(trx, actor, id);
  await recordChange(trx, actor, { entityType: 'note', action: 'delete', before: rowOnly(before), after });
}

/** Drops a purged subject's timeline, so nothing is left pointing at a record that no longer exists. */
export function purgeSubjectTimeline(trx: Transaction<Database>, workspaceId: string, subjectType: string, subjectId: string): Promise<void> {
  return timeline.deleteSubjectItems(trx, workspaceId, subjectType, subjectId);
}
