import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { ChunkOutcome, ChunkState } from '../../platform/jobs/chunked-job.js';
import type { z } from 'zod';
import type { BulkCounts, RecordType } from '../../platform/records/record-type.js';
import { queueRecordBulkJob } from '../records/record-bulk.job.js';
import {
  applyBulkToRows, bulkUpdateClients, matchConditions, planBulk, sizeSelection, SYNC_LIMIT, type BulkInput, type BulkPlan, type SizedSelection,
} from './client-bulk.js';
import { selectBulkChunk } from './client-bulk.repository.js';
import type { ClientKind } from './client-kind.js';

/**
 * Bulk actions on contacts and companies: done at once for a page of records, else queued as the
 * records module's bulk job, whose chunks come back here through the type's `bulk.chunk` hook.
 */

/** What a queued job of a client type carries: the action and its filter, and the picked ids or the last matching id. */
export interface ClientBulkWork {
  /** The action and its filter; picked ids travel in `ids`. */
  input: Omit<BulkInput, 'ids'>;
  ids?: string[];
  upToId?: string;
}

export type BulkStart = { status: 200; body: BulkCounts } | { status: 202; jobId: string };

function queueBulkJob(trx: Transaction<Database>, actor: Actor, kind: ClientKind, input: BulkInput, sized: SizedSelection): Promise<string> {
  const { ids, ...rest } = input;
  const work: ClientBulkWork = { input: rest, ...(ids ? { ids: sized.ids } : { upToId: sized.upToId ?? undefined }) };
  return queueRecordBulkJob(trx, actor, { entityType: kind.entityType, action: input.action, total: sized.size, work });
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

/** One chunk of a queued job: the next `limit` picked ids, or the next `limit` matching records after the cursor, with rights checked anew. */
export async function clientBulkChunk(trx: Transaction<Database>, actor: Actor, kind: ClientKind, p: ClientBulkWork, state: ChunkState<BulkCounts>, limit: number): Promise<ChunkOutcome<BulkCounts>> {
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

/** A queued job's action and what its audit entry records besides the counts. */
export function describeClientBulk(p: ClientBulkWork): { action: string; details: Record<string, unknown> } {
  return {
    action: p.input.action,
    details: {
      ...(p.input.match ? { match: p.input.match } : {}), ...(p.input.ownerId ? { ownerId: p.input.ownerId } : {}),
      ...(p.input.tags?.length ? { tags: p.input.tags } : {}), ...(p.input.status ? { status: p.input.status } : {}),
    },
  };
}

/** The `bulk` hook of a client record type: its input schema, the start, and the chunks and summary of its queued job. */
export function clientBulkHook(kind: ClientKind, input: z.ZodType): NonNullable<RecordType['bulk']> {
  return {
    input,
    start: (db, actor, body) => startClientBulk(db, actor, kind, body as BulkInput),
    chunk: (trx, actor, work, state, limit) => clientBulkChunk(trx, actor, kind, work as ClientBulkWork, state, limit),
    describe: (work) => describeClientBulk(work as ClientBulkWork),
  };
}
