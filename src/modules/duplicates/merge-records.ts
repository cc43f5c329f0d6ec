import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { audit, recordChange } from '../../platform/history/record-change.js';
import { fromJson } from '../../platform/json.js';
import { forHistory, type ClientRow } from '../contacts/client-kind.js';
import { findRecord } from '../records/records.service.js';
import type { DuplicateKind } from './duplicate-kinds.js';
import { readRow, type RecordRow } from './merge-fields.js';
import * as merges from './merges.repository.js';
import type { LinkRow, SubjectTable } from './merges.repository.js';

/**
 * What the merge command and its undo share: finding the records with the actor's rights, the
 * snapshot a merge keeps, and the record-level steps (reindex, history).
 */

/** What a merge keeps so that its undo can put every row back exactly. */
export interface MergeSnapshot {
  survivorBefore: RecordRow;
  /** The survivor's version the merge wrote; an undo needs it unchanged. */
  survivorVersion: number;
  /** The merged records as they were, and the version each got when it was folded in. */
  merged: Array<{ before: RecordRow; version: number }>;
  /** Rows handed to the survivor, as `[row id, record it came from]`. */
  moved: Record<'contact_companies' | SubjectTable, Array<[string, string]>>;
  /** Links dropped because the survivor already had one to the same company (or person). */
  dropped: LinkRow[];
  /** The `merge` item the survivor's timeline got. */
  timelineItemId: string | null;
}

export function readSnapshot(value: unknown): MergeSnapshot {
  return fromJson<MergeSnapshot>(value);
}

/** The record's title as lists show it. */
export function titleOf(kind: DuplicateKind, row: Record<string, unknown>): string {
  return String(row[kind.titleColumn] ?? '');
}

/**
 * A live record the actor may edit, read whole.
 * @throws AppError not_found (outside the edit scope, deleted or merged, or missing)
 */
export async function editableRow(db: Executor, actor: Actor, kind: DuplicateKind, id: string, field: string): Promise<RecordRow> {
  const visible = await findRecord(db, kind, actor, id, { action: 'edit' });
  const row = visible ? await merges.recordRow(db, kind, actor.workspaceId, id) : undefined;
  if (!row) throw new AppError('not_found', `A ${kind.entityType} to merge was not found`, { [field]: 'not_found' });
  return readRow(row);
}

/** Rebuilds a record's contact points, tags and search document through its module. */
export function reindex(trx: Transaction<Database>, kind: DuplicateKind, workspaceId: string, id: string): Promise<void> {
  return kind.reindex(trx, workspaceId, id);
}

/** History, audit and event of one record's change, in the shape the contacts module keeps. */
export function recordRecordChange(
  trx: Transaction<Database>, actor: Actor, kind: DuplicateKind, action: 'merge' | 'delete' | 'rollback' | 'restore',
  before: Record<string, unknown>, after: Record<string, unknown>, event?: string,
): Promise<void> {
  return recordChange(trx, actor, { entityType: kind.entityType, action, before: forHistory(before as ClientRow), after: forHistory(after as ClientRow), ...(event ? { event } : {}) });
}

/** The audit entry of a merge or its undo, with its size. */
export function auditMerge(trx: Transaction<Database>, actor: Actor, kind: DuplicateKind, action: 'merge' | 'merge_undone', mergeId: string, survivorId: string, snapshot: MergeSnapshot): Promise<void> {
  return audit(trx, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId }, `${kind.entityType}.${action}`, {
    entityType: kind.entityType,
    entityId: survivorId,
    changes: {
      mergeId,
      mergedIds: snapshot.merged.map((m) => m.before.id),
      size: {
        records: snapshot.merged.length + 1,
        links: snapshot.moved.contact_companies.length + snapshot.dropped.length,
        timelineItems: snapshot.moved.timeline_items.length,
        attachments: snapshot.moved.attachments.length,
      },
    },
  });
}
