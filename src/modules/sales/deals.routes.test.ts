import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import type { TestClient } from '../../../test/client.js';

interface Stage { id: string; name: string; kind: string }
interface Pipeline { id: string; name: string; version: number; stages: Stage[] }

async function defaultPipeline(client: TestClient): Promise<Pipeline> {
  const res = await client.get('/api/v1/pipelines');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items[0];
}

describe.each(DIALECTS)('deals on %s', (dialect) => {
  it('starts a workspace with the default pipeline and lost reasons in its language', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const pipeline = await defaultPipeline(client);
    expect(pipeline.stages.map((s) => s.kind)).toEqual(['open', 'open', 'open', 'open', 'won', 'lost']);
    expect(pipeline.stages).toHaveLength(6);
    const reasons = (await client.get('/api/v1/lost-reasons')).body.items;
    expect(reasons.length).toBeGreaterThanOrEqual(5);
  });

  it('creates a deal on the first open stage, moves it through the stages to won, and keeps the stage path', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const pipeline = await defaultPipeline(client);
    const company = (await client.post('/api/v1/companies', { name: 'Ромашка' })).body.company;
    const person = (await client.post('/api/v1/contacts', { firstName: 'Вера', lastName: 'Петрова' })).body.contact;
    const res = await client.post('/api/v1/deals', {
      title: 'Доставка 10 т', amount: 1_250_000, companyId: company.id, people: [{ contactId: person.id, role: 'Счетоводител' }], tags: ['vip'], expectedClose: '2027-01-31',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const deal = res.body.deal;
    expect(deal).toMatchObject({
      title: 'Доставка 10 т', amount: 1_250_000, status: 'open', pipeline: { id: pipeline.id }, stage: { id: pipeline.stages[0]!.id, kind: 'open' },
      company: { id: company.id, name: 'Ромашка' }, people: [{ contact: { id: person.id }, role: 'Счетоводител' }], tags: ['vip'], expectedClose: '2027-01-31', version: 1,
    });
    expect(deal.currency).toMatch(/^[A-Z]{3}$/);
    const moved = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: pipeline.stages[2]!.id, version: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.deal).toMatchObject({ stage: { id: pipeline.stages[2]!.id }, version: 2 });
    // A stale version answers 409 with the current deal.
    const stale = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: pipeline.stages[3]!.id, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2 });
    const won = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: pipeline.stages[4]!.id, version: 2 });
    expect(won.body.deal).toMatchObject({ status: 'won', closedAt: expect.any(String), wonAt: expect.any(String), lostAt: null });
    const path = (await client.get(`/api/v1/deals/${deal.id}/stages`)).body.items;
    expect(path.map((s: { stageId: string }) => s.stageId)).toEqual([pipeline.stages[0]!.id, pipeline.stages[2]!.id, pipeline.stages[4]!.id]);
    expect(path[0].leftAt).toBe(path[1].enteredAt);
    // Reopening is a move back to an open stage: the close times clear, the path grows.
    const reopened = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: pipeline.stages[1]!.id, version: 3 });
    expect(reopened.body.deal).toMatchObject({ status: 'open', closedAt: null, wonAt: null });
    expect((await client.get(`/api/v1/deals/${deal.id}/stages`)).body.items).toHaveLength(4);
    // Lists filter by stage, status, company, contact and tag.
    const ids = async (query: string) => (await client.get(`/api/v1/deals?${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids(`stageId=${pipeline.stages[1]!.id}`)).toEqual([deal.id]);
    expect(await ids('status=won')).toEqual([]);
    expect(await ids('status=open')).toEqual([deal.id]);
    expect(await ids(`companyId=${company.id}`)).toEqual([deal.id]);
    expect(await ids(`contactId=${person.id}`)).toEqual([deal.id]);
    expect(await ids('tag=vip')).toEqual([deal.id]);
    expect(await ids('sort=-amount')).toEqual([deal.id]);
    const csv = (await client.get('/api/v1/deals/export')).body as string;
    expect(csv).toContain('Доставка 10 т');
    expect(csv).toContain('12500');
  });

  it('names in a list item the first person on the deal the viewer may still see (the client of a deal without a company)', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const gone = (await client.post('/api/v1/contacts', { firstName: 'Иван', lastName: 'Стоянов' })).body.contact;
    const kept = (await client.post('/api/v1/contacts', { firstName: 'Мария', lastName: 'Колева' })).body.contact;
    const deal = (await client.post('/api/v1/deals', { title: 'Ремонт', people: [{ contactId: gone.id, role: 'Собственик' }, { contactId: kept.id }] })).body.deal;
    await client.post('/api/v1/deals', { title: 'Без клиент' });
    const people = async () => Object.fromEntries((await client.get('/api/v1/deals?sort=name')).body.items.map((i: { title: string; firstPerson: unknown }) => [i.title, i.firstPerson]));
    expect(await people()).toEqual({ 'Ремонт': { id: gone.id, name: 'Иван Стоянов' }, 'Без клиент': null });
    expect((await client.delete(`/api/v1/contacts/${gone.id}?version=${gone.version}`)).status).toBe(204);
    expect(await people()).toEqual({ 'Ремонт': { id: kept.id, name: 'Мария Колева' }, 'Без клиент': null });
    expect((await client.get(`/api/v1/deals/${deal.id}`)).body.deal.firstPerson).toEqual({ id: kept.id, name: 'Мария Колева' });
  });

  it('refuses a lost move without a reason, a stage of another pipeline, negative money and unknown currencies', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = await defaultPipeline(client);
    const other = (await client.post('/api/v1/pipelines', { name: 'Production' })).body.pipeline;
    expect(other.stages.map((s: Stage) => s.kind)).toEqual(['open', 'won', 'lost']);
    const deal = (await client.post('/api/v1/deals', { title: 'Deal' })).body.deal;
    const lost = pipeline.stages.find((s) => s.kind === 'lost')!;
    const noReason = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: lost.id, version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual({ lostReasonId: 'required' });
    const reason = (await client.get('/api/v1/lost-reasons')).body.items[0];
    const withReason = await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: lost.id, lostReasonId: reason.id, lostComment: 'Went with a rival', version: 1 });
    expect(withReason.body.deal).toMatchObject({ status: 'lost', lostReason: { id: reason.id }, lostComment: 'Went with a rival' });
    const wrong = await client.post('/api/v1/deals', { title: 'X', pipelineId: pipeline.id, stageId: other.stages[0].id });
    expect(wrong.body.error.fields).toEqual({ stageId: 'wrong_pipeline' });
    expect((await client.post('/api/v1/deals', { title: 'X', amount: -1 })).body.error.fields).toEqual({ amount: 'too_small' });
    expect((await client.post('/api/v1/deals', { title: 'X', currency: 'XYZ' })).body.error.fields).toEqual({ currency: 'invalid_currency' });
    expect((await client.post('/api/v1/deals', { title: 'X', stageId: lost.id })).body.error.fields).toEqual({ lostReasonId: 'required' });
    // A handoff to another pipeline lands on the stage named there.
    const second = (await client.post('/api/v1/deals', { title: 'Handoff' })).body.deal;
    const handed = await client.post(`/api/v1/deals/${second.id}/move`, { stageId: other.stages[0].id, version: 1 });
    expect(handed.body.deal).toMatchObject({ pipeline: { id: other.id }, stage: { id: other.stages[0].id } });
    // A workspace that requires a client refuses a deal without one.
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    expect((await client.patch('/api/v1/workspace', { settings: { dealsRequireClient: true }, version: ws.version })).status).toBe(200);
    expect((await client.post('/api/v1/deals', { title: 'Nobody' })).body.error.fields).toEqual({ companyId: 'client_required' });
    const company = (await client.post('/api/v1/companies', { name: 'Client Ltd' })).body.company;
    expect((await client.post('/api/v1/deals', { title: 'Somebody', companyId: company.id })).status).toBe(201);
    expect((await client.patch(`/api/v1/deals/${second.id}`, { title: 'Still nobody', version: 2 })).body.error.fields).toEqual({ companyId: 'client_required' });
    // Nothing half-written: the refused creates left no deal behind.
    expect((await client.get('/api/v1/deals?count=1')).body.total).toBe(3);
  });

  it('orders cards in a column by fractional keys without renumbering', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = await defaultPipeline(client);
    const stage = pipeline.stages[0]!.id;
    const made: Array<{ id: string; boardPosition: string }> = [];
    for (const title of ['A', 'B', 'C']) made.push((await client.post('/api/v1/deals', { title })).body.deal);
    const column = async () => (await client.get(`/api/v1/deals?stageId=${stage}&limit=50`)).body.items
      .sort((a: { boardPosition: string }, b: { boardPosition: string }) => (a.boardPosition < b.boardPosition ? -1 : 1)).map((d: { title: string }) => d.title);
    // New deals go on top of the column.
    expect(await column()).toEqual(['C', 'B', 'A']);
    const a = made[0]!;
    const moved = await client.post(`/api/v1/deals/${a.id}/move`, { stageId: stage, afterId: made[2]!.id, version: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await column()).toEqual(['C', 'A', 'B']);
    expect((await client.post(`/api/v1/deals/${a.id}/move`, { stageId: stage, beforeId: made[2]!.id, version: 2 })).status).toBe(200);
    expect(await column()).toEqual(['A', 'C', 'B']);
    const unknown = await client.post(`/api/v1/deals/${a.id}/move`, { stageId: stage, afterId: pipeline.id, version: 3 });
    expect(unknown.body.error.fields).toEqual({ afterId: 'not_found' });
  });

  it('retires a stage only with a place for its deals, and keeps managers out of pipeline settings', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');
    const pipeline = await defaultPipeline(client);
    const [first, second] = pipeline.stages;
    const deal = (await manager.client.post('/api/v1/deals', { title: 'Mine' })).body.deal;
    expect(deal.stage.id).toBe(first!.id);
    expect((await manager.client.post('/api/v1/pipelines', { name: 'Nope' })).status).toBe(403);
    expect((await manager.client.get('/api/v1/pipelines')).body.canManage).toBe(false);
    const stageVersion = (await client.get('/api/v1/pipelines')).body.items[0].stages[0].version;
    const refused = await client.post(`/api/v1/pipeline-stages/${first!.id}/retire`, { version: stageVersion });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ moveToStageId: 'required' });
    const retired = await client.post(`/api/v1/pipeline-stages/${first!.id}/retire`, { version: stageVersion, moveToStageId: second!.id });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body.pipeline.stages.map((s: Stage) => s.id)).not.toContain(first!.id);
    const after = (await manager.client.get(`/api/v1/deals/${deal.id}`)).body.deal;
    expect(after).toMatchObject({ stage: { id: second!.id }, version: 2 });
    // The manager's own deal is visible to them; the admin's is not.
    const adminDeal = (await client.post('/api/v1/deals', { title: 'Admin only' })).body.deal;
    expect((await manager.client.get(`/api/v1/deals/${adminDeal.id}`)).status).toBe(404);
    expect((await manager.client.get('/api/v1/deals')).body.items.map((d: { id: string }) => d.id)).toEqual([deal.id]);
    // The won and lost stages cannot all go.
    const won = pipeline.stages.find((s) => s.kind === 'won')!;
    const wonVersion = (await client.get('/api/v1/pipelines')).body.items[0].stages.find((s: Stage) => s.id === won.id).version;
    expect((await client.post(`/api/v1/pipeline-stages/${won.id}/retire`, { version: wonVersion })).body.error.fields).toEqual({ id: 'needs_won_stage' });
  });
});
