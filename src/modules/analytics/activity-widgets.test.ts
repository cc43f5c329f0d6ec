import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf, widget } from '../../../test/fixtures/analytics-kit.js';

const NOV = 'from=2026-11-01&to=2026-11-30';

describe.each(DIALECTS)('activity and source widgets on %s', (dialect) => {
  it('counts done activities per manager, the response time to new deals, and sources with their costs', async () => {
    const server = await testServer(dialect);
    const { client, pipeline } = await analyticsTeam(server);
    const { open, won } = stagesOf(pipeline);
    const db = server.handle.db;
    // Deal A answered by a call 2 hours after creation; deal B by a stage move after 5 hours; deal C not at all.
    const a = await placeDeal(server, client, { amount: 30_000, createdAt: '2026-11-02T08:00:00.000Z', source: 'fair', path: [{ stage: won, at: '2026-11-20T08:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 10_000, createdAt: '2026-11-03T08:00:00.000Z', source: 'web', path: [{ stage: open[1]!, at: '2026-11-03T13:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 5_000, createdAt: '2026-11-04T08:00:00.000Z', source: 'web' });
    const call = await client.post('/api/v1/activities', { kind: 'call', title: 'Intro call', dealId: a, status: 'done' });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    await db.updateTable('activities').set({ created_at: '2026-11-02T10:00:00.000Z', done_at: '2026-11-02T10:00:00.000Z', due_at: '2026-11-02T10:00:00.000Z' }).where('id', '=', call.body.activity.id).execute();
    const meeting = await client.post('/api/v1/activities', { kind: 'meeting', title: 'Demo', status: 'done' });
    await db.updateTable('activities').set({ created_at: '2026-11-09T10:00:00.000Z', done_at: '2026-11-10T10:00:00.000Z', due_at: '2026-11-10T10:00:00.000Z' }).where('id', '=', meeting.body.activity.id).execute();

    const r = await widget(client, 'response_time', NOV);
    expect(r.data.totals).toMatchObject({ deals: 3, responded: 2, median: 3.5 * 3600, mean: 3.5 * 3600 });

    const act = await widget(client, 'activity', `${NOV}&bucket=week`);
    expect(act.data.rows.map((row) => [row.cells.period, row.cells.calls, row.cells.meetings])).toEqual([['2026-11-02', 1, 0], ['2026-11-09', 0, 1]]);
    const calls = await client.get(`/api/v1/activities?filter=${encodeURIComponent(JSON.stringify(act.data.rows[0]!.drill!.calls!.filter))}`);
    expect(calls.body.items.map((i: { id: string }) => i.id)).toEqual([call.body.activity.id]);

    const costs = await client.put('/api/v1/analytics/source-costs?month=2026-11', { items: [{ source: 'fair', amount: 10_000 }, { source: 'web', amount: 4_000 }] });
    expect(costs.status, JSON.stringify(costs.body)).toBe(200);
    expect(costs.body.items).toHaveLength(2);
    const s = await widget(client, 'sources', NOV);
    const fair = s.data.rows.find((row) => row.cells.source === 'fair')!.cells;
    // fair: 1 deal won for 30,000 at a cost of 10,000 → CPA 10,000, ROMI (30,000 − 10,000) ÷ 10,000 = 200 %.
    expect(fair).toMatchObject({ deals: 1, won: 1, revenue: 30_000, cost: 10_000, cpa: 10_000, romi: 200 });
    expect(s.data.rows.find((row) => row.cells.source === 'web')!.cells).toMatchObject({ deals: 2, won: 0, cost: 4_000, cpa: null, romi: -100 });
    const twice = await client.put('/api/v1/analytics/source-costs?month=2026-11', { items: [{ source: 'fair', amount: 1 }, { source: 'Fair', amount: 2 }] });
    expect(twice.body.error.fields).toEqual({ 'items.1.source': 'duplicate' });
  });
});
