import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf, widget } from '../../../test/fixtures/analytics-kit.js';

/**
 * Time buckets grouped by the database (decision 0036) in the workspace's zone (Europe/Sofia: UTC+2
 * in winter, UTC+3 from 2027-03-28 04:00 local), money at the rate of each deal's day, and the
 * report builder's measures, sharing and bad input. Answers computed by hand.
 */
describe.each(DIALECTS)('analytics buckets and reports on %s', (dialect) => {
  it('puts wins on either side of the new year and the spring clock change into the right local bucket', async () => {
    const server = await testServer(dialect);
    const { client, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    const wins: Array<[number, string]> = [
      [1, '2026-12-31T21:30:00.000Z'], // 23:30 on 31 December (UTC+2): 2026
      [10, '2026-12-31T22:30:00.000Z'], // 00:30 on 1 January: 2027
      [100, '2027-03-27T22:30:00.000Z'], // 00:30 on 28 March (still UTC+2)
      [1_000, '2027-03-28T20:30:00.000Z'], // 23:30 on 28 March (UTC+3 since 04:00)
      [10_000, '2027-03-28T21:30:00.000Z'], // 00:30 on 29 March (UTC+3)
    ];
    for (const [amount, at] of wins) await placeDeal(server, client, { amount, createdAt: '2026-12-01T10:00:00.000Z', path: [{ stage: won, at }] });
    const rows = async (query: string) => (await widget(client, 'revenue', `${query}&by=period`)).data.rows.map((r) => [r.cells.period, r.cells.revenue]);

    expect(await rows('from=2026-12-01&to=2027-03-31&bucket=year')).toEqual([['2026', 1], ['2027', 11_110]]);
    expect(await rows('from=2026-12-01&to=2027-03-31&bucket=quarter')).toEqual([['2026-Q4', 1], ['2027-Q1', 11_110]]);
    expect(await rows('from=2026-12-30&to=2027-01-02&bucket=month')).toEqual([['2026-12', 1], ['2027-01', 10]]);
    // The week of Monday 28 December holds both sides of the new year; a cut first week keeps its Monday's name.
    expect(await rows('from=2026-12-29&to=2027-01-05&bucket=week')).toEqual([['2026-12-28', 11], ['2027-01-04', 0]]);
    // 28 March has 23 hours: 00:30 (UTC+2) and 23:30 (UTC+3) are both in it; 00:30 on the 29th is not.
    expect(await rows('from=2027-03-27&to=2027-03-29&bucket=day')).toEqual([['2027-03-27', 0], ['2027-03-28', 1_100], ['2027-03-29', 10_000]]);

    const db = server.handle.db;
    const done = async (at: string, kind: string) => {
      const made = await client.post('/api/v1/activities', { kind, title: `${kind} ${at}`, status: 'done' });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      await db.updateTable('activities').set({ created_at: at, done_at: at, due_at: at }).where('id', '=', made.body.activity.id).execute();
    };
    await done('2027-03-27T21:30:00.000Z', 'call'); // 23:30 on the 27th
    await done('2027-03-27T22:30:00.000Z', 'call'); // 00:30 on the 28th
    await done('2027-03-28T20:30:00.000Z', 'meeting'); // 23:30 on the 28th
    await done('2027-03-28T21:30:00.000Z', 'email'); // 00:30 on the 29th
    const act = await widget(client, 'activity', 'from=2027-03-27&to=2027-03-29&bucket=day');
    expect(act.data.rows.map((r) => [r.cells.period, r.cells.calls, r.cells.meetings, r.cells.letters]))
      .toEqual([['2027-03-27', 1, 0, 0], ['2027-03-28', 1, 1, 0], ['2027-03-29', 0, 0, 1]]);
  });

  it('converts each foreign amount at the rate of its own day, and keeps the median of an even count exact', async () => {
    const server = await testServer(dialect);
    const { client, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    for (const [date, rate] of [['2026-11-01', '0.9'], ['2026-11-15', '0.8']] as const) {
      expect((await client.post('/api/v1/exchange-rates', { currency: 'USD', date, rate })).status).toBe(201);
    }
    // 1,000.00 USD won on 10 November (0.9) and on 20 November (0.8), 500.00 EUR won on 12 November.
    await placeDeal(server, client, { amount: 100_000, currency: 'USD', createdAt: '2026-11-02T10:00:00.000Z', path: [{ stage: won, at: '2026-11-10T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 100_000, currency: 'USD', createdAt: '2026-11-03T10:00:00.000Z', path: [{ stage: won, at: '2026-11-20T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 50_000, createdAt: '2026-11-04T10:00:00.000Z', path: [{ stage: won, at: '2026-11-12T10:00:00.000Z' }] });
    const period = 'from=2026-11-01&to=2026-11-30';
    const avg = await widget(client, 'avg_deal', period);
    expect(avg.data.totals).toMatchObject({ won: 3, revenue: 90_000 + 80_000 + 50_000 });
    const fact = await widget(client, 'revenue', `${period}&by=owner`);
    expect(fact.data.totals).toMatchObject({ deals: 3, revenue: 220_000 });
    // Cycles of 8, 17 and 8 days: median 8 days, mean 11 days.
    const cycle = await widget(client, 'cycle_length', period);
    expect(cycle.data.totals).toMatchObject({ won: 3, median: 8 * 86_400, mean: 11 * 86_400 });
  });

  it('measures count, sum, average, median and conversion at once, and a shared report outlives its owner', async () => {
    const server = await testServer(dialect);
    const { client, anna, boris, pipeline, reasons } = await analyticsTeam(server);
    const { won, lost, open } = stagesOf(pipeline);
    await placeDeal(server, anna.client, { amount: 1_000, createdAt: '2026-11-02T10:00:00.000Z', path: [{ stage: won, at: '2026-11-05T10:00:00.000Z' }] });
    await placeDeal(server, anna.client, { amount: 3_000, createdAt: '2026-11-03T10:00:00.000Z', path: [{ stage: lost, at: '2026-11-06T10:00:00.000Z', lostReasonId: reasons[0]!.id }] });
    await placeDeal(server, anna.client, { amount: 8_000, createdAt: '2026-11-04T10:00:00.000Z', path: [{ stage: open[1]!, at: '2026-11-06T10:00:00.000Z' }] });
    await placeDeal(server, anna.client, { amount: 10_000, createdAt: '2026-11-05T10:00:00.000Z', path: [{ stage: won, at: '2026-11-07T10:00:00.000Z' }] });
    const definition = {
      entity: 'deals', groupBy: [{ field: 'ownerId' }],
      measures: [{ op: 'count' }, { op: 'sum', field: 'amount' }, { op: 'avg', field: 'amount' }, { op: 'median', field: 'amount' }, { op: 'conversion' }],
      period: { from: '2026-11-01', to: '2026-11-30', field: 'createdAt' }, chart: 'bar',
    };
    const run = await client.post('/api/v1/reports/run', definition);
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    // 4 deals, 22,000 in all, mean 5,500, median (3,000 + 8,000) / 2 = 5,500, 2 won of 4 = 50 %.
    expect(run.body.data.rows.map((r: { cells: Record<string, unknown> }) => r.cells))
      .toEqual([{ g1: 'Anna', count: 4, sum_amount: 22_000, avg_amount: 5_500, median_amount: 5_500, conversion: 50 }]);
    expect(run.body.data.columns.map((c: { key: string; type: string }) => `${c.key}:${c.type}`))
      .toEqual(['g1:text', 'count:number', 'sum_amount:money', 'avg_amount:money', 'median_amount:money', 'conversion:percent']);

    const roles = (await client.get('/api/v1/roles')).body.items as Array<{ id: string; key: string }>;
    const managers = roles.find((r) => r.key === 'manager')!;
    const saved = await anna.client.post('/api/v1/reports', { name: 'My November', definition, shared: { roleIds: [managers.id], userIds: [] } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const id = saved.body.report.id;
    const renamed = await anna.client.patch(`/api/v1/reports/${id}`, { name: 'November, by manager', version: saved.body.report.version });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.report.name).toBe('November, by manager');
    // Boris (a manager) sees it through his role, may not change it, and runs it with his own visibility: nothing of Anna's.
    expect((await boris.client.get('/api/v1/reports')).body.items.map((r: { name: string }) => r.name)).toContain('November, by manager');
    expect((await boris.client.patch(`/api/v1/reports/${id}`, { name: 'Mine', version: renamed.body.report.version })).status).toBe(403);
    expect((await boris.client.get(`/api/v1/reports/${id}/run`)).body.data.totals).toMatchObject({ count: 0 });
    // Anna leaves: the report stays shared and still runs with the viewer's visibility (the admin sees all four deals).
    const left = await client.post(`/api/v1/users/${anna.user.id}/deactivate`, { version: anna.user.version });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    expect((await boris.client.get(`/api/v1/reports/${id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/reports/${id}/run`)).body.data.totals).toMatchObject({ count: 4, sum_amount: 22_000 });
    // An administrator deletes it at the version read; a stale version is refused.
    expect((await client.delete(`/api/v1/reports/${id}?version=${saved.body.report.version}`)).status).toBe(409);
    expect((await client.delete(`/api/v1/reports/${id}?version=${renamed.body.report.version}`)).status).toBe(204);
    expect((await boris.client.get(`/api/v1/reports/${id}`)).status).toBe(404);

    // A money measure of a field that is not money or number, a group-by on an unknown field, an upside-down period.
    const bad = await client.post('/api/v1/reports/run', { entity: 'deals', groupBy: [{ field: 'nothing' }], measures: [{ op: 'median', field: 'source' }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['groupBy']));
    const median = await client.post('/api/v1/reports/run', { entity: 'deals', measures: [{ op: 'median', field: 'source' }] });
    expect(median.body.error.fields).toEqual({ 'measures.0': 'measure_type' });
    const widgetBackwards = await client.get('/api/v1/analytics/widgets/activity?from=2027-01-02&to=2026-12-31');
    expect(widgetBackwards.body.error.fields).toEqual({ to: 'before_from' });
  });
});
