import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import type { Workspace } from '../workspaces/workspaces.service.js';

interface Stage { id: string; kind: string }

/** A workspace (EUR, Europe/Sofia) with a Sales department: its head and manager Anna in it, manager Boris outside. */
async function salesTeam(server: TestServer) {
  const { workspace, admin, client } = await clientTeam(server);
  const department = (await client.post('/api/v1/departments', { name: 'Sales' })).body.department;
  const head = await member(server, workspace, 'head_of_sales', department.id);
  await client.patch(`/api/v1/departments/${department.id}`, { headUserId: head.user.id, version: department.version });
  const anna = await member(server, workspace, 'manager', department.id);
  const boris = await member(server, workspace, 'manager');
  const pipeline = (await client.get('/api/v1/pipelines')).body.items[0];
  return { workspace, admin, client, department, head, anna, boris, pipeline };
}

/** A deal of the client's user, won, with its win moved to `wonAt` (the time a test needs). */
async function wonDeal(server: TestServer, who: TestClient, pipeline: { stages: Stage[] }, amount: number, currency: string, wonAt: string): Promise<string> {
  const deal = (await who.post('/api/v1/deals', { title: `${amount} ${currency}`, amount, currency })).body.deal;
  const won = pipeline.stages.find((s) => s.kind === 'won')!;
  const moved = await who.post(`/api/v1/deals/${deal.id}/move`, { stageId: won.id, version: deal.version });
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  await server.handle.db.updateTable('deals').set({ won_at: wonAt, closed_at: wonAt }).where('id', '=', deal.id).execute();
  return deal.id;
}

const put = (client: TestClient, month: string, items: unknown[]) => client.request('PUT', `/api/v1/sales-plans/${month}`, { items });

describe.each(DIALECTS)('sales plans on %s', (dialect) => {
  it('lets administrators and heads of department set plans, each head for their own department only, and shows everyone their own', async () => {
    const server = await testServer(dialect);
    const { client, department, head, anna, boris } = await salesTeam(server);
    const set = await put(client, '2026-12', [
      { targetType: 'user', targetId: anna.user.id, amount: 100_000, wonCount: 3 },
      { targetType: 'user', targetId: boris.user.id, amount: 50_000, wonCount: 1 },
      { targetType: 'department', targetId: department.id, amount: 200_000, wonCount: 5 },
    ]);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ from: '2026-12', to: '2026-12', currency: 'EUR', canEdit: true });
    expect(set.body.items).toHaveLength(3);
    const annaPlan = set.body.items.find((p: { targetId: string }) => p.targetId === anna.user.id);
    expect(annaPlan).toMatchObject({ month: '2026-12', targetType: 'user', amount: 100_000, wonCount: 3, version: 1 });

    // The head changes Anna's plan (naming the version read) and the department's, but not Boris's.
    expect((await put(head.client, '2026-12', [{ targetType: 'user', targetId: anna.user.id, amount: 120_000, wonCount: 4 }])).status).toBe(409);
    const byHead = await put(head.client, '2026-12', [{ targetType: 'user', targetId: anna.user.id, amount: 120_000, wonCount: 4, version: 1 }]);
    expect(byHead.status, JSON.stringify(byHead.body)).toBe(200);
    expect(byHead.body.items.find((p: { targetId: string }) => p.targetId === anna.user.id)).toMatchObject({ amount: 120_000, version: 2 });
    const refused = await put(head.client, '2026-12', [{ targetType: 'user', targetId: boris.user.id, amount: 1, wonCount: 1, version: 1 }]);
    expect(refused.status).toBe(403);
    expect(refused.body.error.fields).toEqual({ 'items.0.targetId': 'forbidden' });
    expect((await put(anna.client, '2026-12', [{ targetType: 'user', targetId: anna.user.id, amount: 1, wonCount: 1, version: 2 }])).status).toBe(403);

    // What each one sees.
    const seenBy = async (c: TestClient) => (await c.get('/api/v1/sales-plans?from=2026-12')).body;
    const annaView = await seenBy(anna.client);
    expect(annaView.canEdit).toBe(false);
    expect(annaView.items.map((p: { targetId: string }) => p.targetId)).toEqual([anna.user.id]);
    expect(annaView.people.map((p: { id: string }) => p.id)).toEqual([anna.user.id]);
    expect(annaView.departments).toEqual([]);
    const headView = await seenBy(head.client);
    expect(headView.items.map((p: { targetId: string }) => p.targetId).sort()).toEqual([anna.user.id, department.id].sort());
    expect(headView.people.map((p: { id: string; canEdit: boolean }) => [p.id, p.canEdit]).sort()).toEqual([[anna.user.id, true], [head.user.id, true]].sort());
    expect(headView.departments).toEqual([{ id: department.id, name: 'Sales', parentId: null, canEdit: true }]);
    expect((await seenBy(client)).items).toHaveLength(3);
    expect((await seenBy(boris.client)).items.map((p: { targetId: string }) => p.targetId)).toEqual([boris.user.id]);

    // Bad input, at its field.
    const bad = async (items: unknown[], month = '2026-12') => (await put(client, month, items)).body.error;
    expect((await bad([{ targetType: 'user', targetId: anna.user.id, amount: -1, wonCount: 0 }])).fields).toEqual({ 'items.0.amount': 'negative' });
    expect((await bad([{ targetType: 'user', targetId: anna.user.id, amount: 1.5, wonCount: 0 }])).fields).toEqual({ 'items.0.amount': 'not_integer' });
    expect((await bad([{ targetType: 'user', targetId: department.id, amount: 1, wonCount: 0 }])).fields).toEqual({ 'items.0.targetId': 'not_found' });
    expect((await bad([{ targetType: 'department', targetId: department.id, amount: 1, wonCount: 0 }, { targetType: 'department', targetId: department.id, amount: 1, wonCount: 0 }], '2027-01')).fields)
      .toEqual({ 'items.1.targetId': 'duplicate' });
    expect((await bad([{ targetType: 'user', targetId: anna.user.id, amount: 1, wonCount: 0 }], '2026-13')).fields).toEqual({ month: 'invalid_month' });
    expect((await client.get('/api/v1/sales-plans?from=2026-12&to=2026-11')).body.error.fields).toEqual({ to: 'before_from' });

    // Deleting: the head may delete Anna's, not Boris's (which they cannot even see).
    const borisPlan = set.body.items.find((p: { targetId: string }) => p.targetId === boris.user.id);
    expect((await head.client.delete(`/api/v1/sales-plans/${borisPlan.id}?version=1`)).status).toBe(404);
    expect((await head.client.delete(`/api/v1/sales-plans/${annaPlan.id}?version=1`)).status).toBe(409);
    expect((await head.client.delete(`/api/v1/sales-plans/${annaPlan.id}?version=2`)).status).toBe(204);
    expect((await seenBy(anna.client)).items).toEqual([]);
  });

  it('compares plan with won deals converted at the rate of their day, cutting months in the workspace time zone', async () => {
    const server = await testServer(dialect);
    const { client, department, head, anna, boris, pipeline } = await salesTeam(server);
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2025-11-01', rate: '0.9' });
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2025-12-10', rate: '0.95' });
    await wonDeal(server, anna.client, pipeline, 100_000, 'EUR', '2025-12-05T10:00:00.000Z');
    // 23:30 on 9 December in Sofia: the rate of the 9th (0.9).
    await wonDeal(server, anna.client, pipeline, 10_000, 'USD', '2025-12-09T21:30:00.000Z');
    // 00:30 on 10 December in Sofia: the new rate (0.95).
    await wonDeal(server, anna.client, pipeline, 10_000, 'USD', '2025-12-09T22:30:00.000Z');
    // 00:30 on 1 December in Sofia, still November in UTC: December's.
    await wonDeal(server, anna.client, pipeline, 50_000, 'EUR', '2025-11-30T22:30:00.000Z');
    // 23:59 on 30 November in Sofia: November's.
    await wonDeal(server, anna.client, pipeline, 70_000, 'EUR', '2025-11-30T21:59:00.000Z');
    // No BGN rate: counted, its amount left out and named.
    await wonDeal(server, anna.client, pipeline, 5_000, 'BGN', '2025-12-03T10:00:00.000Z');
    await wonDeal(server, boris.client, pipeline, 30_000, 'EUR', '2025-12-02T10:00:00.000Z');
    await wonDeal(server, head.client, pipeline, 40_000, 'EUR', '2025-12-20T10:00:00.000Z');
    await anna.client.post('/api/v1/deals', { title: 'Still open', amount: 999_999, currency: 'EUR' });
    await put(client, '2025-12', [{ targetType: 'user', targetId: anna.user.id, amount: 200_000, wonCount: 4 }, { targetType: 'user', targetId: head.user.id, amount: 60_000, wonCount: 1 }]);
    await put(client, '2025-11', [{ targetType: 'user', targetId: anna.user.id, amount: 100_000, wonCount: 2 }]);

    const mine = await anna.client.get('/api/v1/sales-plans/progress?from=2025-12');
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    const december = 100_000 + 9_000 + 9_500 + 50_000;
    expect(mine.body).toMatchObject({
      from: '2025-12', to: '2025-12', start: '2025-11-30T22:00:00.000Z', end: '2025-12-31T22:00:00.000Z', currency: 'EUR',
      target: { type: 'user', id: anna.user.id },
      plan: { amount: 200_000, count: 4 },
      fact: { amount: december, count: 5 },
      percent: { amount: 84.3, count: 125 },
      gap: { amount: 200_000 - december, count: -1 },
      // The period is over: the forecast is the fact.
      forecast: { amount: december, count: 5 },
      missingRates: ['BGN'],
    });
    // A quarter adds November's plan and its one deal.
    const quarter = (await anna.client.get('/api/v1/sales-plans/progress?from=2025-10&to=2025-12')).body;
    expect(quarter.plan).toEqual({ amount: 300_000, count: 6 });
    expect(quarter.fact).toEqual({ amount: december + 70_000, count: 6 });
    expect(quarter.months.map((m: { month: string; source: string }) => `${m.month}:${m.source}`)).toEqual(['2025-10:none', '2025-11:own', '2025-12:own']);

    // The department: the sum over its people while it has no target of its own, then its own.
    const dept = (await head.client.get(`/api/v1/sales-plans/progress?from=2025-12&departmentId=${department.id}`)).body;
    expect(dept.target).toMatchObject({ type: 'department', id: department.id, name: 'Sales' });
    expect(dept.months).toEqual([{ month: '2025-12', amount: 260_000, count: 5, source: 'members' }]);
    expect(dept.fact).toEqual({ amount: december + 40_000, count: 6 });
    await put(client, '2025-12', [{ targetType: 'department', targetId: department.id, amount: 500_000, wonCount: 10 }]);
    const own = (await client.get(`/api/v1/sales-plans/progress?from=2025-12&departmentId=${department.id}`)).body;
    expect(own.plan).toEqual({ amount: 500_000, count: 10 });
    expect(own.months[0].source).toBe('own');

    // Rights: a manager sees only their own; another user's or a department's plan is not found.
    expect((await anna.client.get(`/api/v1/sales-plans/progress?userId=${boris.user.id}`)).status).toBe(404);
    expect((await anna.client.get(`/api/v1/sales-plans/progress?departmentId=${department.id}`)).status).toBe(404);
    expect((await head.client.get(`/api/v1/sales-plans/progress?userId=${boris.user.id}`)).status).toBe(404);
    expect((await boris.client.get('/api/v1/sales-plans/progress?from=2025-12')).body.fact).toEqual({ amount: 30_000, count: 1 });
    expect((await client.get(`/api/v1/sales-plans/progress?from=2025-12&userId=${anna.user.id}`)).body.fact).toEqual({ amount: december, count: 5 });
    expect((await client.get('/api/v1/sales-plans/progress?from=2025-12&to=2025-11')).status).toBe(400);
    expect((await client.get('/api/v1/sales-plans/progress?from=2023-12&to=2025-12')).body.error.fields).toEqual({ to: 'too_long' });
  });

  it('counts only the won deals the viewer may see, and only those of the pipeline asked for', async () => {
    const server = await testServer(dialect);
    const { workspace, client, department, anna, pipeline } = await salesTeam(server);
    // A head of the department who is not a member of it: sees its plans, but their deal rights reach only their own deals.
    const outsider = await member(server, workspace as Workspace, 'head_of_sales');
    await client.post('/api/v1/departments', { name: 'Other' });
    const current = (await client.get('/api/v1/departments')).body.items.find((d: { id: string }) => d.id === department.id);
    await client.patch(`/api/v1/departments/${department.id}`, { headUserId: outsider.user.id, version: current.version });
    await wonDeal(server, anna.client, pipeline, 10_000, 'EUR', '2025-06-10T10:00:00.000Z');
    const other = (await client.post('/api/v1/pipelines', { name: 'Production' })).body.pipeline;
    await wonDeal(server, anna.client, other, 7_000, 'EUR', '2025-06-11T10:00:00.000Z');

    const asOutsider = await outsider.client.get(`/api/v1/sales-plans/progress?from=2025-06&userId=${anna.user.id}`);
    expect(asOutsider.status, JSON.stringify(asOutsider.body)).toBe(200);
    expect(asOutsider.body.fact).toEqual({ amount: 0, count: 0 });
    expect((await client.get(`/api/v1/sales-plans/progress?from=2025-06&userId=${anna.user.id}`)).body.fact).toEqual({ amount: 17_000, count: 2 });
    expect((await client.get(`/api/v1/sales-plans/progress?from=2025-06&userId=${anna.user.id}&pipelineId=${pipeline.id}`)).body.fact).toEqual({ amount: 10_000, count: 1 });
  });

  it('answers money figures as null for a role whose field rights hide deal amounts, keeping the counts', async () => {
    const server = await testServer(dialect);
    const { workspace, client, department, pipeline } = await salesTeam(server);
    const manager = (await client.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = (await client.post('/api/v1/roles', { name: 'Manager (no amounts)', copyFromId: manager.id, fieldRights: { deal: { amount: 'hidden' } } })).body.role;
    const blind = await member(server, workspace as Workspace, role.key, department.id);
    const won = pipeline.stages.find((s: Stage) => s.kind === 'won')!;
    for (const amount of [41_000, 23_000]) {
      const deal = (await client.post('/api/v1/deals', { title: `Won ${amount}`, amount, currency: 'EUR', ownerId: blind.user.id })).body.deal;
      expect((await client.post(`/api/v1/deals/${deal.id}/move`, { stageId: won.id, version: deal.version })).status).toBe(200);
      await server.handle.db.updateTable('deals').set({ won_at: '2025-12-05T10:00:00.000Z', closed_at: '2025-12-05T10:00:00.000Z' }).where('id', '=', deal.id).execute();
    }
    await put(client, '2025-12', [{ targetType: 'user', targetId: blind.user.id, amount: 100_000, wonCount: 4 }]);

    const asAdmin = (await client.get(`/api/v1/sales-plans/progress?from=2025-12&userId=${blind.user.id}`)).body;
    expect(asAdmin).toMatchObject({ fact: { amount: 64_000, count: 2 }, percent: { amount: 64, count: 50 }, gap: { amount: 36_000, count: 2 }, amountsHidden: false });
    const res = await blind.client.get('/api/v1/sales-plans/progress?from=2025-12');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      plan: { amount: 100_000, count: 4 },
      fact: { amount: null, count: 2 },
      percent: { amount: null, count: 50 },
      gap: { amount: null, count: 2 },
      forecast: { amount: null, count: 2 },
      missingRates: [],
      amountsHidden: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/64000|36000/);
  });
});
