import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { exportRecords, type CsvExport, type ExportShape } from './record-csv.js';
import { assertListable } from '../../platform/records/field-redaction.js';
import { presentRecord, presentRecords } from './record-present.js';
import { countRecords, listRecords } from './record-list.js';
import { findRecord, touchLastActivity } from './records.repository.js';
import type { ListFilter } from './record-schema.js';
import { hiddenOrMissing, recordContext } from './record-write.js';

export { hiddenOrMissing, createRecord, deleteRecord, updateRecord, recordContext, FieldErrorCollector, checkOwner, findForWrite, forHistory, customOf, writeRecordVersion, staleError } from './record-write.js';
export { transferRecords } from './record-entity.js';
export { presentRecord, presentRecords } from './record-present.js';
/** The engine's finders and versioned write, for the modules of record types (they never reach its repository). */
export { findRecord, findRecordRow, findRecordsForBulk, scopedRecords, updateRecordVersioned, visibleRecordIds } from './records.repository.js';
export { listConditions } from './record-filters.js';
export type { CsvExport } from './record-csv.js';

/** What the generic record routes call: one function per operation, for any registered type. */

/**
 * A page of a type's list as the API shows it, and the total when asked.
 * @throws AppError forbidden | validation_failed (filters, sort, cursor)
 */
export async function listPage(db: Executor, actor: Actor, kind: RecordType, query: ListFilter & { limit: number; cursor?: string; count?: string }) {
  authorize(actor, kind.module, 'view');
  assertListable(actor, kind, query);
  const ctx = await recordContext(db, actor.workspaceId, kind);
  const page = await listRecords(db, actor, kind, query, query, ctx);
  const items = await presentRecords(db, actor, kind, page.rows, ctx);
  const wantsTotal = query.count === '1' || query.count === 'true';
  return { items, nextCursor: page.nextCursor, ...(wantsTotal ? { total: await countRecords(db, actor, kind, query, ctx) } : {}) };
}

/** One record the actor can see, as the API shows it. @throws AppError forbidden | not_found */
export async function getRecord(db: Executor, actor: Actor, kind: RecordType, id: string): Promise<unknown> {
  authorize(actor, kind.module, 'view');
  const row = await findRecord(db, kind, actor, id);
  if (!row) throw await hiddenOrMissing(db, actor, kind, id);
  return presentRecord(db, actor, kind, row, await recordContext(db, actor.workspaceId, kind));
}

/** The filtered list as CSV (`,` or `;`) or vCard. @throws AppError forbidden | validation_failed | account_blocked */
export async function exportList(db: Kysely<Database>, actor: Actor, kind: RecordType, filter: ListFilter, shape?: ExportShape): Promise<CsvExport> {
  assertListable(actor, kind, filter);
  return exportRecords(db, actor, kind, filter, await recordContext(db, actor.workspaceId, kind), shape);
}

/** A bulk action over records of a type that has them: done at once, or queued as a job. @throws AppError forbidden | validation_failed */
export function startBulk(db: Kysely<Database>, actor: Actor, kind: RecordType, input: unknown) {
  if (!kind.bulk) throw new AppError('not_found', `There are no bulk actions on ${kind.plural}`);
  return kind.bulk.start(db, actor, input);
}

/**
 * Moves a record's `last_activity_at` forward when something happens on its timeline ("no activity
 * for 30 days" filters read it). Never back, and not a record change: no version, no history, so
 * it never makes someone's open edit stale. Types without a timeline are left alone.
 */
export async function touchRecordActivity(db: Executor, workspaceId: string, entityType: string, id: string, at: string): Promise<void> {
  const kind = recordType(entityType);
  if (kind?.features.timeline) await touchLastActivity(db, kind.table, workspaceId, id, at);
}
