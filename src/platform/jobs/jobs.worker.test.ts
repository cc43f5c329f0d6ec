import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { delay, eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { addMs, now } from '../clock.js';
import { newId } from '../ids.js';
import { housekeepingHandler } from './jobs.housekeeping.js';
import { PermanentJobError, scheduleKey, type Job } from './jobs.registry.js';
import { enqueueJob, getJob } from './jobs.service.js';
import { JobWorker, type JobWorkerOptions } from './jobs.worker.js';

describe.each(DIALECTS)('jobs on %s', (dialect) => {
  let handle: DatabaseHandle;
  const workers: JobWorker[] = [];

  beforeAll(async () => {
    handle = await testDatabase(dialect);
  });
  afterAll(() => handle?.close());
  beforeEach(async () => {
    await handle.db.deleteFrom('jobs').execute();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });

  function worker(options: Partial<JobWorkerOptions> = {}): JobWorker {
    const w = new JobWorker({ db: handle.db, dialect, logger: silentLogger(), pollMs: 20, retryBaseMs: 50, ...options });
    workers.push(w);
    return w;
  }

  async function statusOf(id: string) {
    return (await getJob(handle.db, id))?.status;
  }

  it('runs each job once and marks it done', async () => {
    const runs: string[] = [];
    const w = worker().register<{ n: number }>('test.once', async (job) => {
      runs.push(`${job.id}:${job.payload.n}`);
    });
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => enqueueJob(handle.db, { type: 'test.once', payload: { n } })));
    w.start();
    await eventually(async () => expect(await Promise.all(ids.map(statusOf))).toEqual(ids.map(() => 'done')));
    await delay(100);
    expect(runs.sort()).toEqual(ids.map((id, i) => `${id}:${i + 1}`).sort());
    const job = await getJob(handle.db, ids[0]!);
    expect(job).toMatchObject({ attempts: 1, lastError: null, lockedBy: null, uniqueKey: null });
    expect(job?.finishedAt).toBeTruthy();
  });

  it('retries a failing job with growing delays, then succeeds', async () => {
    const times: number[] = [];
    worker({ retryBaseMs: 100 })
      .register('test.flaky', async () => {
        times.push(Date.now());
        if (times.length < 3) throw new Error(`flake ${times.length}`);
      })
      .start();
    const id = await enqueueJob(handle.db, { type: 'test.flaky' });
    await eventually(async () => expect(await statusOf(id)).toBe('done'));
    expect(times).toHaveLength(3);
    // 100 ms then 200 ms, each with ±10% jitter.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(85);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(175);
    expect(await getJob(handle.db, id)).toMatchObject({ attempts: 3, lastError: 'Error: flake 2' });
  });

  it('records the error and the next run time after a failure', async () => {
    worker({ retryBaseMs: 60_000 })
      .register('test.fails', async () => {
        throw new Error('SMTP is down');
      })
      .start();
    const before = now();
    const id = await enqueueJob(handle.db, { type: 'test.fails' });
    const job = await eventually(async () => {
      const j = await getJob(handle.db, id);
      expect(j?.attempts).toBe(1);
      expect(j?.status).toBe('queued');
      return j!;
    });
    expect(job.lastError).toBe('Error: SMTP is down');
    expect(job.runAt > addMs(before, 50_000)).toBe(true);
    expect(job.lockedBy).toBeNull();
  });

  it('fails a job for good after maxAttempts', async () => {
    let calls = 0;
    worker({ retryBaseMs: 10 })
      .register('test.broken', async () => {
        calls++;
        throw new Error('always broken');
      })
      .start();
    const id = await enqueueJob(handle.db, { type: 'test.broken', maxAttempts: 3, uniqueKey: 'broken-1' });
    await eventually(async () => expect(await statusOf(id)).toBe('failed'));
    await delay(100);
    expect(calls).toBe(3);
    const job = await getJob(handle.db, id);
    expect(job).toMatchObject({ attempts: 3, lastError: 'Error: always broken', uniqueKey: null });
    expect(job?.finishedAt).toBeTruthy();
  });

  it('fails at once on PermanentJobError and on an unknown type', async () => {
    worker()
      .register('test.permanent', async () => {
        throw new PermanentJobError('recipient does not exist');
      })
      .start();
    const permanent = await enqueueJob(handle.db, { type: 'test.permanent' });
    const unknown = await enqueueJob(handle.db, { type: 'test.nobody-handles-this' });
    await eventually(async () => expect([await statusOf(permanent), await statusOf(unknown)]).toEqual(['failed', 'failed']));
    expect(await getJob(handle.db, permanent)).toMatchObject({ attempts: 1, lastError: 'PermanentJobError: recipient does not exist' });
    expect((await getJob(handle.db, unknown))?.lastError).toMatch(/No handler is registered for job type "test.nobody-handles-this"/);
  });

  it('waits for run_at before running a delayed job', async () => {
    let ranAt = 0;
    worker()
      .register('test.later', async () => {
        ranAt = Date.now();
      })
      .start();
    const runAt = addMs(now(), 400);
    const id = await enqueueJob(handle.db, { type: 'test.later', runAt });
    await delay(200);
    expect(await statusOf(id)).toBe('queued');
    await eventually(async () => expect(await statusOf(id)).toBe('done'));
    expect(ranAt).toBeGreaterThanOrEqual(new Date(runAt).getTime());
  });

  it('keeps one job per unique key while it is pending, and frees the key when it finishes', async () => {
    const first = await enqueueJob(handle.db, { type: 'test.unique', uniqueKey: 'contact:1:reindex' });
    const again = await enqueueJob(handle.db, { type: 'test.unique', uniqueKey: 'contact:1:reindex' });
    expect(again).toBe(first);
    const rows = await handle.db.selectFrom('jobs').select('id').where('type', '=', 'test.unique').execute();
    expect(rows).toHaveLength(1);

    worker().register('test.unique', async () => {}).start();
    await eventually(async () => expect(await statusOf(first)).toBe('done'));
    const later = await enqueueJob(handle.db, { type: 'test.unique', uniqueKey: 'contact:1:reindex' });
    expect(later).not.toBe(first);
  });

  it('does not enqueue a job whose transaction rolled back', async () => {
    const type = `test.rollback`;
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { type });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await handle.db.selectFrom('jobs').select('id').where('type', '=', type).execute()).toEqual([]);
  });

  it('takes back a job whose worker died while running it', async () => {
    const past = addMs(now(), -1000);
    const row = { type: 'test.orphan', payload: null, workspace_id: null, status: 'running' as const, run_at: past, max_attempts: 3, locked_by: 'dead-worker', locked_until: past, last_error: null, unique_key: null, created_at: past, updated_at: past, finished_at: null };
    const orphan = newId();
    const exhausted = newId();
    await handle.db.insertInto('jobs').values([{ ...row, id: orphan, attempts: 1 }, { ...row, id: exhausted, attempts: 3 }]).execute();
    const seen: Job[] = [];
    worker({ maintenanceMs: 50 })
      .register('test.orphan', async (job) => {
        seen.push(job);
      })
      .start();
    await eventually(async () => expect([await statusOf(orphan), await statusOf(exhausted)]).toEqual(['done', 'failed']));
    expect(seen.map((j) => [j.id, j.attempts])).toEqual([[orphan, 2]]);
    expect((await getJob(handle.db, exhausted))?.lastError).toMatch(/lease expired/);
  });

  it('renews the lease of a long job so no other worker takes it back', async () => {
    const runs: string[] = [];
    worker({ leaseMs: 300, maintenanceMs: 30 })
      .register('test.long', async () => {
        runs.push('first');
        await delay(1000);
      })
      .start();
    const id = await enqueueJob(handle.db, { type: 'test.long' });
    await eventually(async () => expect(await statusOf(id)).toBe('running'));
    worker({ leaseMs: 300, maintenanceMs: 30 })
      .register('test.long', async () => {
        runs.push('second');
      })
      .start();
    await eventually(async () => expect(await statusOf(id)).toBe('done'));
    expect(runs).toEqual(['first']);
  });

  it('keeps exactly one pending job per schedule across workers', async () => {
    let runs = 0;
    const name = 'test-tick';
    const started = Date.now();
    for (let i = 0; i < 3; i++) {
      worker({ maintenanceMs: 30 })
        .register('test.tick', async () => {
          runs++;
        })
        .schedule({ name, everyMs: 150, type: 'test.tick' })
        .start();
    }
    const pending = () =>
      handle.db.selectFrom('jobs').select(['id', 'status']).where('type', '=', 'test.tick').where('status', 'in', ['queued', 'running']).execute();
    while (Date.now() < started + 700) {
      expect((await pending()).length).toBeLessThanOrEqual(1);
      await delay(15);
    }
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    // Measured after stop(): a worker may still claim the next due run while it is stopping.
    const elapsed = Date.now() - started;
    expect(await pending()).toHaveLength(1);
    const done = await handle.db.selectFrom('jobs').select('id').where('type', '=', 'test.tick').where('status', '=', 'done').execute();
    expect(done.length).toBe(runs);
    // Each run is due one interval after the previous one: at most one per 150 ms however many workers there are.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(Math.floor(elapsed / 150) + 1);
    const [current] = await pending();
    expect((await getJob(handle.db, current!.id))?.uniqueKey).toBe(scheduleKey(name));
  });

  it('lets stop() wait for the jobs in progress', async () => {
    let started = false;
    const w = worker().register('test.slow', async () => {
      started = true;
      await delay(300);
    });
    w.start();
    const id = await enqueueJob(handle.db, { type: 'test.slow' });
    await eventually(() => expect(started).toBe(true));
    await w.stop();
    expect(await statusOf(id)).toBe('done');
  });

  it('deletes done jobs older than the retention in housekeeping', async () => {
    const old = addMs(now(), -10 * 24 * 3600_000);
    const recent = addMs(now(), -1 * 24 * 3600_000);
    const row = { type: 'test.old', payload: null, workspace_id: null, run_at: old, attempts: 1, max_attempts: 5, locked_by: null, locked_until: null, last_error: null, unique_key: null, created_at: old, updated_at: old };
    const [oldDone, recentDone, oldFailed] = [newId(), newId(), newId()];
    await handle.db
      .insertInto('jobs')
      .values([
        { ...row, id: oldDone, status: 'done', finished_at: old },
        { ...row, id: recentDone, status: 'done', finished_at: recent },
        { ...row, id: oldFailed, status: 'failed', finished_at: old },
      ])
      .execute();
    const job = { id: 'x', type: 'jobs.housekeeping', payload: null, workspaceId: null, attempts: 1, maxAttempts: 3, runAt: now(), uniqueKey: null, createdAt: now() };
    await housekeepingHandler(7)(job, { db: handle.db, logger: silentLogger(), workerId: 'test' });
    const left = await handle.db.selectFrom('jobs').select('id').where('type', '=', 'test.old').execute();
    expect(left.map((r) => r.id).sort()).toEqual([recentDone, oldFailed].sort());
  });
});
