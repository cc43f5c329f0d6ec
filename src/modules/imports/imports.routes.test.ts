import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { upload } from '../../../test/fixtures/imports-kit.js';
import { fromJson } from '../../platform/json.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { registerImportJobs } from './import-run.job.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/imports');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-imports-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.each(DIALECTS)('imports on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });
  const server = () => testServer(dialect, { DATA_DIR: dataDir });
  function startWorker(s: TestServer) {
    worker = new JobWorker({ db: s.handle.db, dialect, logger: silentLogger(), pollMs: 20 });
    registerImportJobs(worker.registry, dataDir);
    worker.start();
  }

  it('imports an amoCRM Windows-1251 file with messy phones, reports the failed rows, updates a duplicate and undoes it all', { timeout: 60_000 }, async () => {
    const s = await server();
    const { workspace, admin, client } = await clientTeam(s, 'RU');
    const existing = await client.post('/api/v1/contacts', { firstName: 'Анна', lastName: 'Старая', phones: [{ value: '+79120001122' }], tags: ['old'] });
    expect(existing.status).toBe(201);

    const bytes = iconv.encode(fs.readFileSync(path.join(FIXTURES, 'amocrm-contacts.csv'), 'utf8'), 'windows-1251');
    const up = await upload(s, client, 'contacts', 'amo.csv', bytes);
    expect(up.status).toBe(201);
    const imp = up.body.import;
    expect(imp).toMatchObject({ status: 'draft', format: 'csv', encoding: 'windows-1251', delimiter: ';', headerRow: 0, source: 'amocrm', version: 1, createdBy: { id: admin.id } });
    expect(imp.sample[0][0]).toBe('Иванов Пётр Сергеевич');

    const twice = await client.patch(`/api/v1/imports/${imp.id}`, { version: 1, mapping: [{ column: 0, field: 'fullName' }, { column: 4, field: 'fullName' }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual({ mapping: 'duplicate_target' });
    const patched = await client.patch(`/api/v1/imports/${imp.id}`, { version: 1, options: { duplicatePolicy: 'update' } });
    expect(patched.status).toBe(200);
    expect(patched.body.import.version).toBe(2);

    const preview = await client.get(`/api/v1/imports/${imp.id}/preview?limit=10`);
    expect(preview.status).toBe(200);
    const rows = preview.body.rows;
    expect(rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4, 5]);
    expect(rows[0].values).toMatchObject({ lastName: 'Иванов', firstName: 'Пётр', middleName: 'Сергеевич', phones: ['+79123456789'], emails: ['petr.ivanov@example.ru'], tags: ['vip', 'опт'], birthday: '1980-12-31' });
    expect(rows[1].match).toEqual({ id: existing.body.contact.id, name: 'Анна Старая', by: 'phone' });
    expect(rows[2].errors.map((e: { code: string }) => e.code)).toEqual(['invalid_phone']);
    expect(rows[3].errors.map((e: { code: string }) => e.code)).toEqual(['owner_not_found']);

    const run = await client.post(`/api/v1/imports/${imp.id}/run`, { version: 2 });
    expect(run.status).toBe(202);
    startWorker(s);
    const done = await eventually(async () => {
      const res = await client.get(`/api/v1/imports/${imp.id}`);
      expect(res.body.import.status).toBe('done');
      return res.body.import;
    }, 30_000, 20);
    expect(done.counts).toEqual({ total: 4, created: 1, updated: 1, skipped: 0, failed: 2 });
    const job = await client.get(`/api/v1/jobs/${done.jobId}`);
    expect(job.body.job).toMatchObject({ state: 'done', total: 4, done: 4, result: { created: 1, updated: 1, failed: 2 } });
    expect(job.body.job.result.rowsPerSecond).toBeGreaterThan(0);

    const petr = await s.handle.db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspace.id).where('last_name', '=', 'Иванов').executeTakeFirstOrThrow();
    expect(petr).toMatchObject({ first_name: 'Пётр', middle_name: 'Сергеевич', birthday: '1980-12-31', owner_id: admin.id });
    const anna = await client.get(`/api/v1/contacts/${existing.body.contact.id}`);
    expect(anna.body.contact.emails.map((e: { value: string }) => e.value)).toEqual(['anna@example.ru']);
    expect(anna.body.contact.phones.map((p: { e164: string }) => p.e164)).toEqual(['+79120001122', '+79161234567']);
    const companies = await s.handle.db.selectFrom('companies').select('name').where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).execute();
    expect(companies.map((c) => c.name)).toEqual(['ООО Ромашка']);

    const failed = await s.app.inject({ method: 'GET', url: `/api/v1/imports/${imp.id}/failed.csv`, headers: { cookie: `kt_session=${client.cookie('kt_session')}` } });
    expect(failed.statusCode).toBe(200);
    const lines = failed.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Полное имя контакта,.*,Error$/);
    expect(lines[1]).toMatch(/^Кузнецов Олег,123,.*phones: Not a phone number$/);
    expect(lines[2]).toMatch(/owner: No user with this name or email$/);

    const undo = await client.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(undo.status).toBe(202);
    await eventually(async () => {
      const res = await client.get(`/api/v1/imports/${imp.id}`);
      expect(res.body.import.status).toBe('undone');
    }, 30_000, 20);
    const live = await s.handle.db.selectFrom('contacts').select(['display_name', 'tags']).where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).execute();
    expect(live.map((c) => [c.display_name, fromJson(c.tags)])).toEqual([['Анна Старая', ['old']]]);
    const restored = await client.get(`/api/v1/contacts/${existing.body.contact.id}`);
    expect(restored.body.contact.phones.map((p: { e164: string }) => p.e164)).toEqual(['+79120001122']);
    expect(restored.body.contact.emails).toEqual([]);
    const liveCompanies = await s.handle.db.selectFrom('companies').select('name').where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).execute();
    expect(liveCompanies).toEqual([]);
  });

  it('refuses binary and empty files, needs the import right, and keeps imports to their owner', { timeout: 30_000 }, async () => {
    const s = await server();
    const { workspace, client } = await clientTeam(s, 'RU');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(200, 7)]);
    const binary = await upload(s, client, 'contacts', 'contacts.csv', png);
    expect(binary.status).toBe(400);
    expect(binary.body.error.fields).toEqual({ file: 'unsupported_file' });
    const empty = await upload(s, client, 'contacts', 'empty.csv', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({ file: 'empty_file' });

    const manager = await member(s, workspace, 'manager');
    const refused = await upload(s, manager.client, 'contacts', 'plain.tsv', fs.readFileSync(path.join(FIXTURES, 'plain.tsv')));
    expect(refused.status).toBe(403);
    expect((await manager.client.get('/api/v1/imports')).status).toBe(403);

    const marketer = await member(s, workspace, 'marketer');
    const own = await upload(s, marketer.client, 'companies', 'plain.tsv', fs.readFileSync(path.join(FIXTURES, 'plain.tsv')));
    expect(own.status).toBe(201);
    expect(own.body.import.mapping).toEqual([{ column: 0, field: 'name' }, { column: 1, field: 'phones' }, { column: 2, field: 'emails' }]);
    const other = await member(s, workspace, 'marketer');
    expect((await other.client.get(`/api/v1/imports/${own.body.import.id}`)).status).toBe(404);
    expect((await other.client.get('/api/v1/imports')).body.items).toEqual([]);
    const adminList = await client.get('/api/v1/imports');
    expect(adminList.body.items.map((i: { id: string }) => i.id)).toContain(own.body.import.id);
    const fields = await marketer.client.get('/api/v1/imports/fields?entity=companies');
    expect(fields.body.fields.find((f: { key: string }) => f.key === 'name')).toEqual({ key: 'name', label: 'Name', type: 'text', multiple: false, required: true });
  });
});
