import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf, widget } from '../../../test/fixtures/analytics-kit.js';

const DAY = 86_400;

describe.each(DIALECTS)('deal widgets on %s', (dialect) => {
  it('counts the funnel, win rate, cycle length, average deal and revenue of a hand-made November', async () => {
    const server = await testServer(dialect);
    const { client, pipeline, reasons } = await analyticsTeam(server);
    const { open, won, lost } = stagesOf(pipeline);
    // D1: 1 → 2 → won in 3 days; D2: 1 → 2 → lost; D3: stays in 1; D4: 1 → 3 (skipping 2) → won in 10 days.
    await placeDeal(server, client, { amount: 100_000, createdAt: '2026-11-02T10:00:00.000Z', source: 'web', path: [{ stage: open[1]!, at: '2026-11-03T10:00:00.000Z' }, { stage: won, at: '2026-11-05T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 50_000, createdAt: '2026-11-02T11:00:00.000Z', source: 'web', path: [{ stage: open[1]!, at: '2026-11-04T11:00:00.000Z' }, { stage: lost, at: '2026-11-06T11:00:00.000Z', lostReasonId: reasons[0]!.id }] });
    await placeDeal(server, client, { amount: 20_000, createdAt: '2026-11-10T09:00:00.000Z' });
    await placeDeal(server, client, { amount: 300_000, createdAt: '2026-11-03T10:00:00.000Z', source: 'fair', path: [{ stage: open[2]!, at: '2026-11-04T10:00:00.000Z' }, { stage: won, at: '2026-11-13T10:00:00.000Z' }] });
    // Outside the period: created in October, won in December.
    await placeDeal(server, client, { amount: 7_000, createdAt: '2026-10-20T10:00:00.000Z', path: [{ stage: won, at: '2026-12-02T10:00:00.000Z' }] });
    const period = 'from=2026-11-01&to=2026-11-30';

    const f = await widget(client, 'funnel', period);
    expect(f.data.rows.map((r) => r.cells.deals)).toEqual([4, 3, 2, 2, 2]);
    expect(f.data.rows.map((r) => r.cells.conversion)).toEqual([75, 66.7, 100, 100, null]);
    expect(f.data.rows.map((r) => r.cells.dropOff)).toEqual([1, 1, 0, 0, null]);
    expect(f.data.totals).toMatchObject({ deals: 4, conversion: 50 });
    expect(f.data.rows[0]!.drill!.deals!.filter).toEqual([
      { field: 'createdAt', op: 'gte', value: '2026-10-31T22:00:00.000Z' }, { field: 'createdAt', op: 'lt', value: '2026-11-30T22:00:00.000Z' },
      { field: 'pipelineId', op: 'eq', value: pipeline.id },
    ]);
    expect(f.data.rows[4]!.drill!.deals!.ids).toHaveLength(2);

    const w = await widget(client, 'win_rate', period);
    expect(w.data.totals).toMatchObject({ won: 2, lost: 1, winRate: 66.7 });
    // The drill filter of a figure lists exactly the deals behind it.
    const drilled = await client.get(`/api/v1/deals?filter=${encodeURIComponent(JSON.stringify(w.data.rows[0]!.drill!.won!.filter))}`);
    expect(drilled.body.items.map((d: { amount: number }) => d.amount).sort()).toEqual([100_000, 300_000]);

    const c = await widget(client, 'cycle_length', period);
    expect(c.data.totals).toMatchObject({ won: 2, median: 6.5 * DAY, mean: 6.5 * DAY });
    const a = await widget(client, 'avg_deal', period);
    expect(a.data.totals).toMatchObject({ won: 2, revenue: 400_000, average: 200_000 });
    const bySource = await widget(client, 'revenue', `${period}&by=source`);
    expect(bySource.data.rows.map((r) => [r.cells.source, r.cells.deals, r.cells.revenue])).toEqual([['fair', 1, 300_000], ['web', 1, 100_000]]);
    const lostBy = await widget(client, 'lost_reasons', period);
    expect(lostBy.data.rows.map((r) => [r.cells.reason, r.cells.deals, r.cells.amount])).toEqual([[reasons[0]!.name, 1, 50_000]]);
    const stage = await widget(client, 'stage_time', period);
    // Stays that ended in November: stage 1 → 1 day (D1), 2 days (D2), 1 day (D4); stage 2 → 2 days (D1), 2 days (D2); stage 3 → 9 days (D4).
    expect(stage.data.rows.slice(0, 3).map((r) => [r.cells.stays, r.cells.median])).toEqual([[3, DAY], [2, 2 * DAY], [1, 9 * DAY]]);
  });

  it('buckets revenue by local day across the autumn daylight-saving change', async () => {
    const server = await testServer(dialect);
    const { client, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    // Sofia is UTC+3 until 2026-10-25 04:00 local, then UTC+2.
    for (const [amount, at] of [[1, '2026-10-24T21:30:00.000Z'], [10, '2026-10-25T21:30:00.000Z'], [100, '2026-10-25T22:30:00.000Z'], [1000, '2026-10-23T20:59:00.000Z']] as const) {
      await placeDeal(server, client, { amount, createdAt: '2026-10-01T10:00:00.000Z', path: [{ stage: won, at }] });
    }
    const r = await widget(client, 'revenue', 'from=2026-10-24&to=2026-10-26&bucket=day&by=period');
    // 21:30Z on the 24th is 00:30 on the 25th (UTC+3); 21:30Z on the 25th is 23:30 that day (UTC+2); 22:30Z is 00:30 on the 26th.
    expect(r.data.rows.map((row) => [row.cells.period, row.cells.revenue])).toEqual([['2026-10-24', 0], ['2026-10-25', 11], ['2026-10-26', 100]]);
    expect(r.data.totals).toMatchObject({ deals: 3, revenue: 111 });
  });

  it('refuses a period that ends before it starts and an unknown widget', async () => {
    const server = await testServer(dialect);
    const { client } = await analyticsTeam(server);
    const bad = await client.get('/api/v1/analytics/widgets/funnel?from=2026-11-10&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ to: 'before_from' });
    expect((await client.get('/api/v1/analytics/widgets/nothing')).status).toBe(400);
    expect((await client.get('/api/v1/analytics/widgets/revenue?from=2026-02-30')).body.error.fields).toEqual({ from: 'invalid_date' });
    expect((await client.get('/api/v1/analytics/widgets/revenue?from=2020-01-01&to=2026-01-01&bucket=day')).body.error.fields).toEqual({ bucket: 'too_many' });
  });
});
