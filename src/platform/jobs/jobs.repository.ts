import type { Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import type { JobsTable } from './jobs.table.js';

export type JobRow = Selectable<JobsTable>;

export interface NewJobRow {
  id: string;
  workspaceId: string | null;
  type: string;
  payload: string | null;
  runAt: string;
  maxAttempts: number;
  uniqueKey: string | null;
  at: string;
}

/** Inserts a queued job; with a unique key already taken, inserts nothing and answers false. */
export async function insertJob(db: Executor, row: NewJobRow): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: row.id,
      workspace_id: row.workspaceId,
      type: row.type,
      payload: row.payload,
      status: 'queued',
      run_at: row.runAt,
      attempts: 0,
      max_attempts: row.maxAttempts,
      unique_key: row.uniqueKey,
      created_at: row.at,
      updated_at: row.at,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The id of the job holding a unique key (queued or running), if any. */
export async function findJobIdByUniqueKey(db: Executor, uniqueKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('jobs').select('id').where('unique_key', '=', uniqueKey).executeTakeFirst();
  return row?.id;
}

/** One job row by id. */
export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves up to `limit` due queued jobs to `running` under this worker's lease and counts the
 * attempt, answering the claimed rows oldest first. On PostgreSQL the rows are picked with
 * `FOR UPDATE SKIP LOCKED` in the same statement, so concurrent processes never claim one job
 * twice and never wait on each other. SQLite serializes writes, so one UPDATE ... RETURNING suffices.
 */
export async function claimDueJobs(
  db: Executor,
  dialect: Dialect,
  claim: { workerId: string; limit: number; at: string; lockedUntil: string },
): Promise<JobRow[]> {
  const set = {
    status: 'running' as const,
    locked_by: claim.workerId,
    locked_until: claim.lockedUntil,
    updated_at: claim.at,
  };
  let rows: JobRow[];
  if (dialect === 'postgres') {
    // A CTE with a row lock is never inlined, so the LIMIT applies once, to locked rows only.
    rows = await db
      .with('due', (qb) =>
        qb
          .selectFrom('jobs')
          .select('id')
          .where('status', '=', 'queued')
          .where('run_at', '<=', claim.at)
          .orderBy('run_at')
          .orderBy('id')
          .limit(claim.limit)
          .forUpdate()
          .skipLocked(),
      )
      .updateTable('jobs')
      .from('due')
      .set((eb) => ({ ...set, attempts: eb('jobs.attempts', '+', 1) }))
      .whereRef('jobs.id', '=', 'due.id')
      .where('jobs.status', '=', 'queued')
      .returningAll('jobs')
      .execute();
  } else {
    rows = await db
      .updateTable('jobs')
      .set((eb) => ({ ...set, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('jobs')
          .select('id')
          .where('status', '=', 'queued')
          .where('run_at', '<=', claim.at)
          .orderBy('run_at')
          .orderBy('id')
          .limit(claim.limit),
      )
      .returningAll()
      .execute();
  }
  return rows.sort((a, b) => (a.run_at === b.run_at ? a.id.localeCompare(b.id) : a.run_at < b.run_at ? -1 : 1));
}

/** The lease a run holds: a job is only finished by the run that claimed it. */
export interface JobLease {
  id: string;
  workerId: string;
  attempts: number;
}

function leased(db: Executor, lease: JobLease) {
  return db
    .updateTable('jobs')
    .where('id', '=', lease.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', lease.workerId)
    .where('attempts', '=', lease.attempts);
}

/** Marks a leased job done and frees its unique key (an earlier run's error stays, for diagnosis); false when the lease was lost meanwhile. */
export async function markJobDone(db: Executor, lease: JobLease, at: string): Promise<boolean> {
  const result = await leased(db, lease)
    .set({ status: 'done', finished_at: at, updated_at: at, locked_by: null, locked_until: null, unique_key: null })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Puts a leased job back in the queue to run again at `runAt`. */
export async function markJobForRetry(db: Executor, lease: JobLease, runAt: string, error: string, at: string): Promise<boolean> {
  const result = await leased(db, lease)
    .set({ status: 'queued', run_at: runAt, last_error: error, updated_at: at, locked_by: null, locked_until: null })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Fails a leased job for good and frees its unique key. */
export async function markJobFailed(db: Executor, lease: JobLease, error: string, at: string): Promise<boolean> {
  const result = await leased(db, lease)
    .set({ status: 'failed', finished_at: at, last_error: error, updated_at: at, locked_by: null, locked_until: null, unique_key: null })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Extends this worker's leases on jobs it is still running. */
export async function extendJobLeases(db: Executor, workerId: string, ids: string[], lockedUntil: string, at: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ locked_until: lockedUntil, updated_at: at })
    .where('id', 'in', ids)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .execute();
}

/**
 * Takes back jobs whose worker stopped renewing its lease (it crashed or hung): re-queued to run
 * now, or failed when their attempts are used up. Answers the ids of both kinds.
 */
export async function recoverExpiredJobs(db: Executor, at: string): Promise<{ requeued: string[]; failed: string[] }> {
  const expired = () => db.updateTable('jobs').where('status', '=', 'running').where('locked_until', '<', at);
  const error = 'The worker running this job stopped (its lease expired)';
  const failed = await expired()
    .whereRef('attempts', '>=', 'max_attempts')
    .set({ status: 'failed', finished_at: at, last_error: error, updated_at: at, locked_by: null, locked_until: null, unique_key: null })
    .returning('id')
    .execute();
  const requeued = await expired()
    .whereRef('attempts', '<', 'max_attempts')
    .set({ status: 'queued', run_at: at, last_error: error, updated_at: at, locked_by: null, locked_until: null })
    .returning('id')
    .execute();
  return { requeued: requeued.map((r) => r.id), failed: failed.map((r) => r.id) };
}

/** Deletes up to `limit` done jobs finished before `before`; answers how many went. */
export async function deleteDoneJobs(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('id', 'in', (eb) =>
      eb.selectFrom('jobs').select('id').where('status', '=', 'done').where('finished_at', '<', before).limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Counts jobs not yet finished (queued or running), optionally of some types. */
export async function countUnfinishedJobs(db: Executor, types?: string[]): Promise<number> {
  let q = db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['queued', 'running']);
  if (types) q = q.where('type', 'in', types);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
