import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { failedLines, upload } from '../../../test/fixtures/imports-kit.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { fromJson } from '../../platform/json.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { registerImportJobs, runStep, type ImportJobPayload, type RunResult } from './import-run.job.js';

/** Deal and activity imports: other CRMs' deal files, product rows, Salesforce's joined files, undo (decision 0034). */

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/imports');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-imports-deals-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

type Api = Awaited<ReturnType<typeof clientTeam>>['client'];

describe.each(DIALECTS)('deal and activity imports on %s', (dialect) => {
  let worker: JobWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
  });
  async function team() {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    worker = new JobWorker({ db: s.handle.db, dialect, logger: silentLogger(), pollMs: 20 });
    registerImportJobs(worker.registry, dataDir);
    worker.start();
    return { s, ...(await clientTeam(s, 'RU')) };
  }

  /** Uploads a fixture (the owner placeholder replaced), sets options, runs it and waits for the end. */
  async function importFile(s: TestServer, client: Api, entity: string, file: string, owner: string, options: Record<string, unknown> = {}, edit = (t: string) => t, remap: Record<string, string> = {}) {
    const text = edit(fs.readFileSync(path.join(FIXTURES, file), 'utf8').replaceAll('OWNER', owner));
    const up = await upload(s, client, entity, path.basename(file), Buffer.from(text));
    expect(up.status).toBe(201);
    const headers = up.body.import.headers as string[];
    const mapping = (up.body.import.mapping as Array<{ column: number; field: string | null }>).map((m) => ({ ...m, field: remap[headers[m.column]!] ?? m.field }));
    const patched = await client.patch(`/api/v1/imports/${up.body.import.id}`, { version: 1, options, mapping });
    expect(patched.status).toBe(200);
    const run = await client.post(`/api/v1/imports/${up.body.import.id}/run`, { version: 2 });
    expect(run.status).toBe(202);
    const done = await eventually(async () => {
      const res = await client.get(`/api/v1/imports/${up.body.import.id}`);
      expect(res.body.import.status).toBe('done');
      return res.body.import;
    }, 30_000, 20);
    return { draft: up.body.import, done };
  }

  async function undo(client: Api, id: string) {
    expect((await client.post(`/api/v1/imports/${id}/undo`, {})).status).toBe(202);
    await eventually(async () => expect((await client.get(`/api/v1/imports/${id}`)).body.import.status).toBe('undone'), 30_000, 20);
  }

  const dealsOf = (s: TestServer, workspaceId: string) => s.handle.db.selectFrom('deals').selectAll().where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null).orderBy('title').execute();
  async function stageIds(client: Api) {
    const pipelines = (await client.get('/api/v1/pipelines')).body.items as Array<{ id: string; stages: Array<{ id: string; name: string }> }>;
    return Object.fromEntries(pipelines[0]!.stages.map((st) => [st.name, st.id]));
  }

  it('imports an amoCRM deal file: stages and reasons named in another language, money in roubles, links, bad rows reported; undo removes the deals', { timeout: 60_000 }, async () => {
    const { s, workspace, admin, client } = await team();
    const petr = await client.post('/api/v1/contacts', { firstName: 'Пётр', lastName: 'Иванов' });
    const company = await client.post('/api/v1/companies', { name: 'ООО Ромашка' });
    const { draft, done } = await importFile(s, client, 'deals', 'amocrm-deals.csv', admin.email);
    expect(draft.source).toBe('amocrm');
    expect(draft.options).toMatchObject({ matchBy: ['externalId'], unknownStage: 'fail', missingLinks: 'fail' });
    expect(done.counts).toEqual({ total: 7, created: 3, updated: 0, skipped: 0, failed: 4 });

    const stages = await stageIds(client);
    const deals = await dealsOf(s, workspace.id);
    expect(deals.map((d) => d.title)).toEqual(['Большой заказ', 'Поставка бумаги', 'Проигранный тендер']);
    const [big, paper, lost] = deals;
    expect(paper).toMatchObject({ amount: 123456789, currency: 'RUB', stage_id: stages['First call'], expected_close: '2024-12-31', company_id: company.body.company.id, owner_id: admin.id });
    expect(fromJson(paper!.tags)).toEqual(['опт', 'бумага']);
    expect(fromJson(paper!.people)).toEqual([{ contactId: petr.body.contact.id, role: null }]);
    expect(big).toMatchObject({ amount: 5000050, stage_id: stages.Won });
    expect(big!.won_at).not.toBeNull();
    const reasons = (await client.get('/api/v1/lost-reasons')).body.items as Array<{ id: string; name: string }>;
    expect(lost).toMatchObject({ stage_id: stages.Lost, lost_reason_id: reasons.find((r) => r.name === 'Too expensive')!.id });

    const preview = (await client.get(`/api/v1/imports/${draft.id}/preview?limit=10`)).body.rows as Array<{ line: number; errors: Array<{ field: string; code: string }>; match: { by: string } | null }>;
    expect(preview.map((r) => r.errors.map((e) => `${e.field}:${e.code}`).join())).toEqual(['', '', 'stage:stage_not_found', 'owner:owner_not_found', 'amount:invalid_amount', 'closeDate:invalid_date', '']);
    expect(preview[0]!.match).toMatchObject({ by: 'externalId' });
    const lines = await failedLines(s, client, draft.id);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^ID,Название сделки,.*,Error$/);
    expect(lines.slice(1).map((l) => l.split(',')[0] + ' ' + l.slice(l.lastIndexOf(',') + 1))).toEqual([
      '103 stage: No stage with this name in the pipeline', '104 owner: No user with this name or email', '105 amount: Not an amount', '106 closeDate: Not a date',
    ]);

    await undo(client, draft.id);
    expect(await dealsOf(s, workspace.id)).toEqual([]);
  });

  it('joins Bitrix24 product rows into one deal, imports Pipedrive deals with a link left out on request, and undoes an update', { timeout: 60_000 }, async () => {
    const { s, workspace, admin, client } = await team();
    await client.post('/api/v1/companies', { name: 'ООО Ромашка' });
    await client.post('/api/v1/companies', { name: 'Acme Inc' });
    const jane = await client.post('/api/v1/contacts', { firstName: 'Jane', lastName: 'Doe', emails: [{ value: 'jane@doe.com' }] });
    const table = await client.post('/api/v1/products', { name: 'Стол', prices: [{ currency: 'RUB', amount: 120000 }] });
    const chair = await client.post('/api/v1/products', { name: 'Стул', sku: 'CH-1', prices: [{ currency: 'RUB', amount: 45000 }] });
    expect([table.status, chair.status]).toEqual([201, 201]);

    const bitrix = await importFile(s, client, 'deals', 'bitrix24-deals.csv', admin.email);
    expect(bitrix.draft.source).toBe('bitrix24');
    expect(bitrix.done.counts).toEqual({ total: 4, created: 2, updated: 0, skipped: 0, failed: 1 });
    expect((await failedLines(s, client, bitrix.draft.id))[1]).toMatch(/^7,.*Лампа.*product: No product with this name or SKU in the catalog$/);
    const [more, office] = await dealsOf(s, workspace.id);
    expect(office).toMatchObject({ title: 'Оснащение офиса', amount: 300000, currency: 'RUB', expected_close: '2025-01-20' });
    expect(fromJson<Array<{ name: string; quantity: number; price: number }>>(office!.items).map((i) => [i.name, i.quantity, i.price])).toEqual([['Стол', 2, 100000], ['Стул', 2, 50000]]);
    expect(more).toMatchObject({ title: 'Ещё стул', amount: 45000 });

    const pipedrive = await importFile(s, client, 'deals', 'pipedrive-deals.csv', admin.email, { missingLinks: 'skipLink' });
    expect(pipedrive.draft.source).toBe('pipedrive');
    expect(pipedrive.draft.mapping.filter((m: { field: string | null }) => m.field).map((m: { field: string }) => m.field)).toEqual([
      'externalId', 'title', 'amount', 'currency', 'stage', 'pipeline', 'status', 'owner', 'lostReason', 'closeDate', 'contact', 'company', 'tags',
    ]);
    expect(pipedrive.done.counts).toEqual({ total: 3, created: 3, updated: 0, skipped: 0, failed: 0 });
    const preview = (await client.get(`/api/v1/imports/${pipedrive.draft.id}/preview`)).body.rows as Array<{ errors: unknown[]; warnings: Array<{ field: string; code: string }> }>;
    expect(preview.map((r) => [r.errors.length, r.warnings.map((w) => `${w.field}:${w.code}`)])).toEqual([[0, []], [0, []], [0, ['contact:contact_not_found']]]);
    const stages = await stageIds(client);
    const byTitle = new Map((await dealsOf(s, workspace.id)).map((d) => [d.title, d]));
    expect(byTitle.get('Website redesign')).toMatchObject({ amount: 1250050, currency: 'USD', stage_id: stages['Proposal sent'], expected_close: '2025-03-01' });
    expect(fromJson(byTitle.get('Website redesign')!.people)).toEqual([{ contactId: jane.body.contact.id, role: null }]);
    expect(byTitle.get('Lost one')!.lost_at).not.toBeNull();
    expect(fromJson(byTitle.get('Ghost contact')!.people)).toEqual([]);

    const again = await importFile(s, client, 'deals', 'pipedrive-deals.csv', admin.email, { duplicatePolicy: 'update', missingLinks: 'skipLink' },
      (t) => t.replace('"Website redesign","12,500.50"', '"Website redesign v2","13000"'));
    expect(again.done.counts).toMatchObject({ updated: 3, created: 0 });
    const updated = (await dealsOf(s, workspace.id)).find((d) => d.id === byTitle.get('Website redesign')!.id);
    expect(updated).toMatchObject({ title: 'Website redesign v2', amount: 1300000 });
    await undo(client, again.draft.id);
    const restored = (await dealsOf(s, workspace.id)).find((d) => d.id === byTitle.get('Website redesign')!.id);
    expect(restored).toMatchObject({ title: 'Website redesign', amount: 1250050 });
  });

  it('links Salesforce contacts and opportunities to the accounts imported before, and imports activities of every kind', { timeout: 60_000 }, async () => {
    const { s, workspace, admin, client } = await team();
    const accounts = await importFile(s, client, 'companies', 'salesforce/Account.csv', admin.email, { defaultOwnerId: admin.id });
    expect(accounts.draft.source).toBe('salesforce');
    expect(accounts.done.counts).toMatchObject({ created: 2, failed: 0 });
    const contacts = await importFile(s, client, 'contacts', 'salesforce/Contact.csv', admin.email, { defaultOwnerId: admin.id });
    // Carol's account was not in Account.csv: her row fails rather than making a company named by the id.
    expect(contacts.done.counts).toMatchObject({ created: 2, failed: 1 });
    expect((await failedLines(s, client, contacts.draft.id))[1]).toMatch(/^0035g00000KlMnO,.*,"company: No company with this ID, tax id or name"$/);
    const companies = await s.handle.db.selectFrom('companies').select(['id', 'name']).where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).orderBy('name').execute();
    expect(companies.map((c) => c.name)).toEqual(['Northwind', 'Walker & Sons']);
    const links = await s.handle.db.selectFrom('contact_companies').innerJoin('contacts', 'contacts.id', 'contact_companies.contact_id')
      .select(['contacts.display_name', 'contact_companies.company_id']).where('contact_companies.workspace_id', '=', workspace.id).orderBy('contacts.display_name').execute();
    expect(links).toEqual([{ display_name: 'Alice Walker', company_id: companies[1]!.id }, { display_name: 'Bob North', company_id: companies[0]!.id }]);

    const kindField = await client.post('/api/v1/custom-fields', { entity: 'deal', label: 'Opportunity type', type: 'text' });
    expect(kindField.status).toBe(201);
    const opportunities = await importFile(s, client, 'deals', 'salesforce/Opportunity.csv', admin.email, { defaultOwnerId: admin.id, unknownStage: 'firstStage' }, undefined,
      { Type: `custom.${kindField.body.field.key}` });
    expect(opportunities.draft.mapping.filter((m: { field: string | null }) => m.field).map((m: { field: string }) => m.field)).toEqual([
      'externalId', 'company', 'contact', 'title', 'stage', 'amount', 'closeDate', 'owner', 'source', 'currency',
    ]);
    expect(opportunities.done.counts).toMatchObject({ created: 2, failed: 0 });
    const stages = await stageIds(client);
    const [pilot, renewal] = await dealsOf(s, workspace.id);
    const alice = links[0]!;
    expect(renewal).toMatchObject({ title: 'Walker renewal', stage_id: stages['New request'], company_id: alice.company_id, amount: 2500000, currency: 'GBP', source: 'Web', owner_id: admin.id });
    expect(pilot).toMatchObject({ title: 'Northwind pilot', stage_id: stages.Won, company_id: companies[0]!.id, amount: 480000 });
    expect(fromJson(pilot!.custom)).toEqual({ [kindField.body.field.key]: 'New Business' });

    const demo = await client.post('/api/v1/activity-types', { key: 'demo', names: { en: 'Demo', ru: 'Демо', bg: 'Демо' } });
    expect(demo.status).toBe(201);
    const jane = await client.post('/api/v1/contacts', { firstName: 'Jane', lastName: 'Doe', emails: [{ value: 'jane@doe.com' }] });
    const deal = await client.post('/api/v1/deals', { title: 'Website redesign' });
    const acts = await importFile(s, client, 'activities', 'activities.csv', admin.email);
    expect(acts.done.counts).toEqual({ total: 7, created: 4, updated: 0, skipped: 0, failed: 3 });
    const rows = await s.handle.db.selectFrom('activities').selectAll().where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).orderBy('title').execute();
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get('Call Jane')).toMatchObject({ kind: 'call', status: 'done', direction: 'in', duration_seconds: 330, result: 'Agreed on a demo', body: 'Asked about prices', contact_id: jane.body.contact.id, owner_id: admin.id, due_at: '2025-01-10T08:30:00.000Z' });
    expect(byTitle.get('Demo meeting')).toMatchObject({ kind: 'meeting', status: 'planned', due_at: '2025-01-12T12:00:00.000Z', ends_at: '2025-01-12T13:00:00.000Z', contact_id: jane.body.contact.id, deal_id: deal.body.deal.id });
    expect(byTitle.get('Product demo')).toMatchObject({ kind: 'demo' });
    expect(byTitle.get('Follow up')).toMatchObject({ kind: 'task', all_day: 1 });
    const lines = await failedLines(s, client, acts.draft.id);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Bad kind,.*,kind: No activity kind with this name$/);
    expect(lines[2]).toMatch(/^Bad date,.*,dueAt: Not a date$/);
    expect(lines[3]).toMatch(/^Unknown person,.*,"contact: No contact with this ID, email, phone or name"$/);

    await undo(client, acts.draft.id);
    expect(await s.handle.db.selectFrom('activities').select('id').where('workspace_id', '=', workspace.id).where('deleted_at', 'is', null).execute()).toEqual([]);
  });

  it('ends a chunk between deals only: a deal\'s product rows are written together whatever the chunk size', { timeout: 60_000 }, async () => {
    const s = await testServer(dialect, { DATA_DIR: dataDir });
    const { workspace, client } = await clientTeam(s, 'RU');
    await client.post('/api/v1/companies', { name: 'ООО Ромашка' });
    await client.post('/api/v1/products', { name: 'Стол', prices: [{ currency: 'RUB', amount: 120000 }] });
    await client.post('/api/v1/products', { name: 'Стул', prices: [{ currency: 'RUB', amount: 45000 }] });
    const up = await upload(s, client, 'deals', 'bitrix.csv', fs.readFileSync(path.join(FIXTURES, 'bitrix24-deals.csv')));
    const run = await client.post(`/api/v1/imports/${up.body.import.id}/run`, { version: 1 });
    expect(run.status).toBe(202);
    const row = await s.handle.db.selectFrom('jobs').selectAll().where('id', '=', run.body.job.id).executeTakeFirstOrThrow();
    const job = { id: row.id, type: row.type, payload: fromJson<ImportJobPayload>(row.payload), workspaceId: workspace.id, attempts: 0, maxAttempts: 1, runAt: row.run_at, uniqueKey: null, createdAt: row.run_at };
    const step = runStep(dataDir);
    const zero: RunResult = { created: 0, updated: 0, skipped: 0, failed: 0, rowsPerSecond: 0, secondsLeft: null, startedMs: 0 };
    const first = await s.handle.db.transaction().execute((trx) => step(trx, job, { total: 0, done: 0, cursor: null, result: zero }, 2));
    expect(first).toMatchObject({ total: 4, done: 3, cursor: '3', finished: false, result: { created: 1, failed: 1 } });
    const second = await s.handle.db.transaction().execute((trx) => step(trx, job, first, 2));
    expect(second).toMatchObject({ done: 4, cursor: '4', finished: true, result: { created: 2, failed: 1 } });
    const office = await s.handle.db.selectFrom('deals').select(['items', 'amount']).where('workspace_id', '=', workspace.id).where('title', '=', 'Оснащение офиса').executeTakeFirstOrThrow();
    expect(fromJson<unknown[]>(office.items)).toHaveLength(2);
  });
});
