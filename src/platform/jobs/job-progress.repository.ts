import { PostgresAdapter, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { toJson } from '../json.js';
import type { JobProgressState, JobProgressTable } from './job-progress.table.js';

export type JobProgressRow = Selectable<JobProgressTable>;

/** Adds the progress row of a job just queued (in the same transaction as the job). */
export async function insertJobProgress(
  db: Executor,
  row: { jobId: string; workspaceId: string; userId: string | null; kind: string; total: number; result: unknown; at: string },
): Promise<void> {
  await db.insertInto('job_progress').values({
    job_id: row.jobId, workspace_id: row.workspaceId, user_id: row.userId, kind: row.kind, state: 'queued',
    total: row.total, done: 0, cursor: null, result: toJson(row.result), error: null, created_at: row.at, updated_at: row.at, finished_at: null,
  }).execute();
}

/** Adds a job's progress row unless it has one (a job queued under a unique key may be asked for twice). */
export async function insertJobProgressOnce(
  db: Executor,
  row: { jobId: string; workspaceId: string; userId: string | null; kind: string; total: number; result: unknown; at: string },
): Promise<void> {
  await db.insertInto('job_progress').values({
    job_id: row.jobId, workspace_id: row.workspaceId, user_id: row.userId, kind: row.kind, state: 'queued',
    total: row.total, done: 0, cursor: null, result: toJson(row.result), error: null, created_at: row.at, updated_at: row.at, finished_at: null,
  }).onConflict((oc) => oc.column('job_id').doNothing()).execute();
}

/** A job's progress by job id within a workspace. */
export async function findJobProgress(db: Executor, workspaceId: string, jobId: string): Promise<JobProgressRow | undefined> {
  return db.selectFrom('job_progress').selectAll().where('workspace_id', '=', workspaceId).where('job_id', '=', jobId).executeTakeFirst();
}

/** A job's progress by job id, for the worker (which knows only the job); `lock` holds the row until the transaction ends (PostgreSQL). */
export async function findJobProgressById(db: Executor, jobId: string, lock = false): Promise<JobProgressRow | undefined> {
  let query = db.selectFrom('job_progress').selectAll().where('job_id', '=', jobId);
  if (lock && db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Writes how far a job got; called in the transaction of the chunk it describes. */
export async function saveJobProgress(
  db: Executor,
  jobId: string,
  patch: { state: JobProgressState; done: number; cursor: string | null; result: unknown; at: string; total?: number },
): Promise<void> {
  await db.updateTable('job_progress')
    .set({ state: patch.state, done: patch.done, cursor: patch.cursor, result: toJson(patch.result), updated_at: patch.at, ...(patch.total !== undefined ? { total: patch.total } : {}) })
    .where('job_id', '=', jobId)
    .execute();
}

/** Ends a job's progress as done or failed. */
export async function finishJobProgress(db: Executor, jobId: string, end: { state: 'done' | 'failed'; result: unknown; error: string | null; at: string; done?: number }): Promise<void> {
  await db.updateTable('job_progress')
    .set({ state: end.state, result: toJson(end.result), error: end.error, updated_at: end.at, finished_at: end.at, ...(end.done !== undefined ? { done: end.done } : {}) })
    .where('job_id', '=', jobId)
    .execute();
}

/**
 * Deletes up to `limit` progress rows of jobs that finished (done or failed) before `before`;
 * returns how many went. A running or queued job's row is never touched: it is where the job resumes.
 */
export async function deleteFinishedJobProgress(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('job_progress')
    .where('job_id', 'in', (eb) => eb.selectFrom('job_progress').select('job_id')
      .where('state', 'in', ['done', 'failed']).where('finished_at', 'is not', null).where('finished_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
