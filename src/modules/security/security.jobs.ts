import { addMs, now } from '../../platform/clock.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { deleteAccessLogBefore } from './access-log.repository.js';

export const ACCESS_LOG_CLEANUP_JOB = 'security.access_log_cleanup';

const DAY_MS = 24 * 60 * 60 * 1000;
const DELETE_BATCH = 1000;

/**
 * Deletes access-log entries older than `keepDays`, in batches so no statement holds locks for
 * long. The alarm looks back one hour; a week is kept for an administrator looking into one.
 */
export function accessLogCleanupHandler(keepDays: number): JobHandler {
  return async (_job, { db, logger }) => {
    const before = addMs(now(), -keepDays * DAY_MS);
    let total = 0;
    for (;;) {
      const deleted = await deleteAccessLogBefore(db, before, DELETE_BATCH);
      total += deleted;
      if (deleted < DELETE_BATCH) break;
    }
    if (total > 0) logger.info({ deleted: total, before }, 'deleted old access-log entries');
  };
}

/**
 * Registers the security module's background work on a job registry: an hourly clean-up of the
 * access log (entries older than 7 days).
 * @throws Error when it is already registered there.
 */
export function registerSecurityJobs(registry: JobRegistry, options: { keepDays?: number; everyMs?: number } = {}): void {
  registry.register(ACCESS_LOG_CLEANUP_JOB, accessLogCleanupHandler(options.keepDays ?? 7));
  registry.schedule({ name: 'security.access_log_cleanup', everyMs: options.everyMs ?? 60 * 60 * 1000, type: ACCESS_LOG_CLEANUP_JOB });
}
