import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { isAdmin, type Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { now } from '../../platform/clock.js';
import { AppError, isAppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { toJson } from '../../platform/json.js';
import { addTimelineItem, removeTimelineItem } from '../timeline/timeline.service.js';
import { duplicateKind, type DuplicateKind } from './duplicate-kinds.js';
import { mergeColumns, writableColumns, type RecordRow } from './merge-fields.js';
import { auditMerge, editableRow, readSnapshot, recordRecordChange, reindex, titleOf, type MergeSnapshot } from './merge-records.js';
import * as merges from './merges.repository.js';
import type { MergeListRow, MergeRow } from './merges.repository.js';
import type { MergeInput, MergeOutput, MergesQuery } from './duplicates.schema.js';

/** Links of the merged records handed to the survivor; a second link to the same company (or person) is dropped. */
async function moveLinks(trx: Transaction<Database>, kind: DuplicateKind, workspaceId: string, survivorId: string, mergedIds: string[], snapshot: MergeSnapshot): Promise<void> {
  if (!kind.links) return;
  const { own: ownColumn, other: otherColumn } = kind.links;
  const other = (link: merges.LinkRow) => link[otherColumn];
  const own = (link: merges.LinkRow) => link[ownColumn];
  const linked = new Set((await merges.linksOf(trx, kind, workspaceId, [survivorId])).map(other));
  for (const link of await merges.linksOf(trx, kind, workspaceId, mergedIds)) {
    if (linked.has(other(link))) {
      snapshot.dropped.push(link);
      await merges.deleteLink(trx, kind, link.id);
    } else {
      linked.add(other(link));
      snapshot.moved.contact_companies.push([link.id, own(link)]);
      await merges.relink(trx, kind, link.id, survivorId);
    }
  }
}

/**
 * Folds records into one: the survivor takes the chosen values (lists combined), the merged
 * records' company links, timeline items and attachments move to it, and the merged records go to
 * the trash marked as merged. Everything it changed is kept so `undoMerge` can put it back.
 * @throws AppError forbidden | validation_failed (mergedIds: self; fields.<name>: unknown_field | not_in_merge) | not_found | conflict
 */
export async function mergeRecords(trx: Transaction<Database>, actor: Actor, input: MergeInput): Promise<MergeRow> {
  const kind = duplicateKind(input.entity);
  authorize(actor, kind.module, 'edit');
  const mergedIds = [...new Set(input.mergedIds)];
  if (mergedIds.includes(input.survivorId)) throw new AppError('validation_failed', 'A record cannot be merged into itself', { mergedIds: 'self' });
  const ws = actor.workspaceId;
  const survivor = await editableRow(trx, actor, kind, input.survivorId, 'survivorId');
  const merged: RecordRow[] = [];
  for (const id of mergedIds) merged.push(await editableRow(trx, actor, kind, id, 'mergedIds'));
  const { columns, errors } = mergeColumns(kind, survivor, merged, input.fields ?? {});
  if (Object.keys(errors).length > 0) throw new AppError('validation_failed', 'Some field choices do not fit this merge', errors);

  const mergeId = newId();
  const at = now();
  const snapshot: MergeSnapshot = { survivorBefore: survivor, survivorVersion: 0, merged: [], moved: { contact_companies: [], timeline_items: [], attachments: [] }, dropped: [], timelineItemId: null };
  await moveLinks(trx, kind, ws, survivor.id, mergedIds, snapshot);
  for (const table of ['timeline_items', 'attachments'] as const) {
    const rows = await merges.subjectRows(trx, table, ws, kind.entityType, mergedIds);
    snapshot.moved[table] = rows.map((r) => [r.id, r.subject_id]);
    await merges.moveSubjectRows(trx, table, ws, rows.map((r) => r.id), survivor.id);
  }
  for (const before of merged) {
    const after = await merges.writeRecord(trx, kind, ws, before.id, before.version, { deleted_at: at, deleted_by: actor.userId, merged_into_id: survivor.id, updated_at: at });
    if (!after) throw new AppError('conflict', `A ${kind.entityType} to merge was changed by someone else; reload and try again`);
    snapshot.merged.push({ before, version: Number(after.version) });
    await recordRecordChange(trx, actor, kind, 'delete', before, after, `${kind.entityType}.merged`);
  }
  const after = await merges.writeRecord(trx, kind, ws, survivor.id, survivor.version, { ...writableColumns(columns as RecordRow), updated_at: at });
  if (!after) throw new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`);
  snapshot.survivorVersion = Number(after.version);
  await reindex(trx, kind, ws, survivor.id);
  await recordRecordChange(trx, actor, kind, 'merge', survivor, after);
  const item = await addTimelineItem(trx, actor, {
    subjectType: kind.entityType,
    subjectId: survivor.id,
    kind: 'merge',
    data: { mergeId, merged: merged.map((m) => ({ id: m.id, title: titleOf(kind, m) })) },
  });
  snapshot.timelineItemId = item.id;
  const row = await merges.insertMerge(trx, {
    id: mergeId, workspace_id: ws, entity_type: kind.entityType, survivor_id: survivor.id, merged_ids: toJson(mergedIds),
    snapshot: toJson(snapshot), actor_id: actor.userId, created_at: at, undone_at: null, undone_by: null,
  });
  await auditMerge(trx, actor, kind, 'merge', mergeId, survivor.id, snapshot);
  return row;
}

/** Every column of a snapshot row but its identity and version, ready to write back. */
function restorable(row: RecordRow, at: string): Record<string, unknown> {
  const { id: _id, workspace_id: _workspace, version: _version, ...columns } = writableColumns(row);
  return { ...columns, updated_at: at };
}

/**
 * Puts a merge back: the survivor's row as it was (a new version), the merged records live again,
 * and every moved or dropped row where it came from. Only whoever merged, or an administrator,
 * and only while the survivor is unchanged since the merge.
 * @throws AppError not_found | forbidden | conflict (undone already, survivor changed since, a merged record purged)
 */
export async function undoMerge(trx: Transaction<Database>, actor: Actor, id: string): Promise<MergeRow> {
  const merge = await merges.findMerge(trx, actor.workspaceId, id);
  if (!merge) throw new AppError('not_found', 'The merge was not found');
  const kind = duplicateKind(merge.entity_type);
  await editableRow(trx, actor, kind, merge.survivor_id, 'survivorId').catch((error: unknown) => {
    throw isAppError(error) && error.code === 'not_found' ? new AppError('not_found', 'The merge was not found') : error;
  });
  if (merge.actor_id !== actor.userId && !isAdmin(actor)) throw new AppError('forbidden', 'Only whoever merged, or an administrator, can undo a merge');
  if (merge.undone_at) throw new AppError('conflict', 'This merge has already been undone', { _: 'undone' });
  const snapshot = readSnapshot(merge.snapshot);
  const ws = actor.workspaceId;
  const at = now();
  const current = await merges.recordRow(trx, kind, ws, merge.survivor_id);
  if (!current || Number(current.version) !== snapshot.survivorVersion) {
    throw new AppError('conflict', `The ${kind.entityType} was changed after the merge, so the merge can no longer be undone; change it back by hand or restore an earlier version from its history`, { _: 'changed_since' });
  }
  const survivor = await merges.writeRecord(trx, kind, ws, merge.survivor_id, snapshot.survivorVersion, restorable(snapshot.survivorBefore, at));
  if (!survivor) throw new AppError('conflict', `The ${kind.entityType} was changed by someone else; reload and try again`);
  await recordRecordChange(trx, actor, kind, 'rollback', current, survivor);
  for (const { before, version } of snapshot.merged) {
    const folded = await merges.recordRow(trx, kind, ws, before.id);
    const restored = folded && Number(folded.version) === version ? await merges.writeRecord(trx, kind, ws, before.id, version, restorable(before, at)) : undefined;
    if (!folded || !restored) throw new AppError('conflict', `A merged ${kind.entityType} was removed for good or changed since, so the merge can no longer be undone`, { _: 'merged_changed' });
    await recordRecordChange(trx, actor, kind, 'restore', folded, restored);
  }
  for (const [linkId, from] of snapshot.moved.contact_companies) await merges.relink(trx, kind, linkId, from);
  for (const link of snapshot.dropped) await merges.insertLink(trx, kind, link);
  for (const table of ['timeline_items', 'attachments'] as const) {
    const byRecord = new Map<string, string[]>();
    for (const [rowId, from] of snapshot.moved[table]) byRecord.set(from, [...(byRecord.get(from) ?? []), rowId]);
    for (const [from, ids] of byRecord) await merges.moveSubjectRows(trx, table, ws, ids, from);
  }
  if (snapshot.timelineItemId) await removeTimelineItem(trx, actor, snapshot.timelineItemId);
  for (const recordId of [merge.survivor_id, ...snapshot.merged.map((m) => m.before.id)]) await reindex(trx, kind, ws, recordId);
  if (!(await merges.markUndone(trx, ws, id, at, actor.userId))) throw new AppError('conflict', 'This merge has already been undone', { _: 'undone' });
  await auditMerge(trx, actor, kind, 'merge_undone', id, merge.survivor_id, snapshot);
  return { ...merge, undone_at: at, undone_by: actor.userId };
}

/** A merge as the API shows it; `canUndo` when the actor may undo it now. */
export function presentMerge(actor: Actor, merge: MergeRow & { actor_name?: string | null; survivor_version?: number }): MergeOutput {
  const snapshot = readSnapshot(merge.snapshot);
  const kind = duplicateKind(merge.entity_type);
  const unchanged = merge.survivor_version === undefined || Number(merge.survivor_version) === snapshot.survivorVersion;
  return {
    id: merge.id,
    entity: kind.entityType,
    survivorId: merge.survivor_id,
    merged: snapshot.merged.map((m) => ({ id: m.before.id, title: titleOf(kind, m.before) })),
    actor: merge.actor_id ? { id: merge.actor_id, name: merge.actor_name ?? '' } : null,
    createdAt: merge.created_at,
    undoneAt: merge.undone_at,
    canUndo: merge.undone_at === null && unchanged && (merge.actor_id === actor.userId || isAdmin(actor)),
  };
}

/** Recent merges into records of a kind the actor can see (for the undo button). @throws AppError forbidden */
export async function listMerges(db: Executor, actor: Actor, query: MergesQuery): Promise<MergeListRow[]> {
  const kind = duplicateKind(query.entity);
  authorize(actor, kind.module, 'view');
  return merges.listMerges(db, actor, kind, { survivorId: query.survivorId }, query.limit);
}

/** One merge as the list shows it (after a merge or an undo). @throws AppError not_found */
export async function getMerge(db: Executor, actor: Actor, merge: MergeRow): Promise<MergeListRow> {
  const [row] = await merges.listMerges(db, actor, duplicateKind(merge.entity_type), { id: merge.id }, 1);
  if (!row) throw new AppError('not_found', 'The merge was not found');
  return row;
}

/** The record a contact or company was merged into, or null: for writes that must refuse merged-away records. */
export function isMergedAway(db: Executor, entityType: string, id: string): Promise<string | null> {
  return merges.mergedIntoOf(db, duplicateKind(entityType), id);
}
