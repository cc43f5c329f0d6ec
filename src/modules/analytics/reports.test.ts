import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf } from '../../../test/fixtures/analytics-kit.js';

const definition = {
  entity: 'deals',
  filters: [],
  groupBy: [{ field: 'ownerId' }, { field: 'wonAt', bucket: 'month' }],
  measures: [{ op: 'sum', field: 'amount' }, { op: 'count' }],
  chart: 'bar',
  period: { from: '2026-10-01', to: '2026-11-30', field: 'wonAt' },
};

describe.each(DIALECTS)('report builder on %s', (dialect) => {
  it('builds "won revenue by manager by month", drills into one bar, saves, shares and exports it', async () => {
    const server = await testServer(dialect);
    const { client, anna, boris, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    const wonBy = (who: typeof anna.client, amount: number, at: string) => placeDeal(server, who, { amount, createdAt: '2026-09-01T10:00:00.000Z', path: [{ stage: won, at }] });
    for (const [amount, at] of [[1_000, '2026-10-05T10:00:00.000Z'], [2_000, '2026-11-05T10:00:00.000Z'], [4_000, '2026-11-20T10:00:00.000Z']] as const) await wonBy(anna.client, amount, at);
    await wonBy(boris.client, 8_000, '2026-11-10T10:00:00.000Z');
    // Won on 1 December at 00:30 in Sofia (22:30Z on 30 November): outside the period.
    await wonBy(boris.client, 16_000, '2026-11-30T22:30:00.000Z');

    const run = await client.post('/api/v1/reports/run', definition);
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.chart).toBe('bar');
    expect(run.body.data.rows.map((r: { cells: Record<string, unknown> }) => [r.cells.g1, r.cells.g2, r.cells.sum_amount, r.cells.count]))
      .toEqual([['Anna', '2026-10', 1_000, 1], ['Anna', '2026-11', 6_000, 2], ['Boris', '2026-11', 8_000, 1]]);
    expect(run.body.data.totals).toMatchObject({ sum_amount: 15_000, count: 4 });
    const annaNov = run.body.data.rows.find((r: { cells: Record<string, unknown> }) => r.cells.g1 === 'Anna' && r.cells.g2 === '2026-11');
    const drilled = await client.get(`/api/v1/deals?filter=${encodeURIComponent(JSON.stringify(annaNov.drill.sum_amount.filter))}`);
    expect(drilled.body.items.map((d: { amount: number }) => d.amount).sort((x: number, y: number) => x - y)).toEqual([2_000, 4_000]);

    // Anna runs the same definition and sees her own figures only.
    expect((await anna.client.post('/api/v1/reports/run', definition)).body.data.totals).toMatchObject({ sum_amount: 7_000, count: 3 });

    const saved = await client.post('/api/v1/reports', { name: 'Won by manager', definition, shared: { roleIds: [], userIds: [anna.user.id] } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const id = saved.body.report.id;
    expect((await boris.client.get(`/api/v1/reports/${id}`)).status).toBe(404);
    // Shared with Anna, it runs with Anna's visibility, not its owner's.
    expect((await anna.client.get(`/api/v1/reports/${id}/run`)).body.data.totals).toMatchObject({ sum_amount: 7_000 });

    const xlsx = await client.get(`/api/v1/reports/${id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(String(xlsx.body).slice(0, 2)).toBe('PK');
    expect(String(xlsx.body)).toContain('xl/worksheets/sheet1.xml');
    const csv = await client.get(`/api/v1/reports/${id}/export?format=csv`);
    expect(String(csv.body)).toContain('Anna,2026-11,60,2');
    // Managers have no right to export reports.
    expect((await anna.client.get(`/api/v1/reports/${id}/export?format=csv`)).status).toBe(403);
    const audit = await server.handle.db.selectFrom('audit_log').select('action').where('action', '=', 'report.exported').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a retired field, a measure that makes no sense and an end before the start', async () => {
    const server = await testServer(dialect);
    const { client } = await analyticsTeam(server);
    const field = (await client.post('/api/v1/custom-fields', { entity: 'deal', label: 'Region', type: 'text' })).body.field;
    const byRegion = { entity: 'deals', groupBy: [{ field: `custom.${field.key}` }], measures: [{ op: 'count' }] };
    expect((await client.post('/api/v1/reports/run', byRegion)).status).toBe(200);
    expect((await client.post(`/api/v1/custom-fields/${field.id}/retire`, { version: field.version })).status).toBe(200);
    const retired = await client.post('/api/v1/reports/run', byRegion);
    expect(retired.status).toBe(400);
    expect(retired.body.error.fields).toEqual({ groupBy: 'field_retired' });
    const bad = await client.post('/api/v1/reports/run', { entity: 'deals', measures: [{ op: 'sum', field: 'title' }] });
    expect(bad.body.error.fields).toEqual({ 'measures.0': 'measure_type' });
    const conversion = await client.post('/api/v1/reports/run', { entity: 'contacts', measures: [{ op: 'conversion' }] });
    expect(conversion.body.error.fields).toEqual({ 'measures.0': 'measure_type' });
    const backwards = await client.post('/api/v1/reports/run', { entity: 'deals', measures: [{ op: 'count' }], period: { from: '2026-11-10', to: '2026-11-01', field: 'createdAt' } });
    expect(backwards.body.error.fields).toEqual({ to: 'before_from' });
    expect((await client.post('/api/v1/reports/run', { entity: 'spaceships', measures: [{ op: 'count' }] })).body.error.fields).toEqual({ entity: 'not_found' });
  });
});
