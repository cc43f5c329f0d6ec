import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { entityType } from '../../platform/entities/registry.js';
import { listVersions } from '../../platform/history/history.repository.js';
import { actorForUser } from './users.service.js';
import './user.entity.js';

const ctx = { ip: null, userAgent: null, requestId: null };

describe.each(DIALECTS)('user history on %s', (dialect) => {
  it('restores name, email, role and department of an earlier version, never a password', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace();
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);
    const user = await server.build.user({ workspace, role: 'manager', name: 'Old Name' });
    const sales = (await client.post('/api/v1/departments', { name: 'Sales' })).body.department;
    await client.patch(`/api/v1/users/${user.id}`, { name: 'New Name', role: 'marketer', departmentId: sales.id, version: 1 });

    const versions = await listVersions(server.handle.db, workspace.id, 'user', user.id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    const first = versions.find((v) => v.version === 1)!.data!;
    expect(Object.keys(first)).not.toEqual(expect.arrayContaining(['password_hash']));
    expect(first).not.toHaveProperty('totp_secret');

    const type = entityType('user')!;
    const actor = await actorForUser(server.handle.db, admin, ctx);
    expect(await type.find(server.handle.db, actor, user.id)).toMatchObject({ id: user.id, title: 'New Name', version: 2 });
    await expect(server.handle.db.transaction().execute((trx) => type.restoreVersion!(trx, actor, user.id, first, 1))).rejects.toMatchObject({ code: 'conflict' });
    const restored = await client.post(`/api/v1/history/user/${user.id}/restore`, { version: 1, currentVersion: 2 });
    expect(restored.body).toEqual({ ok: true, version: 3 });

    const listed = (await client.get('/api/v1/users')).body.items.find((u: { id: string }) => u.id === user.id);
    expect(listed).toMatchObject({ name: 'Old Name', role: 'manager', departmentId: null, isActive: true, version: 3 });
    expect((await listVersions(server.handle.db, workspace.id, 'user', user.id))[0]!.action).toBe('rollback');
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);

    // Whatever else a version holds, only the editable fields come back.
    await server.handle.db.transaction().execute((trx) => type.restoreVersion!(trx, actor, user.id, { ...first, name: 'Third', password_hash: 'stolen', is_active: 0 }, 3));
    expect((await server.handle.db.selectFrom('users').select(['name', 'is_active', 'password_hash']).where('id', '=', user.id).executeTakeFirstOrThrow()))
      .toMatchObject({ name: 'Third', is_active: 1, password_hash: expect.stringMatching(/^\$argon2id\$/) });
    const stranger = await server.build.user();
    expect(await type.find(server.handle.db, actor, stranger.id)).toBeUndefined();
  });
});
