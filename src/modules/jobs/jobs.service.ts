import type { Executor } from '../../db/database.js';
import { isAdmin, type Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { findJobProgress, type JobProgressRow } from '../../platform/jobs/job-progress.repository.js';
import type { JobOutput } from './jobs.schema.js';

function present(row: JobProgressRow): JobOutput {
  return {
    id: row.job_id,
    kind: row.kind,
    state: row.state,
    total: row.total,
    done: row.done,
    result: row.result === null ? null : fromJson<Record<string, unknown>>(row.result),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

/**
 * A long job's progress and result, for whoever started it or an administrator; anyone else (and
 * another workspace) finds nothing.
 * @throws AppError not_found
 */
export async function getJobProgress(db: Executor, actor: Actor, id: string): Promise<JobOutput> {
  const row = await findJobProgress(db, actor.workspaceId, id);
  if (!row || (!isAdmin(actor) && (actor.userId === null || row.user_id !== actor.userId))) throw new AppError('not_found', 'Job not found');
  return present(row);
}
