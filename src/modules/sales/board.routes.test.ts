import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('the deal board on %s', (dialect) => {
  it('shows per column the count, sums per currency and weighted sums of the deals the viewer may see', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');
    const pipeline = (await client.get('/api/v1/pipelines')).body.items[0];
    const [first, , third] = pipeline.stages;
    await client.post('/api/v1/deals', { title: 'Admin EUR', amount: 10_000, currency: 'EUR' });
    await client.post('/api/v1/deals', { title: 'Admin BGN', amount: 5_000, currency: 'BGN', stageId: third.id, tags: ['vip'] });
    const mine = (await manager.client.post('/api/v1/deals', { title: 'Manager EUR', amount: 2_000, currency: 'EUR' })).body.deal;

    const board = await client.get(`/api/v1/pipelines/${pipeline.id}/board`);
    expect(board.status, JSON.stringify(board.body)).toBe(200);
    const column = (stageId: string) => board.body.columns.find((c: { stage: { id: string } }) => c.stage.id === stageId);
    expect(board.body.columns).toHaveLength(6);
    expect(column(first.id)).toMatchObject({ count: 2, amounts: [{ currency: 'EUR', sum: 12_000, weighted: 1_200 }] });
    expect(column(first.id).items.map((d: { title: string }) => d.title)).toEqual(['Manager EUR', 'Admin EUR']);
    expect(column(third.id)).toMatchObject({ count: 1, amounts: [{ currency: 'BGN', sum: 5_000, weighted: 2_500 }] });
    expect(board.body.totals.count).toBe(3);
    expect(board.body.mixedCurrencies).toBe(true);

    // Filters apply to the cards and the sums alike.
    const vip = (await client.get(`/api/v1/pipelines/${pipeline.id}/board?tag=vip`)).body;
    expect(vip.totals).toEqual({ count: 1, amounts: [{ currency: 'BGN', sum: 5_000, weighted: 2_500 }], converted: { currency: 'EUR', sum: 0, weighted: 0 }, missingRates: ['BGN'] });
    // A manager's board counts only what they may see.
    const theirs = (await manager.client.get(`/api/v1/pipelines/${pipeline.id}/board`)).body;
    expect(theirs.totals).toEqual({ count: 1, amounts: [{ currency: 'EUR', sum: 2_000, weighted: 200 }], converted: { currency: 'EUR', sum: 2_000, weighted: 200 }, missingRates: [] });
    expect(theirs.columns[0].items.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    expect(theirs.mixedCurrencies).toBe(false);

    // Columns page on in board order.
    const paged = (await client.get(`/api/v1/pipelines/${pipeline.id}/board?limit=1`)).body;
    const firstColumn = paged.columns[0];
    expect(firstColumn.items).toHaveLength(1);
    const next = await client.get(`/api/v1/deals?pipelineId=${pipeline.id}&stageId=${first.id}&sort=board&limit=1&cursor=${encodeURIComponent(firstColumn.nextCursor)}`);
    expect(next.body.items.map((d: { title: string }) => d.title)).toEqual(['Admin EUR']);
    expect((await client.get(`/api/v1/pipelines/${first.id}/board`)).status).toBe(404);
    expect((await client.get(`/api/v1/pipelines/${pipeline.id}/board?ownerId=nobody`)).status).toBe(400);
  });

  it('filters rotting deals (idle past the stage\'s limit) on the board and the list, and names a client person on cards', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const pipeline = (await client.get('/api/v1/pipelines')).body.items[0];
    const [first, second] = pipeline.stages;
    const patched = await client.patch(`/api/v1/pipeline-stages/${first.id}`, { rottingDays: 3, version: first.version });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const person = (await client.post('/api/v1/contacts', { firstName: 'Ivana', lastName: 'Petrova' })).body.contact;
    const stale = (await client.post('/api/v1/deals', { title: 'Stale', people: [{ contactId: person.id }] })).body.deal;
    const touched = (await client.post('/api/v1/deals', { title: 'Idle but touched' })).body.deal;
    await client.post('/api/v1/deals', { title: 'Fresh' });
    const elsewhere = (await client.post('/api/v1/deals', { title: 'Old on a stage without a limit', stageId: second.id })).body.deal;
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const db = server.handle.db;
    await db.updateTable('deals').set({ stage_entered_at: daysAgo(5) }).where('id', 'in', [stale.id, touched.id, elsewhere.id]).execute();
    await db.updateTable('deals').set({ last_activity_at: daysAgo(1) }).where('id', '=', touched.id).execute();

    const board = (await client.get(`/api/v1/pipelines/${pipeline.id}/board?rotting=1`)).body;
    expect(board.totals.count).toBe(1);
    expect(board.columns[0].items.map((d: { title: string; rotting: boolean }) => [d.title, d.rotting])).toEqual([['Stale', true]]);
    expect(board.columns[0].items[0].firstPerson).toEqual({ id: person.id, name: expect.stringContaining('Petrova') });
    const list = (await client.get(`/api/v1/deals?rotting=1&pipelineId=${pipeline.id}`)).body;
    expect(list.items.map((d: { title: string }) => d.title)).toEqual(['Stale']);
    expect((await client.get(`/api/v1/pipelines/${pipeline.id}/board?rotting=0`)).body.totals.count).toBe(4);
    expect((await client.get(`/api/v1/deals?rotting=yes`)).status).toBe(400);
  });
});
