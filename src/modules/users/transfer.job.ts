import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { entityTypes } from '../../platform/entities/registry.js';
import { chunkedJobHandler, enqueueChunkedJob, type ChunkOutcome, type ChunkState } from '../../platform/jobs/chunked-job.js';
import type { Job, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { actorRef, currentJobActor, type ActorRef } from '../jobs/job-actor.js';
import { notify } from '../notifications/notifications.service.js';
import { auditTransfer, checkTransfer, startTransfer, type TransferStart } from './transfer.command.js';

/** Ownership transfer over more than a page of records, as a background job in chunks. */
export const TRANSFER_JOB = 'users.transfer';

interface TransferPayload {
  by: ActorRef;
  fromUserId: string;
  toUserId: string;
}

interface TransferResult {
  moved: Record<string, number>;
}

/** The types a transfer walks, in a fixed order (by name) so every run and every process agrees on the cursor. */
function transferTypes() {
  return entityTypes().filter((t) => t.transferOwnership).sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Hands a user's records to another: at once when few, else as a chunked job (see TRANSFER_JOB).
 * @throws AppError forbidden | not_found | validation_failed (as checkTransfer)
 */
export function startUserTransfer(db: Kysely<Database>, actor: Actor, fromUserId: string, toUserId: string): Promise<TransferStart> {
  return startTransfer(db, actor, fromUserId, toUserId, (trx, total) => enqueueChunkedJob<TransferResult>(trx, {
    type: TRANSFER_JOB, workspaceId: actor.workspaceId, userId: actor.userId, kind: 'user.transfer', total,
    payload: { by: actorRef(actor), fromUserId, toUserId } satisfies TransferPayload, result: { moved: {} },
  }));
}

/**
 * One chunk: up to `limit` records of the type the cursor names (a type that cannot move in
 * chunks moves whole), with the checks run again; the cursor moves to the next type once one is empty.
 */
async function transferStep(trx: Transaction<Database>, job: Job<TransferPayload>, state: ChunkState<TransferResult>, limit: number): Promise<ChunkOutcome<TransferResult>> {
  const p = job.payload;
  const actor = await currentJobActor(trx, job.workspaceId!, p.by);
  await checkTransfer(trx, actor, p.fromUserId, p.toUserId);
  const types = transferTypes();
  const at = state.cursor === null ? 0 : types.findIndex((t) => t.type === state.cursor);
  const type = types[at < 0 ? types.length : at];
  if (!type) return { ...state, done: Math.max(state.done, state.total), finished: true };
  let moved: number;
  let exhausted: boolean;
  if (type.transferChunk) {
    moved = await type.transferChunk(trx, actor, p.fromUserId, p.toUserId, limit);
    exhausted = moved < limit;
  } else {
    moved = await type.transferOwnership!(trx, actor, p.fromUserId, p.toUserId);
    exhausted = true;
  }
  const result = { moved: { ...state.result.moved, [type.type]: (state.result.moved[type.type] ?? 0) + moved } };
  const next = exhausted ? types[at + 1] : type;
  const done = Math.min(state.done + moved, state.total);
  return { total: state.total, done: next ? done : state.total, cursor: next?.type ?? '', result, finished: !next };
}

/** The end of a transfer job: the audit entry a transfer always writes, and a notification to whoever started it. */
async function transferFinish(trx: Transaction<Database>, job: Job<TransferPayload>, end: ChunkState<TransferResult> & { state: 'done' | 'failed'; error: string | null }): Promise<void> {
  const p = job.payload;
  const workspaceId = job.workspaceId!;
  await auditTransfer(trx, { workspaceId, actorId: p.by.userId, ...p.by.request }, p.fromUserId, p.toUserId, end.result.moved, {
    jobId: job.id, state: end.state, ...(end.error ? { error: end.error } : {}),
  });
  await notify(trx, [{
    workspaceId, userId: p.by.userId, type: end.state === 'done' ? 'transfer.done' : 'transfer.failed',
    data: { jobId: job.id, fromUserId: p.fromUserId, toUserId: p.toUserId, total: end.total, done: end.done, moved: end.result.moved, error: end.error },
  }]);
}

/** Registers the transfer job's handler on a worker's registry. @throws Error when already registered there */
export function registerTransferJobs(registry: JobRegistry): void {
  registry.register<TransferPayload>(TRANSFER_JOB, chunkedJobHandler<TransferPayload, TransferResult>({ step: transferStep, finish: transferFinish }));
}
