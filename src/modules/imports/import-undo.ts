import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { isAppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { fromJson } from '../../platform/json.js';
import type { ChunkOutcome, ChunkState } from '../../platform/jobs/chunked-job.js';
import type { Job } from '../../platform/jobs/jobs.registry.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordType } from '../../platform/records/registry.js';
import { currentJobActor, type ActorRef } from '../jobs/job-actor.js';
import { deleteRecord, findRecordRow, recordContext, updateRecord } from '../records/records.service.js';
import * as imports from './imports.repository.js';

/** Undoing an import: what it created goes to the trash, what it updated gets its earlier version back. */
export const IMPORT_UNDO_JOB = 'imports.undo';

export interface UndoResult { deleted: number; restored: number; skipped: number; failed: number }

type ImportRecord = Awaited<ReturnType<typeof imports.importRecordsPage>>[number];

async function undoOne(trx: Transaction<Database>, actor: Actor, rec: ImportRecord): Promise<keyof UndoResult> {
  const kind = recordType(rec.entity_type);
  if (!kind) return 'skipped';
  const row = await findRecordRow(trx, kind.table, actor.workspaceId, rec.entity_id);
  if (!row || row.deleted_at) return 'skipped';
  if (rec.action === 'created') {
    await deleteRecord(trx, actor, kind, rec.entity_id, row.version);
    return 'deleted';
  }
  const before = fromJson<Record<string, unknown>>(rec.before);
  const input = await kind.inputFromVersion(trx, actor, before, await recordContext(trx, actor.workspaceId, kind));
  await updateRecord(trx, actor, kind, rec.entity_id, { ...input, version: row.version }, 'rollback');
  return 'restored';
}

/** One record undone in a savepoint: a refusal (a record since changed out of reach) is counted, the rest goes on. */
async function undoSafely(trx: Transaction<Database>, actor: Actor, rec: ImportRecord): Promise<keyof UndoResult> {
  await sql`savepoint import_undo`.execute(trx);
  try {
    const outcome = await undoOne(trx, actor, rec);
    await sql`release savepoint import_undo`.execute(trx);
    return outcome;
  } catch (error) {
    await sql`rollback to savepoint import_undo`.execute(trx);
    await sql`release savepoint import_undo`.execute(trx);
    if (isAppError(error)) return 'failed';
    throw error;
  }
}

export async function runUndoStep(trx: Transaction<Database>, job: Job<{ importId: string; by: ActorRef }>, state: ChunkState<UndoResult>, limit: number): Promise<ChunkOutcome<UndoResult>> {
  const workspaceId = job.workspaceId!;
  const actor = await currentJobActor(trx, workspaceId, job.payload.by);
  const from = Number(state.cursor ?? 0);
  const page = await imports.importRecordsPage(trx, job.payload.importId, from, limit);
  const result = { ...state.result };
  for (const rec of page) result[await undoSafely(trx, actor, rec)]++;
  const done = from + page.length;
  return { total: Math.max(state.total, done), done, cursor: String(done), result, finished: page.length < limit };
}

export async function finishUndo(trx: Transaction<Database>, job: Job<{ importId: string; by: ActorRef }>, end: ChunkState<UndoResult> & { state: 'done' | 'failed'; error: string | null }): Promise<void> {
  const workspaceId = job.workspaceId!;
  const imp = await imports.findImport(trx, workspaceId, job.payload.importId);
  if (!imp) return;
  await imports.updateImport(trx, imp.id, null, { status: end.state === 'done' ? 'undone' : 'failed', finished_at: now() });
  await audit(trx, { workspaceId, actorId: job.payload.by.userId, ...job.payload.by.request }, 'import.undo', {
    entityType: 'import', entityId: imp.id, changes: { ...end.result, state: end.state, ...(end.error ? { error: end.error } : {}) },
  });
}
