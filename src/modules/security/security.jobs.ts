import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { registerRetention, retentionHandler } from '../../platform/jobs/retention.js';
import { deleteAccessLogBefore } from './access-log.repository.js';

export const ACCESS_LOG_CLEANUP_JOB = 'security.access_log_cleanup';

/** The alarm looks back one hour; a week is kept for an administrator looking into one. */
export function accessLogCleanupHandler(keepDays: number) {
  return retentionHandler({ type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays, deleteBatch: deleteAccessLogBefore });
}

/**
 * Registers the security module's background work: an hourly clean-up of the access log
 * (entries older than 7 days).
 * @throws Error when it is already registered there.
 */
export function registerSecurityJobs(registry: JobRegistry, options: { keepDays?: number; everyMs?: number } = {}): void {
  registerRetention(registry, {
    type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays: options.keepDays ?? 7,
    deleteBatch: deleteAccessLogBefore, everyMs: options.everyMs,
  });
}
