import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import '../index.js';
import { convert } from './currencies.service.js';

describe.each(DIALECTS)('exchange rates on %s', (dialect) => {
  it('lets administrators enter, filter, change and delete rates, and refuses bad ones at their fields', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');

    const created = await client.post('/api/v1/exchange-rates', { currency: 'usd', date: '2026-12-01', rate: '0.9250' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.rate).toMatchObject({ currency: 'USD', date: '2026-12-01', rate: '0.925', version: 1 });
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2026-11-01', rate: 0.91 });
    await client.post('/api/v1/exchange-rates', { currency: 'BGN', date: '2026-11-15', rate: '0.51129' });

    const bad = async (body: unknown) => (await client.post('/api/v1/exchange-rates', body)).body.error;
    expect(await bad({ currency: 'XYZ', date: '2026-12-01', rate: '1' })).toMatchObject({ code: 'validation_failed', fields: { currency: 'invalid_currency' } });
    expect((await bad({ currency: 'USD', date: '2026-12-02', rate: '0' })).fields).toEqual({ rate: 'not_positive' });
    expect((await bad({ currency: 'USD', date: '2026-12-02', rate: -1 })).fields).toEqual({ rate: 'invalid' });
    expect((await bad({ currency: 'USD', date: '2026-12-02', rate: '1,5' })).fields).toEqual({ rate: 'invalid' });
    expect((await bad({ currency: 'USD', date: '2026-02-30', rate: '1' })).fields).toEqual({ date: 'invalid_date' });
    expect((await bad({ currency: 'USD', date: '2026-12-01', rate: '1' })).fields).toEqual({ date: 'taken' });
    expect((await bad({ currency: 'EUR', date: '2026-12-01', rate: '1' })).fields).toEqual({ currency: 'same_as_workspace' });

    const list = await client.get('/api/v1/exchange-rates?currency=USD');
    expect(list.body.workspaceCurrency).toBe('EUR');
    expect(list.body.items.map((r: { date: string }) => r.date)).toEqual(['2026-12-01', '2026-11-01']);
    const ranged = await client.get('/api/v1/exchange-rates?from=2026-11-10&to=2026-11-30');
    expect(ranged.body.items.map((r: { currency: string }) => r.currency)).toEqual(['BGN']);

    const id = created.body.rate.id;
    const changed = await client.patch(`/api/v1/exchange-rates/${id}`, { rate: '0.93', version: 1 });
    expect(changed.body.rate).toMatchObject({ rate: '0.93', version: 2 });
    const stale = await client.patch(`/api/v1/exchange-rates/${id}`, { rate: '0.94', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ rate: '0.93', version: 2 });
    expect((await client.patch(`/api/v1/exchange-rates/${id}`, { date: '2026-11-01', version: 2 })).body.error.fields).toEqual({ date: 'taken' });

    // Only administrators: a manager is refused every route.
    expect((await manager.client.get('/api/v1/exchange-rates')).status).toBe(403);
    expect((await manager.client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2026-12-05', rate: '1' })).status).toBe(403);
    expect((await manager.client.delete(`/api/v1/exchange-rates/${id}?version=2`)).status).toBe(403);

    expect((await client.delete(`/api/v1/exchange-rates/${id}?version=1`)).status).toBe(409);
    expect((await client.delete(`/api/v1/exchange-rates/${id}?version=2`)).status).toBe(204);
    expect((await client.delete(`/api/v1/exchange-rates/${id}?version=2`)).status).toBe(404);
    // Another workspace's admin does not see them.
    const other = await clientTeam(server);
    expect((await other.client.get('/api/v1/exchange-rates')).body.items).toEqual([]);
  });

  it('converts at the latest rate on or before each day and names currencies without one', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2026-11-01', rate: '0.9' });
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2026-12-01', rate: '0.95' });
    await client.post('/api/v1/exchange-rates', { currency: 'JPY', date: '2026-12-01', rate: '0.0061' });
    const db = server.handle.db;
    const result = await convert(db, workspace.id, [
      { currency: 'EUR', minor: 1_000 },
      { currency: 'USD', minor: 10_000 }, // at the day of the call: 0.95
      { currency: 'USD', minor: 10_000, date: '2026-11-30' }, // the November rate: 0.9
      { currency: 'USD', minor: 10_000, date: '2026-10-31' }, // before any USD rate
      { currency: 'JPY', minor: 1_000 },
      { currency: 'BGN', minor: 5_000 },
    ], '2026-12-15');
    expect(result).toEqual({ currency: 'EUR', total: 1_000 + 9_500 + 9_000 + 610, converted: [1_000, 9_500, 9_000, null, 610, null], missingRates: ['BGN', 'USD'] });
  });

  it('adds converted sums and the currencies without a rate to the board', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = (await client.get('/api/v1/pipelines')).body.items[0];
    const [first, , third] = pipeline.stages;
    await client.post('/api/v1/deals', { title: 'EUR', amount: 10_000, currency: 'EUR' });
    await client.post('/api/v1/deals', { title: 'USD', amount: 20_000, currency: 'USD' });
    await client.post('/api/v1/deals', { title: 'BGN', amount: 5_000, currency: 'BGN', stageId: third.id });
    await client.post('/api/v1/exchange-rates', { currency: 'USD', date: '2000-01-01', rate: '0.5' });

    const board = (await client.get(`/api/v1/pipelines/${pipeline.id}/board`)).body;
    const column = (stageId: string) => board.columns.find((c: { stage: { id: string } }) => c.stage.id === stageId);
    // 100 EUR + 200 USD at 0.5 = 200 EUR; weighted at the first stage's 10 %.
    expect(column(first.id)).toMatchObject({ converted: { currency: 'EUR', sum: 20_000, weighted: 2_000 }, missingRates: [] });
    expect(column(third.id)).toMatchObject({ converted: { currency: 'EUR', sum: 0, weighted: 0 }, missingRates: ['BGN'] });
    expect(board.totals).toMatchObject({ count: 3, converted: { currency: 'EUR', sum: 20_000, weighted: 2_000 }, missingRates: ['BGN'] });
    expect(board.mixedCurrencies).toBe(true);
  });
});
