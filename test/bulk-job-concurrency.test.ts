import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer } from './server.js';
import { clientTeam, member } from './fixtures/clients-kit.js';
import { insertPlainContacts } from './fixtures/bulk-rows.js';
import { silentLogger } from './fixtures/platform-helpers.js';
import { JobWorker } from '../src/platform/jobs/jobs.worker.js';
import { registerRecordBulkJobs } from '../src/modules/records/record-bulk.job.js';

/**
 * Issue 7 item 4: a large bulk job runs in short chunks, so other requests keep being answered
 * while it runs. Behavioural, not timed: a list request must start after the job's first chunk
 * and end before its last (progress strictly between 0 and total on both sides of it).
 */
describe.each(DIALECTS)('list requests during a large bulk job on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });

  it('answers list pages while a 5,000-contact change of owner is part-way through', { timeout: 240_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const heir = await member(server, workspace, 'manager');
    const total = 5000;
    await insertPlainContacts(server.handle.db, workspace.id, admin.id, total, 'Match');
    const started = await client.post('/api/v1/contacts/bulk', { match: { ownerId: admin.id }, action: 'assign_owner', ownerId: heir.user.id });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const jobId = started.body.job.id as string;
    const progress = async () => server.handle.db.selectFrom('job_progress').select(['state', 'done', 'total']).where('job_id', '=', jobId).executeTakeFirstOrThrow();

    // Over real HTTP, as browsers call it: an in-process inject never yields to the timers the job pauses on.
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = `kt_session=${client.cookie('kt_session')}`;
    worker = new JobWorker({ db: server.handle.db, dialect, logger: silentLogger(), pollMs: 5 });
    registerRecordBulkJobs(worker.registry);
    worker.start();
    const during: Array<{ before: number; after: number; owners: Set<string> }> = [];
    let state = 'queued';
    const deadline = Date.now() + 200_000;
    for (let i = 0; state !== 'done' && state !== 'failed' && Date.now() < deadline; i++) {
      const before = await progress();
      const res = await fetch(`${address}/api/v1/contacts?limit=50&sort=${i % 2 ? 'name' : '-createdAt'}`, { headers: { cookie } });
      const body = (await res.json()) as { items: Array<{ owner: { id: string } }> };
      const after = await progress();
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(body.items).toHaveLength(50);
      if (before.done > 0 && after.done < total) during.push({ before: before.done, after: after.done, owners: new Set(body.items.map((c) => c.owner.id)) });
      state = after.state;
    }
    expect(state).toBe('done');
    expect((await progress()).done).toBe(total);
    // At least one page was answered entirely inside the job, and every row it showed was whole:
    // owned by the old owner or the new one, nothing in between.
    expect(during.length, 'no list request completed while the job was part-way').toBeGreaterThan(0);
    for (const page of during) {
      expect(page.before).toBeGreaterThan(0);
      expect(page.after).toBeLessThan(total);
      for (const owner of page.owners) expect([admin.id, heir.user.id]).toContain(owner);
    }
  });
});
