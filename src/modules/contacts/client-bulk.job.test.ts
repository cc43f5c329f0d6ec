import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { insertPlainContacts } from '../../../test/fixtures/bulk-rows.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { fromJson } from '../../platform/json.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { enqueueChunkedJob } from '../../platform/jobs/chunked-job.js';
import { registerRecordBulkJobs } from '../records/record-bulk.job.js';

describe.each(DIALECTS)('bulk actions as chunked jobs on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });

  function startWorker(server: TestServer): void {
    worker = new JobWorker({ db: server.handle.db, dialect, logger: silentLogger(), pollMs: 20 });
    registerRecordBulkJobs(worker.registry);
    worker.start();
  }

  async function owners(server: TestServer, workspaceId: string) {
    const rows = await server.handle.db.selectFrom('contacts').select(['owner_id', 'version']).where('workspace_id', '=', workspaceId).execute();
    const out = new Map<string, number>();
    for (const r of rows) out.set(`${r.owner_id}@v${r.version}`, (out.get(`${r.owner_id}@v${r.version}`) ?? 0) + 1);
    return Object.fromEntries(out);
  }

  it('still runs a job queued under its earlier name (clients.bulk) with the earlier payload', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const ids = await insertPlainContacts(server.handle.db, workspace.id, admin.id, 3, 'Earlier');
    const request = { ip: null, userAgent: null, requestId: null };
    const jobId = await server.handle.db.transaction().execute((trx) => enqueueChunkedJob(trx, {
      type: 'clients.bulk', workspaceId: workspace.id, userId: admin.id, kind: 'contact.bulk_add_tags', total: ids.length,
      payload: { entityType: 'contact', by: { userId: admin.id, tokenScopes: null, request }, input: { action: 'add_tags', tags: ['carried'] }, ids },
      result: { updated: 0, skipped: 0 },
    }));
    startWorker(server);
    const job = await eventually(async () => {
      const res = await client.get(`/api/v1/jobs/${jobId}`);
      expect(res.body.job.state).toBe('done');
      return res.body.job;
    }, 60_000, 5);
    expect(job).toMatchObject({ total: 3, done: 3, result: { updated: 3, skipped: 0 } });
    const rows = await server.handle.db.selectFrom('contacts').select('tags').where('id', 'in', ids).execute();
    expect(rows.map((r) => fromJson<string[]>(r.tags))).toEqual([['carried'], ['carried'], ['carried']]);
    const entry = await server.handle.db.selectFrom('audit_log').select(['action', 'changes']).where('workspace_id', '=', workspace.id).where('action', '=', 'contact.bulk_add_tags').executeTakeFirst();
    expect(fromJson<Record<string, unknown>>(entry?.changes)).toMatchObject({ size: 3, updated: 3, tags: ['carried'], state: 'done' });
  });

  it('changes the owner of every record a filter matches, in chunks, with progress, history, one audit entry and a notification', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const heir = await member(server, workspace, 'manager');
    const total = 1150;
    await insertPlainContacts(server.handle.db, workspace.id, admin.id, total, 'Match');
    const other = await member(server, workspace, 'manager');
    await insertPlainContacts(server.handle.db, workspace.id, other.user.id, 3, 'Other');

    const started = await client.post('/api/v1/contacts/bulk', { match: { ownerId: admin.id }, action: 'assign_owner', ownerId: heir.user.id });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body.job).toMatchObject({ kind: 'contact.bulk_assign_owner', state: 'queued', total, done: 0 });
    const jobId = started.body.job.id as string;
    // Nothing happens before a worker takes the job.
    expect(await owners(server, workspace.id)).toEqual({ [`${admin.id}@v1`]: total, [`${other.user.id}@v1`]: 3 });

    startWorker(server);
    const job = await eventually(async () => {
      const res = await client.get(`/api/v1/jobs/${jobId}`);
      expect(res.body.job.state).toBe('done');
      return res.body.job;
    }, 60_000, 5);
    expect(job).toMatchObject({ total, done: total, result: { updated: total, skipped: 0 }, error: null });
    expect(await owners(server, workspace.id)).toEqual({ [`${heir.user.id}@v2`]: total, [`${other.user.id}@v1`]: 3 });

    const db = server.handle.db;
    const versions = await db.selectFrom('record_versions').select(['entity_id', 'version', 'action', 'created_at']).where('workspace_id', '=', workspace.id)
      .where('entity_type', '=', 'contact').execute();
    expect(versions).toHaveLength(total);
    // Written in several short transactions (each chunk stamps its own time), not one long one.
    expect(new Set(versions.map((v) => String(v.created_at))).size).toBeGreaterThan(1);
    expect(new Set(versions.map((v) => v.entity_id)).size).toBe(total);
    expect(versions.every((v) => v.version === 2 && v.action === 'update')).toBe(true);
    const audits = await db.selectFrom('audit_log').select(['action', 'changes']).where('workspace_id', '=', workspace.id).where('entity_type', '=', 'contact').execute();
    expect(audits.filter((a) => a.action === 'contact.updated')).toHaveLength(total);
    const summary = audits.filter((a) => a.action === 'contact.bulk_assign_owner');
    expect(summary).toHaveLength(1);
    const events = await db.selectFrom('outbox_events').select('type').where('workspace_id', '=', workspace.id).where('type', '=', 'contact.updated').execute();
    expect(events).toHaveLength(total);

    const notes = await client.get('/api/v1/notifications');
    expect(notes.body.items[0]).toMatchObject({ type: 'bulk.done', data: { jobId, entityType: 'contact', action: 'assign_owner', updated: total, skipped: 0 } });
    // Only whoever started the job (or an administrator) sees it.
    expect((await heir.client.get(`/api/v1/jobs/${jobId}`)).status).toBe(404);
  });

  it('runs picked ids over one page as a job and a small selection at once', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const ids = await insertPlainContacts(server.handle.db, workspace.id, admin.id, 260, 'Picked');
    const small = await client.post('/api/v1/contacts/bulk', { ids: ids.slice(0, 2), action: 'add_tags', tags: ['first'] });
    expect(small.status).toBe(200);
    expect(small.body).toEqual({ updated: 2, skipped: 0 });

    const unknown = '0190a0a0-0000-7000-8000-000000000001';
    const res = await client.post('/api/v1/contacts/bulk', { ids: [...ids.slice(0, 250), unknown], action: 'add_tags', tags: ['Big'] });
    expect(res.status).toBe(202);
    expect(res.body.job.total).toBe(251);
    startWorker(server);
    const job = await eventually(async () => {
      const j = (await client.get(`/api/v1/jobs/${res.body.job.id}`)).body.job;
      expect(j.state).toBe('done');
      return j;
    }, 60_000);
    expect(job.result).toEqual({ updated: 250, skipped: 1 });
    // The tag rows were rebuilt with the records: the list filters by them.
    expect((await client.get('/api/v1/contacts?tag=Big&count=1&limit=1')).body.total).toBe(250);
    expect((await client.get('/api/v1/contacts?tag=first&count=1&limit=1')).body.total).toBe(2);
    expect((await client.get(`/api/v1/contacts/${ids[0]}`)).body.contact.tags).toEqual(['first', 'Big']);
  });

  it('stops when the starter loses the right mid-job: what committed stays with its history, nothing is half-applied', { timeout: 120_000 }, async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const bulkAdmin = await member(server, workspace, 'admin');
    const total = 5000;
    await insertPlainContacts(server.handle.db, workspace.id, admin.id, total, 'Revoke');
    const res = await bulkAdmin.client.post('/api/v1/contacts/bulk', { match: { status: 'lead' }, action: 'set_status', status: 'client' });
    expect(res.status).toBe(202);
    const jobId = res.body.job.id as string;
    startWorker(server);
    await eventually(async () => {
      const row = await server.handle.db.selectFrom('job_progress').select('done').where('job_id', '=', jobId).executeTakeFirstOrThrow();
      expect(row.done).toBeGreaterThan(0);
    }, 60_000, 2);
    // Managers have no bulk right: the next chunk's check refuses.
    await server.handle.db.updateTable('users').set({ role: 'manager' }).where('id', '=', bulkAdmin.user.id).execute();
    const job = await eventually(async () => {
      const j = (await client.get(`/api/v1/jobs/${jobId}`)).body.job;
      expect(j.state).toBe('failed');
      return j;
    }, 60_000);
    expect(job.error).toBe('forbidden');
    expect(job.done).toBeLessThan(total);
    const changed = await server.handle.db.selectFrom('contacts').select('id').where('workspace_id', '=', workspace.id).where('status', '=', 'client').execute();
    expect(changed).toHaveLength(job.done);
    expect(job.result.updated).toBe(job.done);
    const versions = await server.handle.db.selectFrom('record_versions').select('id').where('workspace_id', '=', workspace.id).where('entity_type', '=', 'contact').execute();
    expect(versions).toHaveLength(job.done);
    const [summary] = await server.handle.db.selectFrom('audit_log').select('changes').where('workspace_id', '=', workspace.id).where('action', '=', 'contact.bulk_set_status').execute();
    expect(fromJson(summary!.changes)).toMatchObject({ jobId, state: 'failed', error: 'forbidden', size: total, updated: job.done });
    const notes = await bulkAdmin.client.get('/api/v1/notifications');
    expect(notes.body.items[0]).toMatchObject({ type: 'bulk.failed', data: { jobId, error: 'forbidden', updated: job.done } });
  });

  it('refuses a selection without ids or filter, and checks the filter like the list', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    expect((await client.post('/api/v1/contacts/bulk', { action: 'delete' })).body.error.fields).toEqual({ ids: 'required' });
    expect((await client.post('/api/v1/contacts/bulk', { match: { ownerId: 'nobody' }, action: 'delete' })).body.error.fields).toEqual({ ownerId: 'invalid_id' });
    expect((await client.post('/api/v1/contacts/bulk', { match: { bogus: 1 }, action: 'delete' })).status).toBe(400);
  });
});
