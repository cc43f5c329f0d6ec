import { deleteDoneJobs } from './jobs.repository.js';
import type { JobRegistry } from './jobs.registry.js';
import { deleteDispatchedEvents } from '../outbox/outbox.repository.js';
import { registerRetention, retentionHandler } from './retention.js';
import { deleteExpiredIdempotencyKeys } from '../idempotency/idempotency.service.js';
import { deleteEndedRateLimitWindows } from '../rate-limit/rate-limit.service.js';
import { deleteFinishedJobProgress } from './job-progress.repository.js';

export const HOUSEKEEPING_JOB = 'jobs.housekeeping';
export const OUTBOX_CLEANUP_JOB = 'outbox.cleanup';
export const IDEMPOTENCY_CLEANUP_JOB = 'idempotency.cleanup';
export const RATE_LIMIT_CLEANUP_JOB = 'rate_limit.cleanup';
export const JOB_PROGRESS_CLEANUP_JOB = 'job_progress.cleanup';

export interface HousekeepingOptions {
  /** Done jobs older than this many days are deleted; failed ones stay for a person to look at. Default 7. */
  keepDoneDays?: number;
  /** Delivered outbox events older than this many days are deleted; default 30. */
  keepEventsDays?: number;
  /** Progress rows of finished jobs (bulk actions, transfers) older than this many days are deleted; default 30. */
  keepProgressDays?: number;
  /** How often housekeeping runs; default hourly. */
  everyMs?: number;
}

/**
 * The handler that deletes old done jobs. Mail jobs carry message bodies in their payload, so this
 * also bounds how long those are kept.
 */
export function housekeepingHandler(keepDoneDays: number) {
  return retentionHandler({ type: HOUSEKEEPING_JOB, what: 'done jobs', keepDays: keepDoneDays, deleteBatch: deleteDoneJobs });
}

/**
 * Registers the platform's own clean-ups, hourly: done jobs, delivered outbox events (the audit
 * log and record history keep what happened; the outbox is only a delivery queue), and
 * `Idempotency-Key` answers past their 24 hours, ended rate-limit windows, and the progress rows of
 * jobs that finished over a month ago (a person opens a job's result from its notification soon after).
 * @throws Error when housekeeping is already registered there.
 */
export function registerHousekeeping(registry: JobRegistry, options: HousekeepingOptions = {}): void {
  registry.register(HOUSEKEEPING_JOB, housekeepingHandler(options.keepDoneDays ?? 7));
  registry.schedule({ name: 'housekeeping', everyMs: options.everyMs ?? 60 * 60 * 1000, type: HOUSEKEEPING_JOB });
  registerRetention(registry, {
    type: OUTBOX_CLEANUP_JOB, what: 'delivered outbox events', keepDays: options.keepEventsDays ?? 30,
    deleteBatch: deleteDispatchedEvents, everyMs: options.everyMs,
  });
  registerRetention(registry, {
    type: IDEMPOTENCY_CLEANUP_JOB, what: 'expired idempotency keys', keepDays: 1, deleteBatch: deleteExpiredIdempotencyKeys, everyMs: options.everyMs,
  });
  // Kept 0 days: a window is useless once it has ended (its end is what is compared).
  registerRetention(registry, {
    type: RATE_LIMIT_CLEANUP_JOB, what: 'ended rate-limit windows', keepDays: 0, deleteBatch: deleteEndedRateLimitWindows, everyMs: options.everyMs,
  });
  registerRetention(registry, {
    type: JOB_PROGRESS_CLEANUP_JOB, what: 'progress of finished jobs', keepDays: options.keepProgressDays ?? 30,
    deleteBatch: deleteFinishedJobProgress, everyMs: options.everyMs,
  });
}
