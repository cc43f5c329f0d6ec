import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

describe.each(DIALECTS)('roles on %s', (dialect) => {
  it('lists the built-in roles of a new workspace with their matrices and user counts', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const res = await (await server.as(admin)).get('/api/v1/roles');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { key: string }) => r.key).sort()).toEqual(['admin', 'head_of_sales', 'manager', 'marketer', 'read_only', 'support_agent']);
    const manager = res.body.items.find((r: { key: string }) => r.key === 'manager');
    expect(manager.permissions.contacts).toMatchObject({ view: 'own', export: 'none', import: 'none' });
    expect(res.body.items.find((r: { key: string }) => r.key === 'admin').userCount).toBe(1);
    expect(res.body.actions).toContain('manage_settings');
  });

  it("copies a role, edits its matrix, and the holder's rights follow at once", async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const roles = (await client.get('/api/v1/roles')).body.items;
    const manager = roles.find((r: { key: string }) => r.key === 'manager');

    const created = await client.post('/api/v1/roles', { name: 'Старший менеджер', copyFromId: manager.id, permissions: { contacts: { export: 'own' } } });
    expect(created.status).toBe(201);
    expect(created.body.role).toMatchObject({ name: 'Старший менеджер', isBuiltIn: false, permissions: { contacts: { view: 'own', export: 'own' } } });

    const senior = await server.build.user({ workspace: { id: admin.workspace_id } as never, role: created.body.role.key });
    const seniorClient = await server.as(senior);
    // The copy carries the manager's users.view; taking it away applies on the holder's very next request.
    expect((await seniorClient.get('/api/v1/roles')).status).toBe(200);
    const edited = await client.patch(`/api/v1/roles/${created.body.role.id}`, { permissions: { users: { view: 'none' } }, version: created.body.role.version });
    expect(edited.status).toBe(200);
    expect((await seniorClient.get('/api/v1/roles')).status).toBe(403);
    // The signed-in user's own rights travel with /me, so the web app hides what the role cannot do.
    const me = (await seniorClient.get('/api/v1/me')).body.user;
    expect(me.permissions.users.view).toBe('none');
    expect(me.permissions.contacts).toMatchObject({ view: 'own', export: 'own' });

    const stale = await client.patch(`/api/v1/roles/${created.body.role.id}`, { name: 'X', version: created.body.role.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.name).toBe('Старший менеджер');

    expect((await client.delete(`/api/v1/roles/${created.body.role.id}`)).body.error.fields).toEqual({ _: 'in_use' });
  });

  it('refuses bad input and protects the Administrator role', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const roles = (await client.get('/api/v1/roles')).body.items;
    const adminRole = roles.find((r: { key: string }) => r.key === 'admin');

    const noName = await client.post('/api/v1/roles', { name: '   ' });
    expect(noName.status).toBe(400);
    expect(noName.body.error.fields).toEqual({ name: 'required' });
    const badScope = await client.post('/api/v1/roles', { name: 'Bad', permissions: { contacts: { view: 'everything' } } });
    expect(badScope.body.error.fields).toEqual({ 'permissions.contacts.view': 'invalid_option' });
    const badModule = await client.post('/api/v1/roles', { name: 'Bad', permissions: { spaceships: { view: 'all' } } });
    expect(badModule.body.error.fields).toEqual({ 'permissions.spaceships': 'unknown_field' });
    const taken = await client.post('/api/v1/roles', { name: 'manager' });
    expect(taken.status).toBe(409);

    const locked = await client.patch(`/api/v1/roles/${adminRole.id}`, { permissions: { contacts: { view: 'own' } }, version: adminRole.version });
    expect(locked.status).toBe(400);
    expect(locked.body.error.fields).toEqual({ permissions: 'locked' });
    expect((await client.delete(`/api/v1/roles/${adminRole.id}`)).status).toBe(409);

    const manager = await server.build.user({ workspace: { id: admin.workspace_id } as never, role: 'manager' });
    expect((await (await server.as(manager)).post('/api/v1/roles', { name: 'Mine' })).status).toBe(403);
  });

  it('keeps role history so an earlier matrix can be put back', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const role = (await client.post('/api/v1/roles', { name: 'Temp', permissions: { deals: { view: 'all' } } })).body.role;
    await client.patch(`/api/v1/roles/${role.id}`, { permissions: { deals: { view: 'none' } }, version: role.version });
    const versions = await server.handle.db.selectFrom('record_versions').select(['version', 'action']).where('entity_id', '=', role.id).orderBy('version').execute();
    expect(versions).toEqual([{ version: 1, action: 'create' }, { version: 2, action: 'update' }]);
  });

  it('puts a deleted custom role in the Trash, restores it, and purges it', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const role = (await client.post('/api/v1/roles', { name: 'Сезонный' })).body.role;
    expect((await client.delete(`/api/v1/roles/${role.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/roles')).body.items.map((r: { id: string }) => r.id)).not.toContain(role.id);

    const trash = (await client.get('/api/v1/trash?entityType=role')).body.items;
    expect(trash.map((i: { id: string; title: string }) => [i.id, i.title])).toEqual([[role.id, 'Сезонный']]);
    expect((await client.post(`/api/v1/trash/role/${role.id}/restore`, {})).status).toBe(204);
    expect((await client.get('/api/v1/roles')).body.items.map((r: { id: string }) => r.id)).toContain(role.id);

    const again = (await client.get('/api/v1/roles')).body.items.find((r: { id: string }) => r.id === role.id);
    await client.delete(`/api/v1/roles/${again.id}`);
    expect((await client.delete(`/api/v1/trash/role/${role.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/trash?entityType=role')).body.items).toEqual([]);
    expect(await server.handle.db.selectFrom('roles').select('id').where('id', '=', role.id).execute()).toEqual([]);
  });
});
