import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { entityType } from '../../platform/entities/registry.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { actorForUser } from '../users/users.service.js';
import './department.entity.js';

async function team(server: TestServer) {
  const workspace = await server.build.workspace();
  const admin = await server.build.user({ workspace, role: 'admin' });
  return { workspace, admin, client: await server.as(admin) };
}

describe.each(DIALECTS)('departments on %s', (dialect) => {
  it('creates, lists, renames, moves and deletes departments with history', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const sales = await client.post('/api/v1/departments', { name: ' Продажи ', headUserId: admin.id });
    expect(sales.status).toBe(201);
    expect(sales.body.department).toEqual({ id: expect.any(String), name: 'Продажи', parentId: null, headUserId: admin.id, userCount: 0, version: 1 });
    const s = sales.body.department;
    const north = (await client.post('/api/v1/departments', { name: 'North', parentId: s.id })).body.department;
    expect(north.parentId).toBe(s.id);
    await client.patch(`/api/v1/users/${admin.id}`, { departmentId: north.id, version: admin.version });
    await server.build.user({ workspace: (await server.build.workspace()) });

    const list = await client.get('/api/v1/departments');
    expect(list.body.items.map((d: { name: string; userCount: number }) => [d.name, d.userCount])).toEqual([['North', 1], ['Продажи', 0]]);

    const renamed = await client.patch(`/api/v1/departments/${north.id}`, { name: 'North-West', parentId: null, version: 1 });
    expect(renamed.body.department).toMatchObject({ name: 'North-West', parentId: null, userCount: 1, version: 2 });
    const [audit] = await listAuditEntries(server.handle.db, workspace.id, { action: 'department.updated', entityId: north.id });
    expect(audit!.changes).toEqual({ name: ['North', 'North-West'], parent_id: [s.id, null] });

    expect((await client.delete(`/api/v1/departments/${s.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/departments')).body.items.map((d: { id: string }) => d.id)).toEqual([north.id]);
    expect((await client.patch(`/api/v1/departments/${s.id}`, { name: 'Ghost', version: 2 })).status).toBe(404);
    expect((await listVersions(server.handle.db, workspace.id, 'department', s.id))[0]!.action).toBe('delete');
  });

  it('refuses to put a department under itself or its own descendant', async () => {
    const server = await testServer(dialect);
    const { client } = await team(server);
    const a = (await client.post('/api/v1/departments', { name: 'A' })).body.department;
    const b = (await client.post('/api/v1/departments', { name: 'B', parentId: a.id })).body.department;
    const c = (await client.post('/api/v1/departments', { name: 'C', parentId: b.id })).body.department;
    for (const parentId of [c.id, b.id, a.id]) {
      const res = await client.patch(`/api/v1/departments/${a.id}`, { parentId, version: 1 });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ parentId: 'cycle' });
    }
    const moved = await client.patch(`/api/v1/departments/${c.id}`, { parentId: a.id, version: 1 });
    expect(moved.body.department.parentId).toBe(a.id);
    expect((await client.post('/api/v1/departments', { name: 'D', parentId: '0190a0a0-0000-7000-8000-000000000001' })).body.error.fields).toEqual({ parentId: 'not_found' });
  });

  it('wants an active head of the workspace and deletes only empty departments', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    const stranger = await server.build.user();
    expect((await client.post(`/api/v1/users/${user.id}/deactivate`, { version: user.version })).status).toBe(200);
    const inactive = await client.post('/api/v1/departments', { name: 'X', headUserId: user.id });
    expect(inactive.status).toBe(400);
    expect(inactive.body.error.fields).toEqual({ headUserId: 'inactive' });
    expect((await client.post('/api/v1/departments', { name: 'X', headUserId: stranger.id })).body.error.fields).toEqual({ headUserId: 'not_found' });

    const parent = (await client.post('/api/v1/departments', { name: 'Parent' })).body.department;
    const child = (await client.post('/api/v1/departments', { name: 'Child', parentId: parent.id })).body.department;
    const withChild = await client.delete(`/api/v1/departments/${parent.id}`);
    expect(withChild.status).toBe(409);
    expect(withChild.body.error.fields).toEqual({ _: 'not_empty' });
    // A deactivated member still belongs to the department.
    const members = await client.patch(`/api/v1/users/${user.id}`, { departmentId: child.id, version: user.version + 1 });
    expect(members.status).toBe(200);
    expect((await client.delete(`/api/v1/departments/${child.id}`)).body.error.fields).toEqual({ _: 'not_empty' });
  });

  it('checks rights, versions and unknown fields', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const dep = (await client.post('/api/v1/departments', { name: 'Support' })).body.department;
    const manager = await server.build.user({ workspace, role: 'manager' });
    const managerClient = await server.as(manager);
    expect((await managerClient.get('/api/v1/departments')).body.items).toHaveLength(1);
    expect((await managerClient.patch(`/api/v1/departments/${dep.id}`, { name: 'Mine', version: 1 })).status).toBe(403);
    expect((await managerClient.delete(`/api/v1/departments/${dep.id}`)).status).toBe(403);

    expect((await client.patch(`/api/v1/departments/${dep.id}`, { name: 'Help desk', version: 1 })).status).toBe(200);
    const stale = await client.patch(`/api/v1/departments/${dep.id}`, { name: 'Late', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ name: 'Help desk', version: 2 });
    const bad = await client.post('/api/v1/departments', { name: '', colour: 'red' });
    expect(bad.body.error.fields).toEqual({ name: 'required', colour: 'unknown_field' });
    const other = await team(server);
    expect((await other.client.patch(`/api/v1/departments/${dep.id}`, { name: 'Taken over', version: 2 })).status).toBe(404);
  });

  it('keeps deleted departments in the trash to restore or purge', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const parent = (await client.post('/api/v1/departments', { name: 'Parent' })).body.department;
    const child = (await client.post('/api/v1/departments', { name: 'Child', parentId: parent.id })).body.department;
    expect((await client.delete(`/api/v1/departments/${child.id}`)).status).toBe(204);
    expect((await client.delete(`/api/v1/departments/${parent.id}`)).status).toBe(204);
    const trash = await client.get('/api/v1/trash?entityType=department');
    expect(trash.body.items.map((i: { title: string }) => i.title)).toEqual(['Parent', 'Child']);

    // The parent is still in the trash, so the child comes back at the root.
    expect((await client.post(`/api/v1/trash/department/${child.id}/restore`, {})).status).toBe(204);
    expect((await client.get('/api/v1/departments')).body.items).toMatchObject([{ id: child.id, parentId: null, version: 3 }]);
    expect((await client.delete(`/api/v1/trash/department/${parent.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/trash?entityType=department')).body.items).toEqual([]);
    expect(await listVersions(server.handle.db, workspace.id, 'department', parent.id)).toEqual([]);
    expect((await client.patch(`/api/v1/departments/${child.id}`, { name: 'Child 2', version: 3 })).status).toBe(200);
  });

  it('restores an earlier version through history, with the cycle check', async () => {
    const server = await testServer(dialect);
    const { admin, client, workspace } = await team(server);
    const a = (await client.post('/api/v1/departments', { name: 'A' })).body.department;
    const b = (await client.post('/api/v1/departments', { name: 'B' })).body.department;
    await client.patch(`/api/v1/departments/${a.id}`, { parentId: b.id, version: 1 });
    await client.patch(`/api/v1/departments/${a.id}`, { parentId: null, name: 'A2', version: 2 });
    await client.patch(`/api/v1/departments/${b.id}`, { parentId: a.id, version: 1 });

    const type = entityType('department')!;
    const actor = await actorForUser(server.handle.db, admin, { ip: null, userAgent: null, requestId: null });
    const versionsOfA = await listVersions(server.handle.db, workspace.id, 'department', a.id);
    const underB = versionsOfA.find((v) => v.version === 2)!.data!;
    await expect(server.handle.db.transaction().execute((trx) => type.restoreVersion!(trx, actor, a.id, underB, 3)))
      .rejects.toMatchObject({ code: 'validation_failed', fields: { parentId: 'cycle' } });

    const firstOfB = (await listVersions(server.handle.db, workspace.id, 'department', b.id)).find((v) => v.version === 1)!.data!;
    await server.handle.db.transaction().execute((trx) => type.restoreVersion!(trx, actor, b.id, firstOfB, 2));
    const items = (await client.get('/api/v1/departments')).body.items;
    expect(items.find((d: { id: string }) => d.id === b.id)).toMatchObject({ parentId: null, version: 3 });
    expect(await type.find(server.handle.db, actor, a.id)).toMatchObject({ title: 'A2', version: 3 });
  });
});
