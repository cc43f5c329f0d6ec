import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { createRole } from '../roles/roles.service.js';
import { systemActor } from './users.service.js';

async function team(server: TestServer, locale: 'en' | 'ru' | 'bg' = 'en') {
  const workspace = await server.build.workspace({ locale });
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Ada Admin' });
  return { workspace, admin, client: await server.as(admin) };
}

describe.each(DIALECTS)('users admin on %s', (dialect) => {
  it('lists the team filtered by status, department and a case-insensitive text, with role names', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const ivan = await server.build.user({ workspace, role: 'manager', name: 'Иван Петров' });
    const maria = await server.build.user({ workspace, role: 'marketer', name: 'Мария Иванова' });
    await server.build.user({ name: 'Иван из другой фирмы' });
    const sales = (await client.post('/api/v1/departments', { name: 'Sales' })).body.department;
    expect((await client.patch(`/api/v1/users/${ivan.id}`, { departmentId: sales.id, version: ivan.version })).status).toBe(200);
    expect((await client.post(`/api/v1/users/${maria.id}/deactivate`, { version: maria.version })).status).toBe(200);

    const active = await client.get('/api/v1/users');
    expect(active.status).toBe(200);
    expect(active.body.items.map((u: { name: string }) => u.name)).toEqual(['Ada Admin', 'Иван Петров']);
    expect(active.body.items[1]).toEqual({
      id: ivan.id, name: 'Иван Петров', email: ivan.email, role: 'manager', roleName: 'Manager', departmentId: sales.id, isActive: true,
      blocked: null, twoFactorEnabled: false, invitePending: false, lastSignInAt: null, createdAt: ivan.created_at, version: ivan.version + 1,
    });
    expect(active.body.items[0].lastSignInAt).toEqual(expect.any(String));
    const names = async (query: string) => (await client.get(`/api/v1/users?${query}`)).body.items.map((u: { name: string }) => u.name);
    expect(await names('status=deactivated')).toEqual(['Мария Иванова']);
    expect(await names('status=all')).toEqual(['Ada Admin', 'Иван Петров', 'Мария Иванова']);
    expect(await names(`status=all&q=${encodeURIComponent('иван')}`)).toEqual(['Иван Петров', 'Мария Иванова']);
    expect(await names(`departmentId=${sales.id}`)).toEqual(['Иван Петров']);
    expect(await names(`q=${encodeURIComponent(admin.email.toUpperCase())}`)).toEqual(['Ada Admin']);
    const bad = await client.get('/api/v1/users?status=gone&limit=5');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ status: 'invalid_option', limit: 'unknown_field' });
  });

  it('creates a user with a password who can sign in at once; history and audit keep no secrets', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server, 'bg');
    const res = await client.post('/api/v1/users', { name: '  Петя  ', email: 'Petya@Example.TEST', role: 'support_agent', password: 'a-long-password' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ name: 'Петя', email: 'petya@example.test', role: 'support_agent', roleName: 'Support agent', isActive: true, version: 1 });
    const me = (await (await server.as({ email: 'petya@example.test', password: 'a-long-password' })).get('/api/v1/me')).body.user;
    expect(me).toMatchObject({ locale: 'bg', timeZone: 'Europe/Sofia', role: 'support_agent' });
    const [created] = await listAuditEntries(server.handle.db, workspace.id, { action: 'user.created' }).then((a) => a.filter((e) => e.entity_id === res.body.user.id));
    expect(JSON.stringify(created!.changes)).not.toMatch(/password|totp_secret|argon/);
    const jobs = await server.handle.db.selectFrom('jobs').select('id').where('workspace_id', '=', workspace.id).where('type', '=', 'mail.send').execute();
    expect(jobs).toEqual([]);
  });

  it('edits name, email, role and department with optimistic locking, all audited', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const mila = await server.build.user({ workspace, role: 'manager', name: 'Mila' });
    const other = await server.build.user({ workspace, role: 'manager' });
    const sales = (await client.post('/api/v1/departments', { name: 'Sales' })).body.department;

    const res = await client.patch(`/api/v1/users/${mila.id}`, { name: 'Mila K.', email: 'MILA.K@example.test', role: 'head_of_sales', departmentId: sales.id, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ name: 'Mila K.', email: 'mila.k@example.test', role: 'head_of_sales', roleName: 'Head of sales', departmentId: sales.id, version: 2 });
    const [entry] = await listAuditEntries(server.handle.db, workspace.id, { action: 'user.updated', entityId: mila.id });
    expect(entry!.changes).toEqual({
      name: ['Mila', 'Mila K.'], email: [mila.email, 'mila.k@example.test'], role: ['manager', 'head_of_sales'], department_id: [null, sales.id],
    });

    const stale = await client.patch(`/api/v1/users/${mila.id}`, { name: 'Late', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', current: { name: 'Mila K.', version: 2 } });
    expect(stale.body.error.current).not.toHaveProperty('password_hash');

    const taken = await client.patch(`/api/v1/users/${mila.id}`, { email: other.email.toUpperCase(), version: 2 });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ email: 'taken' });
    const cleared = await client.patch(`/api/v1/users/${mila.id}`, { departmentId: null, version: 2 });
    expect(cleared.body.user).toMatchObject({ departmentId: null, version: 3 });
  });

  it('refuses bad input with field errors', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const foreignDepartment = (await (await team(server)).client.post('/api/v1/departments', { name: 'Elsewhere' })).body.department;
    const cases: Array<[string, unknown, Record<string, string>]> = [
      ['post', { name: '', email: 'not-mail', role: 'manager', password: 'short', extra: 1 }, { name: 'required', email: 'invalid_email', password: 'too_short', extra: 'unknown_field' }],
      ['post', { name: 'A', email: 'a@example.test' }, { role: 'required' }],
      ['post', { name: 'A', email: 'a@example.test', role: 'captain' }, { role: 'not_found' }],
      ['post', { name: 'A', email: 'a@example.test', role: 'manager', departmentId: 'sales' }, { departmentId: 'not_found' }],
      ['post', { name: 'A', email: 'a@example.test', role: 'manager', departmentId: foreignDepartment.id }, { departmentId: 'not_found' }],
      ['patch', { role: 'captain', version: admin.version }, { role: 'not_found' }],
      ['patch', { name: 'X' }, { version: 'required' }],
      ['patch', { password: 'a-long-password', version: 1 }, { password: 'unknown_field' }],
    ];
    for (const [method, body, fields] of cases) {
      const res = method === 'post' ? await client.post('/api/v1/users', body) : await client.patch(`/api/v1/users/${admin.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields, JSON.stringify(body)).toEqual(fields);
    }
    expect((await client.patch('/api/v1/users/nope', { name: 'X', version: 1 })).body.error.fields).toEqual({ id: 'invalid_id' });
    expect((await client.patch('/api/v1/users/0190a0a0-0000-7000-8000-000000000001', { name: 'X', version: 1 })).status).toBe(404);
    const stranger = await server.build.user();
    expect((await client.patch(`/api/v1/users/${stranger.id}`, { name: 'X', version: 1 })).status).toBe(404);
    expect((await client.post('/api/v1/users', { name: 'Dup', email: admin.email, role: 'manager', password: 'a-long-password' })).body.error.fields).toEqual({ email: 'taken' });
    const users = await server.handle.db.selectFrom('users').select('email').where('workspace_id', '=', workspace.id).execute();
    expect(users).toHaveLength(1);
  });

  it('lets every built-in role list the team but only those with the rights change it', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const manager = await server.build.user({ workspace, role: 'manager' });
    const managerClient = await server.as(manager);
    expect((await managerClient.get('/api/v1/users')).status).toBe(200);
    const denied = [
      await managerClient.post('/api/v1/users', { name: 'X', email: 'x@example.test', role: 'manager', password: 'a-long-password' }),
      await managerClient.patch(`/api/v1/users/${manager.id}`, { role: 'admin', version: manager.version }),
      await managerClient.post(`/api/v1/users/${manager.id}/deactivate`, { version: manager.version }),
      await managerClient.post(`/api/v1/users/${manager.id}/reset-password`, {}),
      await managerClient.post(`/api/v1/users/${manager.id}/sign-out-everywhere`, {}),
      await managerClient.post('/api/v1/departments', { name: 'Mine' }),
    ];
    expect(denied.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect((await server.handle.db.selectFrom('users').select('role').where('id', '=', manager.id).executeTakeFirstOrThrow()).role).toBe('manager');

    const hidden = await server.handle.db.transaction().execute((trx) => createRole(trx, systemActor(workspace.id), { name: 'Outsider' }));
    const outsider = await server.build.user({ workspace, role: hidden.key });
    expect((await (await server.as(outsider)).get('/api/v1/users')).status).toBe(403);
    expect((await client.get('/api/v1/users')).body.items.find((u: { id: string }) => u.id === outsider.id).roleName).toBe('Outsider');
  });

  it('never lets a user manager hand out or take over rights they lack', async () => {
    const server = await testServer(dialect);
    const { workspace, admin } = await team(server);
    const hr = await server.handle.db.transaction().execute((trx) => createRole(trx, systemActor(workspace.id), {
      name: 'HR', permissions: { users: { view: 'all', create: 'all', edit: 'all', delete: 'all' } },
    }));
    const clerk = await server.build.user({ workspace, role: hr.key });
    const hrClient = await server.as(clerk);
    const asAdmin = await hrClient.post('/api/v1/users', { name: 'Boss', email: 'boss@example.test', role: 'admin', password: 'a-long-password' });
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.error.fields).toEqual({ role: 'exceeds_own_rights' });
    expect((await hrClient.patch(`/api/v1/users/${clerk.id}`, { role: 'admin', version: clerk.version })).status).toBe(403);
    expect((await hrClient.patch(`/api/v1/users/${admin.id}`, { email: 'mine@example.test', version: admin.version })).status).toBe(403);
    expect((await hrClient.post(`/api/v1/users/${admin.id}/reset-password`, {})).status).toBe(403);
    const peer = await hrClient.post('/api/v1/users', { name: 'Peer', email: 'peer@example.test', role: hr.key, password: 'a-long-password' });
    expect(peer.status).toBe(201);
  });
});
