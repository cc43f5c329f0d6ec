import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf, widget } from '../../../test/fixtures/analytics-kit.js';
import { freezeClock } from '../../platform/clock.js';

afterEach(() => freezeClock(null));

describe.each(DIALECTS)('client and forecast widgets on %s', (dialect) => {
  it('computes retention cohorts, new and repeat clients and lifetime value from hand-made wins', async () => {
    const server = await testServer(dialect);
    const { client, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    const company = async (name: string) => (await client.post('/api/v1/companies', { name })).body.company.id as string;
    const [a, b, c] = [await company('Alfa'), await company('Beta'), await company('Gamma')];
    const person = (await client.post('/api/v1/contacts', { firstName: 'Dora', lastName: 'Solo' })).body.contact.id as string;
    const win = async (amount: number, at: string, clientOf: { companyId?: string; contactId?: string }) => {
      const id = await placeDeal(server, client, { amount, createdAt: '2025-12-01T10:00:00.000Z', ...(clientOf.companyId ? { companyId: clientOf.companyId } : {}), path: [{ stage: won, at }] });
      if (clientOf.contactId) {
        const deal = (await client.get(`/api/v1/deals/${id}`)).body.deal;
        const res = await client.patch(`/api/v1/deals/${id}`, { people: [{ contactId: clientOf.contactId, role: null }], version: deal.version });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    };
    await win(100, '2026-01-10T10:00:00.000Z', { companyId: a });
    await win(200, '2026-02-15T10:00:00.000Z', { companyId: a });
    await win(300, '2026-01-20T10:00:00.000Z', { companyId: b });
    await win(400, '2026-03-05T10:00:00.000Z', { companyId: b });
    await win(500, '2026-02-10T10:00:00.000Z', { companyId: c });
    await win(600, '2026-01-25T10:00:00.000Z', { contactId: person });
    // A win with no client at all counts for no one.
    await placeDeal(server, client, { amount: 9_999, createdAt: '2025-12-01T10:00:00.000Z', path: [{ stage: won, at: '2026-01-12T10:00:00.000Z' }] });

    // "Today" is mid-June 2026 (frozen once the data is in: sessions live on the real clock).
    freezeClock(new Date('2026-06-15T12:00:00.000Z'));
    const r = await widget(client, 'retention', 'from=2026-01-01&to=2026-02-28');
    const jan = r.data.rows[0]!.cells;
    expect(jan).toMatchObject({ cohort: '2026-01', clients: 3, m1: 33.3, m2: 33.3, m3: 0, m5: 0, m6: null, m12: null });
    expect(r.data.rows[1]!.cells).toMatchObject({ cohort: '2026-02', clients: 1, m1: 0, m4: 0, m5: null });

    const n = await widget(client, 'clients_new_repeat', 'from=2026-01-01&to=2026-03-31&bucket=month');
    expect(n.data.rows.map((row) => [row.cells.period, row.cells.newClients, row.cells.repeatClients, row.cells.newRevenue, row.cells.repeatRevenue]))
      .toEqual([['2026-01', 3, 0, 1000, 0], ['2026-02', 1, 1, 500, 200], ['2026-03', 0, 1, 0, 400]]);

    const v = await widget(client, 'clv', 'from=2026-06-01&to=2026-06-30');
    expect(v.data.totals).toEqual({ clients: 4, revenue: 2100, clv: 525, dealsPerClient: 1.5 });
  });

  it('forecasts the weighted open pipeline plus the run rate against the plan', async () => {
    const server = await testServer(dialect);
    const { client, admin, pipeline } = await analyticsTeam(server);
    const { open, won } = stagesOf(pipeline);
    await placeDeal(server, client, { amount: 1000, createdAt: '2026-06-01T10:00:00.000Z', path: [{ stage: won, at: '2026-06-05T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 10_000, createdAt: '2026-06-01T10:00:00.000Z', expectedClose: '2026-06-20', path: [{ stage: open[1]!, at: '2026-06-02T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 20_000, createdAt: '2026-06-01T10:00:00.000Z', expectedClose: '2026-06-30', path: [{ stage: open[2]!, at: '2026-06-02T10:00:00.000Z' }] });
    await placeDeal(server, client, { amount: 40_000, createdAt: '2026-06-01T10:00:00.000Z', expectedClose: '2026-07-01' });
    const plan = await client.request('PUT', '/api/v1/sales-plans/2026-06', { items: [{ targetType: 'user', targetId: admin.id, amount: 50_000, wonCount: 2 }] });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);

    freezeClock(new Date('2026-06-15T12:00:00.000Z'));
    const f = await widget(client, 'forecast', 'from=2026-06-01&to=2026-06-30');
    const weighted = (10_000 * open[1]!.probability) / 100 + (20_000 * open[2]!.probability) / 100;
    // June in Sofia runs 2026-05-31T21:00Z to 2026-06-30T21:00Z; at 06-15T12:00Z 14.625 of 30 days have passed.
    const runRate = Math.round((1000 * 30) / 14.625);
    const figure = (label: string) => f.data.rows.find((row) => row.cells.stage === label)!.cells.weighted;
    expect(f.data.totals).toMatchObject({ deals: 2, amount: 30_000, weighted });
    expect(figure('Won so far')).toBe(1000);
    expect(figure('Run rate')).toBe(runRate);
    expect(figure('Forecast')).toBe(weighted + runRate);
    expect(figure('Plan')).toBe(50_000);
    expect(figure('Gap')).toBe(50_000 - (weighted + runRate));

    const pf = await widget(client, 'plan_fact', 'from=2026-06-01&to=2026-06-30');
    expect(pf.data.rows[0]!.cells).toEqual({ month: '2026-06', plan: 50_000, fact: 1000, percent: 2, gap: 49_000 });
  });
});
