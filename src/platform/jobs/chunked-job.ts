import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { now } from '../clock.js';
import { isAppError } from '../errors.js';
import { fromJson } from '../json.js';
import { findJobProgressById, finishJobProgress, insertJobProgress, saveJobProgress } from './job-progress.repository.js';
import { PermanentJobError, type Job, type JobHandler } from './jobs.registry.js';
import { describeError, enqueueJob } from './jobs.service.js';

/** Where a chunked job stands: how many items are behind it, where the next chunk starts, the result so far. */
export interface ChunkState<R> {
  total: number;
  done: number;
  cursor: string | null;
  result: R;
}

export interface ChunkOutcome<R> extends ChunkState<R> {
  finished: boolean;
}

export interface ChunkedJob<P, R> {
  /**
   * Does one chunk of at most `limit` items in `trx` (re-checking whatever rights it needs) and
   * answers the state after it.
   * Throwing an AppError (forbidden, validation_failed...) or PermanentJobError fails the job for good.
   */
  step(trx: Transaction<Database>, job: Job<P>, state: ChunkState<R>, limit: number): Promise<ChunkOutcome<R>>;
  /** Runs in the transaction that ends the job, done or failed: the summary audit entry, the notification. */
  finish(trx: Transaction<Database>, job: Job<P>, end: ChunkState<R> & { state: 'done' | 'failed'; error: string | null }): Promise<void>;
}

/**
 * How long one chunk may hold the database. SQLite has one connection, so a request that arrives
 * during a chunk waits for its end: chunks are sized to this, which bounds that wait.
 */
export const CHUNK_TARGET_MS = 25;
/** Items in the first chunk, and the bounds of the sizes that follow. */
export const CHUNK_SIZES = { first: 200, min: 20, max: 2000 } as const;

/** The next chunk's size: as many items as the last chunk's pace fits in the target time, changing at most by half or double. */
export function nextChunkSize(size: number, items: number, ms: number): number {
  if (items <= 0 || ms <= 0) return size;
  const fit = Math.floor((items / ms) * CHUNK_TARGET_MS);
  return Math.max(CHUNK_SIZES.min, Math.min(CHUNK_SIZES.max, Math.max(Math.floor(size / 2), Math.min(size * 2, fit))));
}

/**
 * A pause between two chunks, on a timer: the server reads the requests that arrived meanwhile and
 * runs them before the next chunk takes the connection (a quarter of the chunk's time, at least 2 ms).
 */
const pauseForRequests = (chunkMs: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(2, Math.round(chunkMs / 4))));

function isPermanent(error: unknown): boolean {
  return error instanceof PermanentJobError || (isAppError(error) && error.code !== 'conflict');
}

/**
 * A job handler that works in short transactions, one chunk each, sized to take about
 * CHUNK_TARGET_MS with a pause after it: the chunk's writes, its history
 * and the job's progress (`job_progress`) commit together, so a crash loses at most the chunk in
 * flight and the next run resumes from the last committed cursor. Each chunk re-reads the progress
 * row (locked on PostgreSQL), so two runs of one job never apply a chunk twice. The job needs a
 * progress row, added when it was queued.
 */
export function chunkedJobHandler<P, R>(spec: ChunkedJob<P, R>): JobHandler<P> {
  return async (job, { db }) => {
    let size: number = CHUNK_SIZES.first;
    try {
      for (;;) {
        const started = performance.now();
        let items = 0;
        const outcome = await db.transaction().execute(async (trx) => {
          const row = await findJobProgressById(trx, job.id, true);
          if (!row) throw new PermanentJobError(`Job ${job.id} has no progress row`);
          if (row.state === 'done' || row.state === 'failed') return null;
          const state: ChunkState<R> = { total: row.total, done: row.done, cursor: row.cursor, result: fromJson<R>(row.result) };
          const next = await spec.step(trx, job, state, size);
          items = next.done - state.done;
          const at = now();
          await saveJobProgress(trx, job.id, { state: 'running', done: next.done, cursor: next.cursor, result: next.result, total: next.total, at });
          if (next.finished) {
            await finishJobProgress(trx, job.id, { state: 'done', result: next.result, error: null, at });
            await spec.finish(trx, job, { ...next, state: 'done', error: null });
          }
          return next;
        });
        if (!outcome || outcome.finished) return;
        const ms = performance.now() - started;
        size = nextChunkSize(size, items, ms);
        await pauseForRequests(ms);
      }
    } catch (error) {
      const permanent = isPermanent(error);
      if (permanent || job.attempts >= job.maxAttempts) {
        const message = isAppError(error) ? error.code : describeError(error);
        await db.transaction().execute(async (trx) => {
          const row = await findJobProgressById(trx, job.id, true);
          if (!row || row.state === 'done' || row.state === 'failed') return;
          // What committed stays (with its history); the result says how far the job got.
          const committed: ChunkState<R> = { total: row.total, done: row.done, cursor: row.cursor, result: fromJson<R>(row.result) };
          await finishJobProgress(trx, job.id, { state: 'failed', result: committed.result, error: message, at: now() });
          await spec.finish(trx, job, { ...committed, state: 'failed', error: message });
        });
        if (permanent && !(error instanceof PermanentJobError)) throw new PermanentJobError(describeError(error), { cause: error });
      }
      throw error;
    }
  };
}

export interface NewChunkedJob<R> {
  type: string;
  workspaceId: string;
  /** Who started it (sees its progress and gets its notification); null for system work. */
  userId: string | null;
  /** What it does, shown with its progress: `contact.bulk_assign_owner`, `user.transfer`. */
  kind: string;
  total: number;
  payload: unknown;
  /** The result before the first chunk (zero counts). */
  result: R;
  maxAttempts?: number;
}

/** Queues a chunked job with its progress row, in the caller's transaction; answers the job id. */
export async function enqueueChunkedJob<R>(trx: Transaction<Database>, input: NewChunkedJob<R>): Promise<string> {
  const jobId = await enqueueJob(trx, { type: input.type, workspaceId: input.workspaceId, payload: input.payload, maxAttempts: input.maxAttempts ?? 10 });
  await insertJobProgress(trx, { jobId, workspaceId: input.workspaceId, userId: input.userId, kind: input.kind, total: input.total, result: input.result, at: now() });
  return jobId;
}
