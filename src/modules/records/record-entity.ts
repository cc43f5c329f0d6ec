import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import type { Action } from '../../platform/access/permissions.js';
import { canReach } from '../../platform/access/visibility.js';
import { now } from '../../platform/clock.js';
import { registerEntityType, type EntitySummary } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { addRecordType } from '../../platform/records/registry.js';
import { deleteSearchDocument } from '../../platform/search/search.index.js';
import { purgeSubjectAttachments } from '../attachments/attachments.service.js';
import { deletedRecordError, mergedRecordError } from '../history/history.errors.js';
import { purgeSubjectTimeline } from '../timeline/timeline.service.js';
import {
  deletedRecordIdsBefore, deleteRecordRow, findRecord, findRecordRow, listDeletedRecords, recordsOwnedBy, updateRecordVersioned,
} from './records.repository.js';
import { forHistory, rebuildDerived, recordContext, staleError, updateRecord } from './record-write.js';

/**
 * A record type's registration: it joins the record registry (lists, export, custom fields, saved
 * views, timeline...) and the entity registry (history with restore, trash, purge, transfer), with
 * the generic implementations of every hook.
 */

function summaryOf(kind: RecordType, row: RecordRow): EntitySummary {
  return { id: row.id, title: kind.title(row), version: row.version, deletedAt: row.deleted_at, deletedBy: row.deleted_by };
}

/** A record (deleted or not) within the actor's scope for `action`. */
async function findSummary(db: Executor, actor: Actor, kind: RecordType, id: string, action: Action = 'view'): Promise<EntitySummary | undefined> {
  if (scopeOf(actor, kind.module, action) === 'none') return undefined;
  const row = await findRecord(db, kind, actor, id, { action, withDeleted: true });
  return row && summaryOf(kind, row);
}

/** The record a history restore targets, refused when it was merged away or sits in the trash. @throws AppError conflict */
async function assertRestorable(db: Executor, kind: RecordType, workspaceId: string, id: string): Promise<void> {
  const row = await findRecordRow(db, kind.table, workspaceId, id);
  if (row?.merged_into_id) throw mergedRecordError(row.merged_into_id);
  if (row?.deleted_at) throw deletedRecordError();
}

/**
 * Takes a record out of the trash; its links never left, so they come back with it. A record
 * merged into another comes back only by undoing the merge.
 * @throws AppError not_found | forbidden (outside the delete scope) | conflict (merged, or changed meanwhile)
 */
async function restoreDeleted(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string): Promise<void> {
  const before = await findRecord(trx, kind, actor, id, { withDeleted: true });
  if (!before?.deleted_at) throw new AppError('not_found', `This ${kind.entityType} is not in the trash`);
  if (before.merged_into_id) throw mergedRecordError(before.merged_into_id);
  if (!canReach(actor, kind.module, 'delete', before, before.owner_department_id ?? null)) throw new AppError('forbidden', `You have no right to restore this ${kind.entityType}`);
  const after = await updateRecordVersioned(trx, kind.table, actor.workspaceId, id, before.version, { deleted_at: null, deleted_by: null, updated_at: now() });
  if (!after) throw staleError(kind);
  await rebuildDerived(trx, kind, after, await recordContext(trx, actor.workspaceId, kind), { before, actor });
  await recordChange(trx, actor, { entityType: kind.entityType, action: 'restore', before: forHistory(before), after: forHistory(after) });
}

/** Removes a trashed record for good with its timeline, files and derived rows. @throws AppError not_found */
async function purge(trx: Transaction<Database>, actor: Actor, kind: RecordType, id: string): Promise<void> {
  const row = await findRecordRow(trx, kind.table, actor.workspaceId, id);
  if (!row?.deleted_at) throw new AppError('not_found', `This ${kind.entityType} is not in the trash`);
  await kind.beforePurge?.(trx, actor.workspaceId, id);
  if (kind.search?.document) await deleteSearchDocument(trx, kind.entityType, id);
  // Nothing may be left pointing at a record that no longer exists.
  if (kind.features.timeline) {
    await purgeSubjectTimeline(trx, actor.workspaceId, kind.entityType, id);
    await purgeSubjectAttachments(trx, actor.workspaceId, kind.entityType, id);
  }
  await deleteRecordRow(trx, kind.table, actor.workspaceId, id);
}

/** Gives every record of one owner (live or in the trash) to another, each with a `transfer` version; in the type's chunks when it has them. */
export async function transferRecords(trx: Transaction<Database>, actor: Actor, kind: RecordType, fromUserId: string, toUserId: string): Promise<number> {
  let moved = 0;
  if (kind.transferChunk) {
    for (;;) {
      const n = await kind.transferChunk(trx, actor, fromUserId, toUserId, 500);
      moved += n;
      if (n < 500) return moved;
    }
  }
  for (const before of await recordsOwnedBy(trx, kind.table, actor.workspaceId, fromUserId)) {
    const after = await updateRecordVersioned(trx, kind.table, actor.workspaceId, before.id, before.version, { owner_id: toUserId, updated_at: now() });
    if (!after) continue;
    await recordChange(trx, actor, { entityType: kind.entityType, action: 'transfer', before: forHistory(before), after: forHistory(after) });
    moved++;
  }
  return moved;
}

/** Registers a record type with the platform: the record registry and its history, trash and transfer hooks. */
export function registerRecordType(kind: RecordType): RecordType {
  addRecordType(kind);
  registerEntityType({
    type: kind.entityType,
    module: kind.module,
    find: (db, actor, id, action) => findSummary(db, actor, kind, id, action),
    // The old version's fields come back as a new version, checked like an edit.
    async restoreVersion(trx, actor, id, data, expectedVersion) {
      await assertRestorable(trx, kind, actor.workspaceId, id);
      const ctx = await recordContext(trx, actor.workspaceId, kind);
      const input = kind.schemas.update.safeParse({ ...(await kind.inputFromVersion(trx, actor, data, ctx)), version: expectedVersion });
      if (!input.success) throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
      await updateRecord(trx, actor, kind, id, input.data as Record<string, unknown> & { version: number }, 'rollback');
    },
    async listDeleted(db, actor, limit) {
      if (scopeOf(actor, kind.module, 'view') === 'none') return [];
      return (await listDeletedRecords(db, kind, actor, limit)).map((row) => summaryOf(kind, row));
    },
    restoreDeleted: (trx, actor, id) => restoreDeleted(trx, actor, kind, id),
    purge: (trx, actor, id) => purge(trx, actor, kind, id),
    deletedBefore: (db, workspaceId, before, limit) => deletedRecordIdsBefore(db, kind.table, workspaceId, before, limit),
    transferOwnership: (trx, actor, fromUserId, toUserId) => (kind.transferOwnership ?? ((t, a, f, to) => transferRecords(t, a, kind, f, to)))(trx, actor, fromUserId, toUserId),
    ...(kind.countOwned ? { countOwned: kind.countOwned } : {}),
    ...(kind.transferChunk ? { transferChunk: kind.transferChunk } : {}),
  });
  return kind;
}
