import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { insertPlainContacts } from '../../../test/fixtures/bulk-rows.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { fromJson } from '../../platform/json.js';
import { registerTransferJobs } from './transfer.job.js';
import '../contacts/contact.record.js';
import '../companies/company.record.js';

describe.each(DIALECTS)('ownership transfer as a chunked job on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });
  function startWorker(server: TestServer): void {
    worker = new JobWorker({ db: server.handle.db, dialect, logger: silentLogger(), pollMs: 20 });
    registerTransferJobs(worker.registry);
    worker.start();
  }

  it('moves more than a page of records in chunks, with a transfer version each, the audit entry and a notification', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const leaver = await member(server, workspace, 'manager');
    const heir = await member(server, workspace, 'manager');
    const total = 730;
    await insertPlainContacts(server.handle.db, workspace.id, leaver.user.id, total, 'Leaver');
    await insertPlainContacts(server.handle.db, workspace.id, admin.id, 5, 'Kept');

    const res = await client.post(`/api/v1/users/${leaver.user.id}/transfer`, { toUserId: heir.user.id });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.job).toMatchObject({ kind: 'user.transfer', state: 'queued', total, done: 0 });
    startWorker(server);
    const job = await eventually(async () => {
      const j = (await client.get(`/api/v1/jobs/${res.body.job.id}`)).body.job;
      expect(j.state).toBe('done');
      return j;
    }, 60_000);
    expect(job).toMatchObject({ done: total, result: { moved: expect.objectContaining({ contact: total, company: 0 }) } });

    const db = server.handle.db;
    const owners = await db.selectFrom('contacts').select(['owner_id', 'version']).where('workspace_id', '=', workspace.id).execute();
    expect(owners.filter((o) => o.owner_id === heir.user.id && o.version === 2)).toHaveLength(total);
    expect(owners.filter((o) => o.owner_id === admin.id && o.version === 1)).toHaveLength(5);
    const versions = await db.selectFrom('record_versions').select('action').where('workspace_id', '=', workspace.id).where('entity_type', '=', 'contact').execute();
    expect(versions.filter((v) => v.action === 'transfer')).toHaveLength(total);
    const audits = await db.selectFrom('audit_log').select('changes').where('workspace_id', '=', workspace.id).where('action', '=', 'user.records_transferred').execute();
    expect(audits.map((a) => fromJson(a.changes))).toEqual([expect.objectContaining({ fromUserId: leaver.user.id, toUserId: heir.user.id, jobId: job.id, state: 'done' })]);
    const notes = (await client.get('/api/v1/notifications')).body.items;
    expect(notes[0]).toMatchObject({ type: 'transfer.done', data: { jobId: job.id, moved: expect.objectContaining({ contact: total }) } });
  });

  it('fails without moving anything when the target is deactivated before the job runs', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const leaver = await member(server, workspace, 'manager');
    const heir = await member(server, workspace, 'manager');
    await insertPlainContacts(server.handle.db, workspace.id, leaver.user.id, 300, 'Leaver');
    const res = await client.post(`/api/v1/users/${leaver.user.id}/transfer`, { toUserId: heir.user.id });
    expect(res.status).toBe(202);
    expect((await client.post(`/api/v1/users/${heir.user.id}/deactivate`, { version: heir.user.version })).status).toBe(200);
    startWorker(server);
    const job = await eventually(async () => {
      const j = (await client.get(`/api/v1/jobs/${res.body.job.id}`)).body.job;
      expect(j.state).toBe('failed');
      return j;
    }, 60_000);
    expect(job).toMatchObject({ error: 'validation_failed', done: 0 });
    const moved = await server.handle.db.selectFrom('contacts').select('id').where('workspace_id', '=', workspace.id).where('owner_id', '=', heir.user.id).execute();
    expect(moved).toEqual([]);
    expect((await client.get('/api/v1/notifications')).body.items[0]).toMatchObject({ type: 'transfer.failed', data: { error: 'validation_failed' } });
  });
});
