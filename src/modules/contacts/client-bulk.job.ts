import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { audit } from '../../platform/history/record-change.js';
import { chunkedJobHandler, enqueueChunkedJob, type ChunkOutcome, type ChunkState } from '../../platform/jobs/chunked-job.js';
import { PermanentJobError, type Job, type JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { actorRef, currentJobActor, type ActorRef } from '../jobs/job-actor.js';
import { notify } from '../notifications/notifications.service.js';
import {
  applyBulkToRows, bulkUpdateClients, matchConditions, planBulk, sizeSelection, SYNC_LIMIT, type BulkInput, type BulkPlan, type SizedSelection,
} from './client-bulk.js';
import { selectBulkChunk } from './client-bulk.repository.js';
import { COMPANY, CONTACT, type ClientKind } from './client-kind.js';

/** Bulk actions over more than a page of records, as a background job in short chunks (see chunkedJobHandler). */
export const CLIENT_BULK_JOB = 'clients.bulk';

interface BulkJobPayload {
  entityType: string;
  by: ActorRef;
  /** The action and its filter; picked ids travel in `ids`. */
  input: Omit<BulkInput, 'ids'>;
  ids?: string[];
  upToId?: string;
}

interface BulkJobResult {
  updated: number;
  skipped: number;
}

const KINDS = new Map<string, ClientKind>([[CONTACT.entityType, CONTACT], [COMPANY.entityType, COMPANY]]);

function kindOf(entityType: string): ClientKind {
  const kind = KINDS.get(entityType);
  if (!kind) throw new PermanentJobError(`No bulk actions for "${entityType}"`);
  return kind;
}

export type BulkStart = { status: 200; body: BulkJobResult } | { status: 202; jobId: string };

async function queueBulkJob(trx: Transaction<Database>, actor: Actor, kind: ClientKind, input: BulkInput, sized: SizedSelection): Promise<string> {
  const { ids, ...rest } = input;
  const payload: BulkJobPayload = {
    entityType: kind.entityType, by: actorRef(actor), input: rest,
    ...(ids ? { ids: sized.ids } : { upToId: sized.upToId ?? undefined }),
  };
  return enqueueChunkedJob<BulkJobResult>(trx, {
    type: CLIENT_BULK_JOB, workspaceId: actor.workspaceId, userId: actor.userId, kind: `${kind.entityType}.bulk_${input.action}`,
    total: sized.size, payload, result: { updated: 0, skipped: 0 },
  });
}

/**
 * Runs a bulk action now (200 with counts) when the selection is one page (SYNC_LIMIT) or less, or
 * queues it as a chunked job (202 with its id) when larger; rights and input are checked first either way.
 * @throws AppError forbidden | validation_failed
 */
export async function startClientBulk(db: Kysely<Database>, actor: Actor, kind: ClientKind, input: BulkInput): Promise<BulkStart> {
  return db.transaction().execute(async (trx): Promise<BulkStart> => {
    const plan = await planBulk(trx, actor, kind, input);
    const sized = await sizeSelection(trx, actor, kind, input, plan);
    if (sized.size <= SYNC_LIMIT) return { status: 200, body: await bulkUpdateClients(trx, actor, kind, input, sized, plan) };
    return { status: 202, jobId: await queueBulkJob(trx, actor, kind, input, sized) };
  });
}

/** One chunk: the next `limit` picked ids, or the next `limit` matching records after the cursor, with rights checked anew. */
async function bulkStep(trx: Transaction<Database>, job: Job<BulkJobPayload>, state: ChunkState<BulkJobResult>, limit: number): Promise<ChunkOutcome<BulkJobResult>> {
  const p = job.payload;
  const kind = kindOf(p.entityType);
  const actor = await currentJobActor(trx, job.workspaceId!, p.by);
  const input: BulkInput = { ...p.input, ...(p.ids ? { ids: p.ids } : {}) };
  const plan: BulkPlan = await planBulk(trx, actor, kind, input);
  if (p.ids) {
    const from = Number(state.cursor ?? 0);
    const slice = p.ids.slice(from, from + limit);
    const rows = await selectBulkChunk(trx, kind, actor, plan.reach, { ids: slice }, limit);
    const updated = await applyBulkToRows(trx, actor, kind, input, plan, rows);
    const done = from + slice.length;
    const result = { updated: state.result.updated + updated, skipped: state.result.skipped + slice.length - rows.length };
    return { total: state.total, done, cursor: String(done), result, finished: done >= p.ids.length };
  }
  const conditions = await matchConditions(trx, actor, kind, p.input.match ?? {});
  const rows = p.upToId ? await selectBulkChunk(trx, kind, actor, plan.reach, { conditions, afterId: state.cursor, upToId: p.upToId }, limit) : [];
  const updated = await applyBulkToRows(trx, actor, kind, input, plan, rows);
  const done = state.done + rows.length;
  const finished = rows.length < limit;
  // Records that left the filter or the actor's reach since the job started count as skipped.
  const result = { updated: state.result.updated + updated, skipped: finished ? Math.max(0, state.total - done) : 0 };
  return { total: state.total, done: finished ? Math.max(done, state.total) : done, cursor: rows.at(-1)?.id ?? state.cursor, result, finished };
}

/** The end of a bulk job: its one audit entry (as a small bulk action writes) and a notification to whoever started it. */
async function bulkFinish(trx: Transaction<Database>, job: Job<BulkJobPayload>, end: ChunkState<BulkJobResult> & { state: 'done' | 'failed'; error: string | null }): Promise<void> {
  const p = job.payload;
  const workspaceId = job.workspaceId!;
  await audit(trx, { workspaceId, actorId: p.by.userId, ...p.by.request }, `${p.entityType}.bulk_${p.input.action}`, {
    entityType: p.entityType,
    changes: {
      size: end.total, updated: end.result.updated, skipped: end.result.skipped, jobId: job.id, state: end.state, ...(end.error ? { error: end.error } : {}),
      ...(p.input.match ? { match: p.input.match } : {}), ...(p.input.ownerId ? { ownerId: p.input.ownerId } : {}),
      ...(p.input.tags?.length ? { tags: p.input.tags } : {}), ...(p.input.status ? { status: p.input.status } : {}),
    },
  });
  await notify(trx, [{
    workspaceId, userId: p.by.userId, type: end.state === 'done' ? 'bulk.done' : 'bulk.failed',
    data: { jobId: job.id, entityType: p.entityType, action: p.input.action, total: end.total, done: end.done, ...end.result, error: end.error },
  }]);
}

/** Registers the bulk job's handler on a worker's registry. @throws Error when already registered there */
export function registerClientBulkJobs(registry: JobRegistry): void {
  registry.register<BulkJobPayload>(CLIENT_BULK_JOB, chunkedJobHandler<BulkJobPayload, BulkJobResult>({ step: bulkStep, finish: bulkFinish }));
}
