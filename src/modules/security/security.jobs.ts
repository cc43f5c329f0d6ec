import type { JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { addMs, now } from '../../platform/clock.js';
import { registerRetention, retentionHandler } from '../../platform/jobs/retention.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { deleteAccessCountersBefore, deleteAccessLogBefore, deleteAccessViewsBefore } from './access-log.repository.js';
import { deleteHourCountersBefore, deleteReadLogBefore, deleteRefusedBefore } from './read-log.repository.js';

export const ACCESS_LOG_CLEANUP_JOB = 'security.access_log_cleanup';
export const ACCESS_VIEWS_CLEANUP_JOB = 'security.access_views_cleanup';
export const ACCESS_COUNTERS_CLEANUP_JOB = 'security.access_counters_cleanup';
export const ACCESS_HOUR_COUNTERS_CLEANUP_JOB = 'security.access_hour_counters_cleanup';
export const READ_LOG_CLEANUP_JOB = 'security.read_log_cleanup';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;

/** The alarm looks back one hour; a week is kept for an administrator looking into one. */
export function accessLogCleanupHandler(keepDays: number) {
  return retentionHandler({ type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays, deleteBatch: deleteAccessLogBefore });
}

/**
 * Registers the security module's background work, hourly: clean-ups of the access log (exports)
 * and of the cards opened per hour (entries older than 7 days), of the alarm's per-minute counters
 * (older than a day: the alarm reads the last hour only), of its hour buckets and the refused
 * attempts (older than 2 days and `keepDays`), and of the read log (each workspace's `readAuditDays`).
 * @throws Error when it is already registered there.
 */
export function registerSecurityJobs(registry: JobRegistry, options: { keepDays?: number; everyMs?: number } = {}): void {
  const keepDays = options.keepDays ?? 7;
  registerRetention(registry, { type: ACCESS_LOG_CLEANUP_JOB, what: 'access-log entries', keepDays, deleteBatch: deleteAccessLogBefore, everyMs: options.everyMs });
  registerRetention(registry, { type: ACCESS_VIEWS_CLEANUP_JOB, what: 'card-view entries', keepDays, deleteBatch: deleteAccessViewsBefore, everyMs: options.everyMs });
  registerRetention(registry, { type: ACCESS_COUNTERS_CLEANUP_JOB, what: 'alarm counters', keepDays: 1, deleteBatch: deleteAccessCountersBefore, everyMs: options.everyMs });
  // The daily sum reads 24 hour buckets; refused attempts stay as long as the other access records.
  registerRetention(registry, {
    type: ACCESS_HOUR_COUNTERS_CLEANUP_JOB, what: 'alarm hour counters and refused attempts', keepDays: 2, everyMs: options.everyMs,
    deleteBatch: async (db, before) => (await deleteHourCountersBefore(db, before)) + (await deleteRefusedBefore(db, addMs(before, -(keepDays - 2) * DAY_MS))),
  });
  registry.register(READ_LOG_CLEANUP_JOB, async (_job, { db, logger }) => {
    for (const { id, settings } of await workspacesService.listWorkspaceSettings(db)) {
      const before = addMs(now(), -settings.readAuditDays * DAY_MS);
      let total = 0;
      for (let n = BATCH; n === BATCH; total += n) n = await deleteReadLogBefore(db, id, before, BATCH);
      if (total > 0) logger.info({ deleted: total, before, workspaceId: id }, 'deleted old read-log entries');
    }
  });
  registry.schedule({ name: READ_LOG_CLEANUP_JOB, everyMs: options.everyMs ?? 60 * 60 * 1000, type: READ_LOG_CLEANUP_JOB });
}
