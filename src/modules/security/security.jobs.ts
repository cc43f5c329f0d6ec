import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { registerRetention, retentionHandler } from '../../platform/jobs/retention.js';
import { deleteAccessCountersBefore, deleteAccessLogBefore, deleteAccessViewsBefore } from './access-log.repository.js';

export const ACCESS_LOG_CLEANUP_JOB = 'security.access_log_cleanup';
export const ACCESS_VIEWS_CLEANUP_JOB = 'security.access_views_cleanup';
export const ACCESS_COUNTERS_CLEANUP_JOB = 'security.access_counters_cleanup';

/** The alarm looks back one hour; a week is kept for an administrator looking into one. */
export function accessLogCleanupHandler(keepDays: number) {
  return retentionHandler({ type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays, deleteBatch: deleteAccessLogBefore });
}

/**
 * Registers the security module's background work, hourly: clean-ups of the access log (exports)
 * and of the cards opened per hour (entries older than 7 days), and of the alarm's per-minute
 * counters (older than a day: the alarm reads the last hour only).
 * @throws Error when it is already registered there.
 */
export function registerSecurityJobs(registry: JobRegistry, options: { keepDays?: number; everyMs?: number } = {}): void {
  const keepDays = options.keepDays ?? 7;
  registerRetention(registry, { type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays, deleteBatch: deleteAccessLogBefore, everyMs: options.everyMs });
  registerRetention(registry, { type: ACCESS_VIEWS_CLEANUP_JOB, what: 'card-view entries', keepDays, deleteBatch: deleteAccessViewsBefore, everyMs: options.everyMs });
  registerRetention(registry, { type: ACCESS_COUNTERS_CLEANUP_JOB, what: 'alarm counters', keepDays: 1, deleteBatch: deleteAccessCountersBefore, everyMs: options.everyMs });
}
