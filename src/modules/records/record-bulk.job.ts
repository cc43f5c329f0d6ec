import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { audit } from '../../platform/history/record-change.js';
import { chunkedJobHandler, enqueueChunkedJob, type ChunkOutcome, type ChunkState } from '../../platform/jobs/chunked-job.js';
import { PermanentJobError, type Job, type JobRegistry } from '../../platform/jobs/jobs.registry.js';
import type { BulkCounts, RecordType } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { actorRef, currentJobActor, type ActorRef } from '../jobs/job-actor.js';
import { notify } from '../notifications/notifications.service.js';

/**
 * Bulk actions over more than a page of records, for every record type with a `bulk` hook: one
 * background job in short chunks (see chunkedJobHandler). The type, looked up in the registry by
 * the payload's `entityType`, does each chunk and names what the audit entry records.
 */
export const RECORD_BULK_JOB = 'records.bulk';
/** The name of bulk jobs queued before the job moved here; their payload holds the work at its top level. */
const EARLIER_BULK_JOB = 'clients.bulk';

interface RecordBulkPayload {
  entityType: string;
  by: ActorRef;
  /** What the type's `bulk.chunk` is given: the action, the picked ids or the filter and its end. */
  work?: unknown;
}

/** The type's bulk hook. @throws PermanentJobError when the type (or its bulk actions) is gone */
function bulkOf(entityType: string): NonNullable<RecordType['bulk']> {
  const bulk = recordType(entityType)?.bulk;
  if (!bulk) throw new PermanentJobError(`No bulk actions for "${entityType}"`);
  return bulk;
}

function workOf(payload: RecordBulkPayload): unknown {
  if (payload.work !== undefined) return payload.work;
  const { entityType: _type, by: _by, ...earlier } = payload as RecordBulkPayload & Record<string, unknown>;
  return earlier;
}

/** Queues a type's bulk job over `total` records, in the caller's transaction; answers the job id. */
export async function queueRecordBulkJob(trx: Transaction<Database>, actor: Actor, job: { entityType: string; action: string; total: number; work: unknown }): Promise<string> {
  const payload: RecordBulkPayload = { entityType: job.entityType, by: actorRef(actor), work: job.work };
  return enqueueChunkedJob<BulkCounts>(trx, {
    type: RECORD_BULK_JOB, workspaceId: actor.workspaceId, userId: actor.userId, kind: `${job.entityType}.bulk_${job.action}`,
    total: job.total, payload, result: { updated: 0, skipped: 0 },
  });
}

async function bulkStep(trx: Transaction<Database>, job: Job<RecordBulkPayload>, state: ChunkState<BulkCounts>, limit: number): Promise<ChunkOutcome<BulkCounts>> {
  const bulk = bulkOf(job.payload.entityType);
  const actor = await currentJobActor(trx, job.workspaceId!, job.payload.by);
  return bulk.chunk(trx, actor, workOf(job.payload), state, limit);
}

/** The end of a bulk job: its one audit entry (as a small bulk action writes) and a notification to whoever started it. */
async function bulkFinish(trx: Transaction<Database>, job: Job<RecordBulkPayload>, end: ChunkState<BulkCounts> & { state: 'done' | 'failed'; error: string | null }): Promise<void> {
  const p = job.payload;
  const workspaceId = job.workspaceId!;
  const { action, details } = bulkOf(p.entityType).describe(workOf(p));
  await audit(trx, { workspaceId, actorId: p.by.userId, ...p.by.request }, `${p.entityType}.bulk_${action}`, {
    entityType: p.entityType,
    changes: { size: end.total, ...end.result, jobId: job.id, state: end.state, ...(end.error ? { error: end.error } : {}), ...details },
  });
  await notify(trx, [{
    workspaceId, userId: p.by.userId, type: end.state === 'done' ? 'bulk.done' : 'bulk.failed',
    data: { jobId: job.id, entityType: p.entityType, action, total: end.total, done: end.done, ...end.result, error: end.error },
  }]);
}

/** Registers the bulk job's handler on a worker's registry. @throws Error when already registered there */
export function registerRecordBulkJobs(registry: JobRegistry): void {
  const handler = chunkedJobHandler<RecordBulkPayload, BulkCounts>({ step: bulkStep, finish: bulkFinish });
  registry.register<RecordBulkPayload>(RECORD_BULK_JOB, handler);
  registry.register<RecordBulkPayload>(EARLIER_BULK_JOB, handler);
}
