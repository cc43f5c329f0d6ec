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
});
