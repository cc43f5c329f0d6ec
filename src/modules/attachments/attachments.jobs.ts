import { addMs, now } from '../../platform/clock.js';
import { removeFileIfUnreferenced, sweepTempFiles } from '../../platform/files/file-store.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import * as attachments from './attachments.repository.js';

export const ATTACHMENTS_CLEANUP_JOB = 'attachments.cleanup';
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

export interface AttachmentCleanupOptions {
  dataDir: string;
  /** How long a deleted attachment (row and content) is kept; default 30 days, like the trash. */
  keepDays?: number;
  everyMs?: number;
}

/**
 * Removes attachments deleted longer ago than `keepDays` for good, then their content when no
 * other row points at it, and temporary files a crashed upload left behind.
 */
export function attachmentsCleanupHandler(options: AttachmentCleanupOptions): JobHandler {
  return async (_job, { db, logger }) => {
    const before = addMs(now(), -(options.keepDays ?? 30) * DAY_MS);
    let purged = 0;
    let files = 0;
    for (;;) {
      const rows = await attachments.deletedBefore(db, before, BATCH);
      await attachments.purgeAttachmentRows(db, rows.map((r) => r.id));
      for (const sha256 of new Set(rows.map((r) => r.sha256))) if (await removeFileIfUnreferenced(db, options.dataDir, sha256)) files++;
      purged += rows.length;
      if (rows.length < BATCH) break;
    }
    const temporary = await sweepTempFiles(options.dataDir, DAY_MS);
    if (purged || files || temporary) logger.info({ purged, files, temporary, before }, 'purged deleted attachments');
  };
}

/**
 * Registers the attachments module's background work: a daily purge of long-deleted attachments.
 * @throws Error when it is already registered there.
 */
export function registerAttachmentJobs(registry: JobRegistry, options: AttachmentCleanupOptions): void {
  registry.register(ATTACHMENTS_CLEANUP_JOB, attachmentsCleanupHandler(options));
  registry.schedule({ name: ATTACHMENTS_CLEANUP_JOB, everyMs: options.everyMs ?? DAY_MS, type: ATTACHMENTS_CLEANUP_JOB });
}
