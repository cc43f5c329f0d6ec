import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, TestClient, type TestServer } from './server.js';
import { matrixTeam, RELATIONS, type MatrixTeam, type Relation } from './fixtures/matrix.js';

/**
 * The permission matrix over deals: every built-in role × the deal owner's relation to the actor ×
 * every path that reaches a deal — list, get, count, the board's cards and sums, export, move and
 * the stage path. Expected outcomes are written out, not derived from the role definitions.
 */
const VIEW: Record<string, Relation[] | 'forbidden'> = {
  admin: ['own', 'department', 'other'],
  head_of_sales: ['own', 'department'],
  manager: ['own'],
  marketer: 'forbidden',
  support_agent: 'forbidden',
  read_only: ['own', 'department', 'other'],
};
const EXPORT: Record<string, Relation[] | 'forbidden'> = {
  admin: ['own', 'department', 'other'], head_of_sales: ['own', 'department'], manager: 'forbidden', marketer: 'forbidden', support_agent: 'forbidden', read_only: 'forbidden',
};
const EDIT: Record<string, Relation[]> = {
  admin: ['own', 'department', 'other'], head_of_sales: ['own', 'department'], manager: ['own'], marketer: [], support_agent: [], read_only: [],
};

describe.each(DIALECTS)('deal permission matrix on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
  });

  it.each(Object.keys(VIEW))('role %s reaches exactly the deals its scope allows, through every path', async (role) => {
    const { actor, owners } = await team.trio(role);
    const pipeline = (await admin.post('/api/v1/pipelines', { name: `Matrix ${role}` })).body.pipeline;
    const stage = pipeline.stages[0].id;
    const deals: Record<string, string> = {};
    for (const relation of RELATIONS) {
      const res = await admin.post('/api/v1/deals', { title: `${role} ${relation}`, amount: 100, currency: 'EUR', stageId: stage, ownerId: owners[relation].id });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      deals[relation] = res.body.deal.id;
    }
    const view = VIEW[role]!;
    const client = actor.client;
    const list = await client.get(`/api/v1/deals?pipelineId=${pipeline.id}&count=1`);
    const board = await client.get(`/api/v1/pipelines/${pipeline.id}/board`);
    if (view === 'forbidden') {
      expect(list.status).toBe(403);
      expect(board.status).toBe(403);
      for (const id of Object.values(deals)) expect([403, 404]).toContain((await client.get(`/api/v1/deals/${id}`)).status);
      return;
    }
    const expected = view.map((r) => deals[r]).sort();
    expect(list.body.items.map((d: { id: string }) => d.id).sort()).toEqual(expected);
    expect(list.body.total).toBe(view.length);
    expect(board.body.totals).toEqual({
      count: view.length, amounts: [{ currency: 'EUR', sum: 100 * view.length, weighted: 10 * view.length }],
      converted: { currency: 'EUR', sum: 100 * view.length, weighted: 10 * view.length }, missingRates: [],
    });
    expect(board.body.columns[0].items.map((d: { id: string }) => d.id).sort()).toEqual(expected);
    for (const relation of RELATIONS) {
      const seen = view.includes(relation);
      expect((await client.get(`/api/v1/deals/${deals[relation]}`)).status, `${role} get ${relation}`).toBe(seen ? 200 : 404);
      expect((await client.get(`/api/v1/deals/${deals[relation]}/stages`)).status, `${role} stages ${relation}`).toBe(seen ? 200 : 404);
      const move = await client.post(`/api/v1/deals/${deals[relation]}/move`, { stageId: pipeline.stages[0].id, version: 1 });
      const mayEdit = EDIT[role]!.includes(relation);
      expect(move.status, `${role} move ${relation}: ${JSON.stringify(move.body)}`).toBe(mayEdit ? 200 : seen ? 403 : 404);
    }
    const exported = await client.get(`/api/v1/deals/export?pipelineId=${pipeline.id}`);
    const exportScope = EXPORT[role]!;
    if (exportScope === 'forbidden') expect(exported.status).toBe(403);
    else {
      const csv = exported.body as string;
      for (const relation of RELATIONS) expect(csv.includes(deals[relation]!), `${role} export ${relation}`).toBe(exportScope.includes(relation));
    }
  });

  it('narrows a role to some pipelines on every path: pipelines, board, list, card, stages, history, timeline, export, trash, tokens and moves', async () => {
    const prod = (await admin.post('/api/v1/pipelines', { name: `Production ${Math.random().toString(36).slice(2, 6)}` })).body.pipeline;
    const sales = (await admin.get('/api/v1/pipelines')).body.items.find((p: { id: string }) => p.id !== prod.id);
    const roles = (await admin.get('/api/v1/roles')).body.items;
    const headOfSales = roles.find((r: { key: string }) => r.key === 'head_of_sales');
    const role = await admin.post('/api/v1/roles', {
      name: `Production team ${Math.random().toString(36).slice(2, 6)}`, copyFromId: headOfSales.id, dealPipelineIds: [prod.id],
      permissions: { deals: { view: 'all', create: 'all', edit: 'all', delete: 'all', export: 'all', bulk: 'all' } },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    expect(role.body.role.dealPipelineIds).toEqual([prod.id]);
    const worker = await team.member(role.body.role.key, 'support', 'production-worker');
    const other = await team.member('manager', 'sales', 'sales-owner');
    const make = async (title: string, stageId: string) => {
      const res = await admin.post('/api/v1/deals', { title, amount: 500, currency: 'EUR', stageId, ownerId: other.id });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.deal;
    };
    const inProd = await make('Cut the doors', prod.stages[0].id);
    const inSales = await make('Sell the doors', sales.stages[0].id);
    const gone = await make('Old sales deal', sales.stages[0].id);
    expect((await admin.post('/api/v1/notes', { subjectType: 'deal', subjectId: inSales.id, body: 'Secret terms' })).status).toBe(201);
    expect((await admin.delete(`/api/v1/deals/${gone.id}?version=${gone.version}`)).status).toBe(204);
    const c = worker.client;

    // Pipelines: only the ones the role reaches; another one looks missing, board included.
    expect((await c.get('/api/v1/pipelines')).body.items.map((p: { id: string }) => p.id)).toEqual([prod.id]);
    expect((await c.get(`/api/v1/pipelines/${sales.id}`)).status).toBe(404);
    expect((await c.get(`/api/v1/pipelines/${sales.id}/board`)).status).toBe(404);
    const board = (await c.get(`/api/v1/pipelines/${prod.id}/board`)).body;
    expect(board.totals.count).toBe(1);
    expect(board.columns[0].items.map((d: { id: string }) => d.id)).toEqual([inProd.id]);
    // List, count, filter by the other pipeline, card, stage path, history, timeline.
    const list = (await c.get('/api/v1/deals?count=1')).body;
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([inProd.id]);
    expect(list.total).toBe(1);
    expect((await c.get(`/api/v1/deals?pipelineId=${sales.id}&count=1`)).body.total).toBe(0);
    expect((await c.get(`/api/v1/deals/${inProd.id}`)).status).toBe(200);
    for (const path of [`/api/v1/deals/${inSales.id}`, `/api/v1/deals/${inSales.id}/stages`, `/api/v1/history/deal/${inSales.id}`, `/api/v1/timeline?subjectType=deal&subjectId=${inSales.id}`]) {
      expect((await c.get(path)).status, path).toBe(404);
    }
    expect((await c.get(`/api/v1/history/deal/${inProd.id}`)).status).toBe(200);
    // Export and the trash.
    const csv = (await c.get('/api/v1/deals/export')).body as string;
    expect(csv).toContain(inProd.id);
    expect(csv).not.toContain(inSales.id);
    const trash = JSON.stringify((await c.get('/api/v1/trash')).body);
    expect(trash).not.toContain(gone.id);
    expect(JSON.stringify((await admin.get('/api/v1/trash')).body)).toContain(gone.id);
    // Writes: the other pipeline's deal is missing; a deal cannot go into (or be made in) a pipeline outside the rights.
    expect((await c.patch(`/api/v1/deals/${inSales.id}`, { title: 'Mine now', version: inSales.version })).status).toBe(404);
    expect((await c.post(`/api/v1/deals/${inSales.id}/move`, { stageId: prod.stages[0].id, version: inSales.version })).status).toBe(404);
    const handoff = await c.post(`/api/v1/deals/${inProd.id}/move`, { stageId: sales.stages[1].id, version: inProd.version });
    expect(handoff.status).toBe(400);
    expect(handoff.body.error.fields).toEqual({ stageId: 'pipeline_not_allowed' });
    expect((await c.patch(`/api/v1/deals/${inProd.id}`, { stageId: sales.stages[1].id, version: inProd.version })).body.error.fields).toEqual({ stageId: 'pipeline_not_allowed' });
    expect((await c.post('/api/v1/deals', { title: 'X', stageId: sales.stages[0].id })).body.error.fields).toEqual({ stageId: 'pipeline_not_allowed' });
    expect((await c.post('/api/v1/deals', { title: 'X', pipelineId: sales.id })).body.error.fields).toEqual({ pipelineId: 'pipeline_not_allowed' });
    // Without a pipeline named, a new deal starts in the first pipeline the role reaches.
    const own = await c.post('/api/v1/deals', { title: 'New order' });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.deal.pipeline.id).toBe(prod.id);
    // A personal API token carries the narrowing.
    const token = await c.post('/api/v1/tokens', { name: 'prod', scopes: ['deals:read'] });
    expect(token.status, JSON.stringify(token.body)).toBe(201);
    const byToken = (url: string) => server.client().get(url, { authorization: `Bearer ${token.body.secret}` });
    expect((await byToken('/api/v1/deals?count=1')).body.total).toBe(2);
    expect((await byToken(`/api/v1/deals/${inSales.id}`)).status).toBe(404);
    expect((await byToken('/api/v1/pipelines')).body.items.map((p: { id: string }) => p.id)).toEqual([prod.id]);
    // A copy of the role keeps its pipelines.
    const copy = await admin.post('/api/v1/roles', { name: `Copy ${Math.random().toString(36).slice(2, 6)}`, copyFromId: role.body.role.id });
    expect(copy.body.role.dealPipelineIds).toEqual([prod.id]);
    // Back to every pipeline: the next request sees them all.
    const current = (await admin.get('/api/v1/roles')).body.items.find((r: { id: string }) => r.id === role.body.role.id);
    const widened = await admin.patch(`/api/v1/roles/${current.id}`, { dealPipelineIds: null, version: current.version });
    expect(widened.status, JSON.stringify(widened.body)).toBe(200);
    expect(widened.body.role.dealPipelineIds).toBeNull();
    expect((await c.get(`/api/v1/deals/${inSales.id}`)).status).toBe(200);
    expect((await c.get('/api/v1/pipelines')).body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([prod.id, sales.id]));
    // Someone who shapes pipelines sees every one in settings and on the board, but only the deals the role reaches.
    const shaper = await admin.post('/api/v1/roles', {
      name: `Shaper ${Math.random().toString(36).slice(2, 6)}`, copyFromId: role.body.role.id, dealPipelineIds: [prod.id], permissions: { settings: { view: 'all', manage_settings: 'all' } },
    });
    expect(shaper.body.role.dealPipelineIds).toEqual([prod.id]);
    const shaperMember = await team.member(shaper.body.role.key, 'support', 'shaper');
    expect((await shaperMember.client.get('/api/v1/pipelines')).body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([prod.id, sales.id]));
    const emptyBoard = await shaperMember.client.get(`/api/v1/pipelines/${sales.id}/board`);
    expect(emptyBoard.status).toBe(200);
    expect(emptyBoard.body.totals.count).toBe(0);
    expect((await shaperMember.client.get(`/api/v1/deals/${inSales.id}`)).status).toBe(404);
    // Bad input on the role: unknown pipelines, an empty list, the Administrator.
    const again = widened.body.role;
    expect((await admin.patch(`/api/v1/roles/${again.id}`, { dealPipelineIds: ['0190a0a0-0000-7000-8000-00000000dead'], version: again.version })).body.error.fields).toEqual({ dealPipelineIds: 'not_found' });
    expect((await admin.patch(`/api/v1/roles/${again.id}`, { dealPipelineIds: [], version: again.version })).body.error.fields).toEqual({ dealPipelineIds: 'required' });
    const adminRole = roles.find((r: { key: string }) => r.key === 'admin');
    expect((await admin.patch(`/api/v1/roles/${adminRole.id}`, { dealPipelineIds: [prod.id], version: adminRole.version })).body.error.fields).toEqual({ dealPipelineIds: 'locked' });
  });
});
