import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { PermanentJobError } from '../../platform/jobs/jobs.registry.js';
import { findDuplicateKind } from './duplicate-kinds.js';
import { rebuildPairs } from './duplicate-pairs.js';
import { DUPLICATES_REBUILD_JOB } from './duplicate-pairs.service.js';

/**
 * The `duplicates.rebuild` job of one workspace and record type: recomputes every record's pairs
 * a page at a time (each page one transaction). Queued with a unique key, so a second request
 * while one is queued or running adds nothing; safe to run again after a crash.
 */
export function duplicatesRebuildHandler(): JobHandler<{ entity?: unknown }> {
  return async (job, { db, logger }) => {
    const entity = job.payload?.entity;
    if (!job.workspaceId || typeof entity !== 'string' || !findDuplicateKind(entity)) throw new PermanentJobError('A duplicates rebuild needs a workspace and an entity');
    const records = await rebuildPairs(db, entity, job.workspaceId, (work) => db.transaction().execute(work));
    logger.info({ workspaceId: job.workspaceId, entity, records }, 'duplicate pairs rebuilt');
  };
}

/** Registers the `duplicates.rebuild` handler on a worker's registry. */
export function registerDuplicatesJobs(registry: JobRegistry): void {
  registry.register(DUPLICATES_REBUILD_JOB, duplicatesRebuildHandler());
}
