import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from './db.js';
import { factories } from './factories.js';
import { silentLogger } from './fixtures/platform-helpers.js';
import type { DatabaseHandle } from '../src/db/connect.js';
import { JobRegistry, type Job } from '../src/platform/jobs/jobs.registry.js';
import { registerHousekeeping, JOB_PROGRESS_CLEANUP_JOB, OUTBOX_CLEANUP_JOB } from '../src/platform/jobs/jobs.housekeeping.js';
import { registerAuthJobs, SESSIONS_CLEANUP_JOB, USER_TOKENS_CLEANUP_JOB } from '../src/modules/auth/auth.jobs.js';
import { newId } from '../src/platform/ids.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const job = (type: string): Job => ({ id: newId(), type, payload: null, workspaceId: null, attempts: 1, maxAttempts: 5, runAt: ago(0), uniqueKey: null, createdAt: ago(0) });

describe.each(DIALECTS)('retention clean-ups on %s', (dialect) => {
  let handle: DatabaseHandle;
  const registry = new JobRegistry();
  registerHousekeeping(registry);
  registerAuthJobs(registry);
  const run = (type: string) => registry.handlerFor(type)!(job(type), { db: handle.db, logger: silentLogger(), workerId: 'test' });

  beforeAll(async () => { handle = await testDatabase(dialect); });
  afterAll(() => handle.close());

  it('deletes sessions and one-time tokens that ended over a week ago, and keeps the rest', async () => {
    const user = await factories(handle.db).user();
    const session = (id: string, expires: string, revoked: string | null) => ({
      id, workspace_id: user.workspace_id, user_id: user.id, token_hash: newId(), csrf_token: 'x', ip: null, user_agent: null,
      created_at: ago(40), last_seen_at: ago(40), expires_at: expires, revoked_at: revoked,
    });
    const [live, expiredLongAgo, revokedLongAgo, revokedYesterday] = [newId(), newId(), newId(), newId()];
    await handle.db.insertInto('sessions').values([
      session(live, later(10), null), session(expiredLongAgo, ago(9), null), session(revokedLongAgo, later(10), ago(8)), session(revokedYesterday, later(10), ago(1)),
    ]).execute();
    const token = (id: string, expires: string, used: string | null) => ({
      id, workspace_id: user.workspace_id, user_id: user.id, purpose: 'invite', token_hash: newId(), attempts: 0, expires_at: expires, used_at: used, created_at: ago(30),
    });
    const [pending, spent, expired] = [newId(), newId(), newId()];
    await handle.db.insertInto('user_tokens').values([token(pending, later(3), null), token(spent, later(3), ago(10)), token(expired, ago(8), null)]).execute();

    await run(SESSIONS_CLEANUP_JOB);
    await run(USER_TOKENS_CLEANUP_JOB);
    const sessions = await handle.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(sessions.map((s) => s.id).sort()).toEqual([live, revokedYesterday].sort());
    const tokens = await handle.db.selectFrom('user_tokens').select('id').where('user_id', '=', user.id).execute();
    expect(tokens.map((t) => t.id)).toEqual([pending]);
  });

  it('deletes the progress of jobs that finished over 30 days ago, never of a running or queued one', async () => {
    const ws = await factories(handle.db).workspace();
    const progress = (state: string, finished: string | null, created = ago(90)) => ({
      job_id: newId(), workspace_id: ws.id, user_id: null, kind: 'probe.bulk', state, total: 10, done: state === 'queued' ? 0 : 10,
      cursor: null, result: null, error: null, created_at: created, updated_at: finished ?? created, finished_at: finished,
    });
    const rows = {
      doneLongAgo: progress('done', ago(31)), failedLongAgo: progress('failed', ago(45)), doneRecently: progress('done', ago(2)),
      runningOld: progress('running', null), queuedOld: progress('queued', null),
    };
    await handle.db.insertInto('job_progress').values(Object.values(rows) as never).execute();
    await run(JOB_PROGRESS_CLEANUP_JOB);
    const left = await handle.db.selectFrom('job_progress').select('job_id').where('workspace_id', '=', ws.id).execute();
    expect(left.map((r) => r.job_id).sort()).toEqual([rows.doneRecently, rows.runningOld, rows.queuedOld].map((r) => r.job_id).sort());
  });

  it('deletes delivered outbox events after 30 days and never an undelivered one', async () => {
    const ws = await factories(handle.db).workspace();
    const event = (id: string, dispatched: string | null) => ({
      id, workspace_id: ws.id, type: 'probe.happened', entity_type: null, entity_id: null, actor_id: null, payload: '{}',
      created_at: ago(60), dispatched_at: dispatched, attempts: 0, last_error: null, next_attempt_at: null,
    });
    const [old, recent, pendingOld] = [newId(), newId(), newId()];
    await handle.db.insertInto('outbox_events').values([event(old, ago(31)), event(recent, ago(2)), event(pendingOld, null)]).execute();
    await run(OUTBOX_CLEANUP_JOB);
    const left = await handle.db.selectFrom('outbox_events').select('id').where('workspace_id', '=', ws.id).where('type', '=', 'probe.happened').execute();
    expect(left.map((e) => e.id).sort()).toEqual([recent, pendingOld].sort());
  });
});
