import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('a deal\'s next step on %s', (dialect) => {
  it('flags open deals without a planned activity in the list and on the board when the workspace asks for next steps, and filters them', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    const saved = await client.patch('/api/v1/workspace', { settings: { dealsNeedNextStep: true }, version: ws.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const pipeline = (await client.get('/api/v1/pipelines')).body.items[0];
    const bare = (await client.post('/api/v1/deals', { title: 'Без стъпка' })).body.deal;
    const planned = (await client.post('/api/v1/deals', { title: 'Със стъпка' })).body.deal;
    expect(bare.noNextStep).toBe(true);
    const task = (await client.post('/api/v1/activities', { kind: 'call', status: 'planned', title: 'Първо обаждане', dueAt: '2030-01-10T09:00:00Z', dealId: planned.id })).body.activity;
    // A logged (done) call is history, not a next step.
    await client.post('/api/v1/activities', { kind: 'call', title: 'Стар разговор', dealId: bare.id });
    const flags = async (query = '') => Object.fromEntries((await client.get(`/api/v1/deals?${query}`)).body.items.map((d: { title: string; noNextStep: boolean }) => [d.title, d.noNextStep]));
    expect(await flags()).toEqual({ 'Без стъпка': true, 'Със стъпка': false });
    expect(Object.keys(await flags('noNextStep=1'))).toEqual(['Без стъпка']);
    const board = (await client.get(`/api/v1/pipelines/${pipeline.id}/board?noNextStep=1`)).body;
    expect(board.columns.flatMap((c: { items: Array<{ title: string; noNextStep: boolean }> }) => c.items.map((i) => [i.title, i.noNextStep]))).toEqual([['Без стъпка', true]]);
    // Completing the only planned step, or deleting it, leaves the deal without one; a restore brings it back.
    await client.post(`/api/v1/activities/${task.id}/complete`, { version: 1 });
    expect(Object.keys(await flags('noNextStep=1')).sort()).toEqual(['Без стъпка', 'Със стъпка']);
    const next = (await client.post('/api/v1/activities', { kind: 'task', title: 'Оферта', dealId: planned.id })).body.activity;
    expect(Object.keys(await flags('noNextStep=1'))).toEqual(['Без стъпка']);
    await client.delete(`/api/v1/activities/${next.id}?version=1`);
    expect(Object.keys(await flags('noNextStep=1')).sort()).toEqual(['Без стъпка', 'Със стъпка']);
    await client.post(`/api/v1/trash/activity/${next.id}/restore`, {});
    expect(Object.keys(await flags('noNextStep=1'))).toEqual(['Без стъпка']);
    // Without the setting nobody is flagged, though the filter still finds them.
    await client.patch('/api/v1/workspace', { settings: { dealsNeedNextStep: false }, version: saved.body.workspace.version });
    expect(await flags()).toEqual({ 'Без стъпка': false, 'Със стъпка': false });
  });
});
