import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { addMs, now } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import * as jobs from './jobs.repository.js';
import { scheduleKey, type Job, type RecurringJob } from './jobs.registry.js';

export interface EnqueueJobInput {
  type: string;
  payload?: unknown;
  /** ISO UTC time before which the job does not run; default now. */
  runAt?: string;
  workspaceId?: string | null;
  /** Runs (first one included) before the job is failed for good; default 5. */
  maxAttempts?: number;
  /** While a job with this key is queued or running, enqueueing the key again adds nothing. */
  uniqueKey?: string | null;
}

const MAX_ERROR_LENGTH = 2000;

/**
 * Queues a background job. Inside a transaction the job exists only if the transaction commits.
 * With `uniqueKey`, answers the id of the job already holding the key instead of adding one;
 * the key is freed when that job finishes, so the same key can be queued again afterwards.
 * @throws AppError validation_failed when the type is empty or maxAttempts is not a positive integer;
 *   AppError conflict in the unlikely case the key keeps changing hands while we look.
 */
export async function enqueueJob(db: Executor, input: EnqueueJobInput): Promise<string> {
  const maxAttempts = input.maxAttempts ?? 5;
  if (!input.type) throw new AppError('validation_failed', 'A job needs a type', { type: 'required' });
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new AppError('validation_failed', 'maxAttempts must be a positive integer', { maxAttempts: 'invalid' });
  }
  const at = now();
  const row = {
    workspaceId: input.workspaceId ?? null,
    type: input.type,
    payload: input.payload === undefined ? null : toJson(input.payload),
    runAt: input.runAt ?? at,
    maxAttempts,
    uniqueKey: input.uniqueKey ?? null,
    at,
  };
  // The holder of a key can finish between our insert and our look-up; then the key is free again.
  for (let tries = 0; tries < 3; tries++) {
    const id = newId();
    if (await jobs.insertJob(db, { ...row, id })) return id;
    const existing = await jobs.findJobIdByUniqueKey(db, row.uniqueKey!);
    if (existing) return existing;
  }
  throw new AppError('conflict', `Could not enqueue job with key "${row.uniqueKey}"`);
}

/**
 * Makes sure the recurring job has its one pending run; answers its id.
 * @throws AppError as enqueueJob.
 */
export async function ensureScheduled(db: Executor, schedule: RecurringJob): Promise<string> {
  return enqueueJob(db, {
    type: schedule.type,
    payload: schedule.payload,
    runAt: schedule.firstRunAt,
    maxAttempts: schedule.maxAttempts ?? 3,
    uniqueKey: scheduleKey(schedule.name),
  });
}

/** The next run of a recurring job: one interval after the run that just ended was due, never in the past. */
function nextRunOf(job: Job, schedule: RecurringJob, at: string): EnqueueJobInput {
  const due = addMs(job.runAt, schedule.everyMs);
  return {
    type: schedule.type,
    payload: schedule.payload,
    runAt: due > at ? due : at,
    maxAttempts: schedule.maxAttempts ?? 3,
    uniqueKey: scheduleKey(schedule.name),
  };
}

/** Turns a stored row into what a handler sees. */
export function toJob(row: jobs.JobRow): Job {
  return {
    id: row.id,
    type: row.type,
    payload: row.payload === null ? null : fromJson(row.payload),
    workspaceId: row.workspace_id,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    uniqueKey: row.unique_key,
    createdAt: row.created_at,
  };
}

export type JobOutcome = 'done' | 'retry' | 'failed' | 'lease_lost';

/**
 * Records how a run ended: done, queued again after `retryDelayMs`, or failed for good (no attempts
 * left, or `permanent`). A recurring job's next run is queued in the same transaction as the end
 * of this one, so a crash never leaves a schedule without its pending job.
 */
export async function finishJobRun(
  db: Kysely<Database>,
  job: Job,
  workerId: string,
  result: { error?: unknown; permanent?: boolean; retryDelayMs: number; schedule?: RecurringJob },
): Promise<JobOutcome> {
  const lease = { id: job.id, workerId, attempts: job.attempts };
  return db.transaction().execute(async (trx) => {
    const at = now();
    let outcome: JobOutcome;
    if (result.error === undefined) {
      outcome = (await jobs.markJobDone(trx, lease, at)) ? 'done' : 'lease_lost';
    } else {
      const message = describeError(result.error);
      if (result.permanent || job.attempts >= job.maxAttempts) {
        outcome = (await jobs.markJobFailed(trx, lease, message, at)) ? 'failed' : 'lease_lost';
      } else {
        const runAt = addMs(at, result.retryDelayMs);
        outcome = (await jobs.markJobForRetry(trx, lease, runAt, message, at)) ? 'retry' : 'lease_lost';
      }
    }
    if (result.schedule && (outcome === 'done' || outcome === 'failed')) await enqueueJob(trx, nextRunOf(job, result.schedule, at));
    return outcome;
  });
}

/** Exponential backoff: base, 2x base, 4x base ... capped, with ±10% jitter so retries spread out. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
  return Math.round(exponential * (0.9 + Math.random() * 0.2));
}

/** A short, storable description of a thrown value. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

/** A job by id, for inspection (admin screens, tests). */
export async function getJob(db: Executor, id: string) {
  const row = await jobs.findJob(db, id);
  return row ? { ...toJob(row), status: row.status, lastError: row.last_error, finishedAt: row.finished_at, lockedBy: row.locked_by } : undefined;
}
