import { addMs, now } from '../clock.js';
import { deleteDoneJobs } from './jobs.repository.js';
import type { JobHandler, JobRegistry } from './jobs.registry.js';

export const HOUSEKEEPING_JOB = 'jobs.housekeeping';

const DAY_MS = 24 * 60 * 60 * 1000;
const DELETE_BATCH = 1000;

export interface HousekeepingOptions {
  /** Done jobs older than this many days are deleted; failed ones stay for a person to look at. Default 7. */
  keepDoneDays?: number;
  /** How often housekeeping runs; default hourly. */
  everyMs?: number;
}

/**
 * The handler that deletes old done jobs, in batches so no single statement holds locks for long.
 * Mail jobs carry message bodies in their payload, so this also bounds how long those are kept.
 */
export function housekeepingHandler(keepDoneDays: number): JobHandler {
  return async (_job, { db, logger }) => {
    const before = addMs(now(), -keepDoneDays * DAY_MS);
    let total = 0;
    for (;;) {
      const deleted = await deleteDoneJobs(db, before, DELETE_BATCH);
      total += deleted;
      if (deleted < DELETE_BATCH) break;
    }
    if (total > 0) logger.info({ deleted: total, before }, 'deleted old done jobs');
  };
}

/**
 * Registers the housekeeping handler and its hourly schedule on a registry.
 * @throws Error when housekeeping is already registered there.
 */
export function registerHousekeeping(registry: JobRegistry, options: HousekeepingOptions = {}): void {
  registry.register(HOUSEKEEPING_JOB, housekeepingHandler(options.keepDoneDays ?? 7));
  registry.schedule({ name: 'housekeeping', everyMs: options.everyMs ?? 60 * 60 * 1000, type: HOUSEKEEPING_JOB });
}
