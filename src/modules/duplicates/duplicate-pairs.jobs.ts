import { now } from '../../platform/clock.js';
import { fromJson } from '../../platform/json.js';
import { findJobProgressById, finishJobProgress, insertJobProgressOnce, saveJobProgress } from '../../platform/jobs/job-progress.repository.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { PermanentJobError } from '../../platform/jobs/jobs.registry.js';
import { describeError } from '../../platform/jobs/jobs.service.js';
import { findDuplicateKind } from './duplicate-kinds.js';
import { rebuildPairs, rebuildSize } from './duplicate-rebuild.js';
import { DUPLICATES_REBUILD_JOB } from './duplicate-pairs.service.js';

/** The result a rebuild's progress carries: records rechecked. */
interface RebuildResult {
  records: number;
}

/**
 * The `duplicates.rebuild` job of one workspace and record type: recomputes every record's pairs
 * a page at a time (each page one transaction, which also saves the job's progress and cursor, so
 * the screen shows how far it got and a run after a crash resumes after the last committed page).
 * Queued with a unique key, so a second request while one is queued or running adds nothing.
 */
export function duplicatesRebuildHandler(options: { batch?: number } = {}): JobHandler<{ entity?: unknown }> {
  return async (job, { db, logger }) => {
    const entity = job.payload?.entity;
    const workspaceId = job.workspaceId;
    if (!workspaceId || typeof entity !== 'string' || !findDuplicateKind(entity)) throw new PermanentJobError('A duplicates rebuild needs a workspace and an entity');
    // Queued before rebuilds reported progress, or by a request that stopped between its two writes.
    await insertJobProgressOnce(db, { jobId: job.id, workspaceId, userId: null, kind: DUPLICATES_REBUILD_JOB, total: await rebuildSize(db, entity, workspaceId), result: { records: 0 }, at: now() });
    const progress = await findJobProgressById(db, job.id);
    if (!progress || progress.state === 'done') return;
    try {
      const records = await rebuildPairs(db, entity, workspaceId, (work) => db.transaction().execute(work), {
        batch: options.batch,
        after: progress.cursor,
        done: progress.done,
        onPage: (trx, done, after) => saveJobProgress(trx, job.id, { state: 'running', done, cursor: after, result: { records: done } satisfies RebuildResult, total: Math.max(progress.total, done), at: now() }),
      });
      await finishJobProgress(db, job.id, { state: 'done', result: { records } satisfies RebuildResult, error: null, at: now(), done: records });
      logger.info({ workspaceId, entity, records }, 'duplicate pairs rebuilt');
    } catch (error) {
      if (job.attempts >= job.maxAttempts) {
        const row = await findJobProgressById(db, job.id);
        await finishJobProgress(db, job.id, { state: 'failed', result: fromJson<RebuildResult>(row?.result ?? null) ?? { records: 0 }, error: describeError(error), at: now() });
      }
      throw error;
    }
  };
}

/** Registers the `duplicates.rebuild` handler on a worker's registry. */
export function registerDuplicatesJobs(registry: JobRegistry): void {
  registry.register(DUPLICATES_REBUILD_JOB, duplicatesRebuildHandler());
}
