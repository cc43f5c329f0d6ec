import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { enqueueChunkedJob } from '../../platform/jobs/chunked-job.js';
import { actorRef } from '../jobs/job-actor.js';
import { getJobProgress } from '../jobs/jobs.service.js';
import { IMPORT_RUN_JOB, type ImportJobPayload, type RunResult } from './import-run.job.js';
import { IMPORT_UNDO_JOB, type UndoResult } from './import-undo.js';
import type { MappingEntry } from './import-rows.js';
import * as imports from './imports.repository.js';
import { findVisibleImport } from './imports.service.js';

/** Starting, cancelling and undoing an import: each a status change plus, for run and undo, a queued job. */

/**
 * Queues the import of a draft.
 * @throws AppError not_found | forbidden | conflict (stale version; not a draft) | validation_failed (mapping: empty)
 */
export async function runImport(db: Kysely<Database>, actor: Actor, id: string, version: number) {
  const row = await findVisibleImport(db, actor, id);
  if (row.version !== version) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
  if (row.status !== 'draft') throw new AppError('conflict', 'The import has already run', { status: 'not_draft' });
  if (!fromJson<MappingEntry[]>(row.mapping).some((m) => m.field)) throw new AppError('validation_failed', 'Map at least one column to a field', { mapping: 'empty' });
  const jobId = await db.transaction().execute(async (trx) => {
    const payload: ImportJobPayload = { importId: id, by: actorRef(actor) };
    const job = await enqueueChunkedJob<RunResult>(trx, {
      type: IMPORT_RUN_JOB, workspaceId: actor.workspaceId, userId: actor.userId, kind: `${row.entity}.import`, total: 0, payload,
      result: { created: 0, updated: 0, skipped: 0, failed: 0, rowsPerSecond: 0, secondsLeft: null, startedMs: 0 },
    });
    if (!(await imports.updateImport(trx, id, version, { status: 'running', job_id: job }))) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
    return job;
  });
  return { row: (await imports.findImport(db, actor.workspaceId, id))!, job: await getJobProgress(db, actor, jobId) };
}

/** Stops a running import after its current chunk; what was written stays and can be undone. @throws AppError not_found | forbidden | conflict (not running) */
export async function cancelImport(db: Kysely<Database>, actor: Actor, id: string) {
  const row = await findVisibleImport(db, actor, id);
  if (row.status !== 'running' && row.status !== 'draft') throw new AppError('conflict', 'The import is not running', { status: 'not_running' });
  if (!(await imports.updateImport(db, id, row.version, { status: 'cancelled' }))) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
  return (await imports.findImport(db, actor.workspaceId, id))!;
}

/** Queues the undo of a finished or cancelled import. @throws AppError not_found | forbidden | conflict (not finished) */
export async function undoImport(db: Kysely<Database>, actor: Actor, id: string) {
  const row = await findVisibleImport(db, actor, id);
  if (!['done', 'failed', 'cancelled'].includes(row.status) || !row.job_id) throw new AppError('conflict', 'Only a finished import can be undone', { status: 'not_finished' });
  const total = await imports.countImportRecords(db, id);
  const jobId = await db.transaction().execute(async (trx) => {
    const job = await enqueueChunkedJob<UndoResult>(trx, {
      type: IMPORT_UNDO_JOB, workspaceId: actor.workspaceId, userId: actor.userId, kind: `${row.entity}.import_undo`, total,
      payload: { importId: id, by: actorRef(actor) } satisfies ImportJobPayload, result: { deleted: 0, restored: 0, skipped: 0, failed: 0 },
    });
    if (!(await imports.updateImport(trx, id, row.version, { status: 'undoing', undo_job_id: job, job_id: job }))) throw new AppError('conflict', 'The import was changed meanwhile; reload it');
    return job;
  });
  return { row: (await imports.findImport(db, actor.workspaceId, id))!, job: await getJobProgress(db, actor, jobId) };
}
