import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';

const definition = {
  columns: ['name', 'phone', 'custom.level'],
  filters: [{ field: 'custom.level', op: 'eq', value: 'gold' }, { field: 'status', op: 'in', value: ['lead', 'client'] }],
  sort: { field: 'createdAt', direction: 'desc' },
};

async function team(server: TestServer) {
  const workspace = await server.build.workspace();
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Admin' });
  const alice = await server.build.user({ workspace, role: 'manager', name: 'Alice' });
  const bob = await server.build.user({ workspace, role: 'manager', name: 'Bob' });
  return { workspace, admin, alice, bob, asAdmin: await server.as(admin), asAlice: await server.as(alice), asBob: await server.as(bob) };
}

const names = (res: { body: { items: Array<{ name: string }> } }) => res.body.items.map((v) => v.name);

describe.each(DIALECTS)('saved views on %s', (dialect) => {
  it('saves personal and shared views; each user sees theirs and the shared ones', async () => {
    const server = await testServer(dialect);
    const { workspace, alice, asAlice, asBob, asAdmin } = await team(server);
    const mine = await asAlice.post('/api/v1/saved-views', { entity: 'contact', name: 'My gold', definition });
    expect(mine.status).toBe(201);
    expect(mine.body.view).toEqual({
      id: expect.any(String), entity: 'contact', name: 'My gold', shared: false, definition,
      owner: { id: alice.id, name: 'Alice' }, mine: true, abilities: { edit: true, delete: true },
      createdAt: expect.any(String), updatedAt: expect.any(String), version: 1,
    });
    await asAlice.post('/api/v1/saved-views', { entity: 'contact', name: 'Team leads', shared: true, definition: { filters: [{ field: 'status', op: 'eq', value: 'lead' }] } });
    await asAlice.post('/api/v1/saved-views', { entity: 'company', name: 'Companies', shared: true, definition: {} });
    await asBob.post('/api/v1/saved-views', { entity: 'contact', name: 'Bob only', definition: {} });

    expect(names(await asAlice.get('/api/v1/saved-views?entity=contact'))).toEqual(['My gold', 'Team leads']);
    const bobs = await asBob.get('/api/v1/saved-views?entity=contact');
    expect(names(bobs)).toEqual(['Bob only', 'Team leads']);
    expect(bobs.body.items[1]).toMatchObject({ mine: false, abilities: { edit: false, delete: false }, definition: { columns: [], sort: null } });
    expect(names(await asAdmin.get('/api/v1/saved-views?entity=contact'))).toEqual(['Team leads']);
    expect(names(await asBob.get('/api/v1/saved-views?entity=company'))).toEqual(['Companies']);
    // Another workspace sees nothing.
    const stranger = await server.as(await server.build.user({ role: 'admin' }));
    expect(names(await stranger.get('/api/v1/saved-views?entity=contact'))).toEqual([]);
    const [audit] = await listAuditEntries(server.handle.db, workspace.id, { action: 'saved_view.created', entityId: mine.body.view.id });
    expect(audit).toBeDefined();
  });

  it('lets only the owner or an administrator change or delete a view', async () => {
    const server = await testServer(dialect);
    const { asAlice, asBob, asAdmin } = await team(server);
    const personal = (await asAlice.post('/api/v1/saved-views', { entity: 'contact', name: 'Mine', definition: {} })).body.view;
    const shared = (await asAlice.post('/api/v1/saved-views', { entity: 'contact', name: 'Ours', shared: true, definition: {} })).body.view;

    // Someone else's personal view does not exist for Bob; a shared one is visible but not his to change.
    expect((await asBob.patch(`/api/v1/saved-views/${personal.id}`, { name: 'X', version: 1 })).status).toBe(404);
    expect((await asBob.patch(`/api/v1/saved-views/${shared.id}`, { name: 'X', version: 1 })).status).toBe(403);
    expect((await asBob.delete(`/api/v1/saved-views/${shared.id}`)).status).toBe(403);

    const renamed = await asAlice.patch(`/api/v1/saved-views/${personal.id}`, { name: 'Renamed', shared: true, definition: { sort: { field: 'name', direction: 'asc' } }, version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.body.view).toMatchObject({ name: 'Renamed', shared: true, version: 2, definition: { columns: [], filters: [], sort: { field: 'name', direction: 'asc' } } });
    expect((await asAlice.patch(`/api/v1/saved-views/${personal.id}`, { name: 'Stale', version: 1 })).status).toBe(409);

    // The administrator may tidy up shared views.
    expect((await asAdmin.patch(`/api/v1/saved-views/${shared.id}`, { shared: false, version: 1 })).body.view).toMatchObject({ shared: false, mine: false, abilities: { edit: true } });
    expect((await asAdmin.delete(`/api/v1/saved-views/${shared.id}?version=1`)).status).toBe(409);
    expect((await asAdmin.delete(`/api/v1/saved-views/${shared.id}?version=2`)).status).toBe(204);
    expect((await asAlice.delete(`/api/v1/saved-views/${personal.id}`)).status).toBe(204);
    expect(names(await asAlice.get('/api/v1/saved-views?entity=contact'))).toEqual([]);
  });

  it('validates the definition', async () => {
    const server = await testServer(dialect);
    const { asAlice } = await team(server);
    const post = (def: unknown) => asAlice.post('/api/v1/saved-views', { entity: 'contact', name: 'V', definition: def });
    expect((await post({ columns: Array.from({ length: 51 }, (_, i) => `c${i}`) })).status).toBe(400);
    expect((await post({ filters: Array.from({ length: 31 }, () => ({ field: 'name', op: 'eq', value: 'x' })) })).status).toBe(400);
    expect((await post({ filters: [{ field: 'name', op: 'like', value: 'x' }] })).status).toBe(400);
    expect((await post({ sort: { field: 'name', direction: 'up' } })).status).toBe(400);
    expect((await post({ other: 1 })).status).toBe(400);
    expect((await post({ filters: [{ field: 'notes', op: 'contains', value: 'x'.repeat(40_000) }] })).status).toBe(400);
    expect((await asAlice.post('/api/v1/saved-views', { entity: 'contact', name: ' ', definition: {} })).status).toBe(400);
    expect((await post({ columns: Array.from({ length: 50 }, (_, i) => `c${i}`), filters: [{ field: 'x', op: 'empty' }] })).status).toBe(201);
  });

  it('needs the right to see the list the view is for', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace();
    const admin = await server.as(await server.build.user({ workspace, role: 'admin' }));
    const role = (await admin.post('/api/v1/roles', { name: 'Companies only', permissions: { companies: { view: 'all' } } })).body.role;
    const client = await server.as(await server.build.user({ workspace, role: role.key }));
    expect((await client.post('/api/v1/saved-views', { entity: 'contact', name: 'Mine', definition: {} })).status).toBe(403);
    expect((await client.get('/api/v1/saved-views?entity=contact')).status).toBe(403);
    expect((await client.post('/api/v1/saved-views', { entity: 'company', name: 'Mine', definition: {} })).status).toBe(201);
    expect((await server.client().get('/api/v1/saved-views?entity=company')).status).toBe(401);
  });
});
