import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { base32Decode, totp } from '../auth/totp.js';
import { findRoleByKey } from '../roles/roles.service.js';

const T0 = Math.floor(Date.now() / 30_000) * 30_000 + 5_000;

afterEach(() => freezeClock(null));

async function team(server: TestServer) {
  const workspace = await server.build.workspace({ name: 'Acme' });
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Ada Admin' });
  return { workspace, admin, client: await server.as(admin) };
}

/** Turns two-factor sign-in on for a user the way they would: setup, then a real code. Returns a signed-in client. */
async function enroll(server: TestServer, user: { email: string; password: string }) {
  freezeClock(new Date(T0));
  const client = server.client();
  expect((await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
  const setup = await client.post('/api/v1/me/two-factor/setup', {});
  expect(setup.status).toBe(200);
  const enabled = await client.post('/api/v1/me/two-factor/enable', { code: totp(base32Decode(setup.body.secret), T0) });
  expect(enabled.body.user.twoFactorEnabled).toBe(true);
  return { client, secret: setup.body.secret as string };
}

async function listed(client: Awaited<ReturnType<TestServer['as']>>, id: string) {
  return (await client.get('/api/v1/users')).body.items.find((u: { id: string }) => u.id === id);
}

describe.each(DIALECTS)('resetting two-factor sign-in on %s', (dialect) => {
  it('turns it off, ends the sessions and records it without the secret; the password alone signs in', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    const { client: phone, secret } = await enroll(server, user);
    const before = await listed(client, user.id);
    expect(before.twoFactorEnabled).toBe(true);

    const res = await client.post(`/api/v1/users/${user.id}/reset-two-factor`, { version: before.version });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, twoFactorEnabled: false, version: before.version + 1 });
    const row = await server.handle.db.selectFrom('users').select(['totp_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, totp_last_step: null });
    expect((await phone.get('/api/v1/me')).status).toBe(401);

    const [entry, ...more] = await listAuditEntries(server.handle.db, workspace.id, { action: 'user.two_factor_reset', entityId: user.id });
    expect(more).toEqual([]);
    expect(entry!.changes).toEqual({ totp_enabled_at: [expect.any(String), null] });
    const versions = await server.handle.db.selectFrom('record_versions').select('data').where('entity_id', '=', user.id).execute();
    const events = await server.handle.db.selectFrom('outbox_events').select('payload').where('entity_id', '=', user.id).execute();
    for (const text of [...versions.map((v) => String(v.data)), ...events.map((e) => String(e.payload)), JSON.stringify(entry)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('totp_secret');
    }

    freezeClock(new Date(T0 + 30_000));
    const signIn = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ twoFactorEnabled: false, twoFactorSetupRequired: false });
  });

  it('sends a user whose role requires it to set it up again', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    await enroll(server, user);
    const role = await findRoleByKey(server.handle.db, workspace.id, 'manager');
    await server.handle.db.updateTable('roles').set({ require_two_factor: 1 }).where('id', '=', role!.id).execute();

    const { version } = await listed(client, user.id);
    expect((await client.post(`/api/v1/users/${user.id}/reset-two-factor`, { version })).status).toBe(200);
    const signIn = server.client();
    const res = await signIn.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ twoFactorEnabled: false, twoFactorSetupRequired: true });
    expect((await signIn.get('/api/v1/roles')).body.error.code).toBe('two_factor_setup_required');
  });

  it('refuses a user without two-factor, a stale version, a manager and yourself', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const plain = await server.build.user({ workspace, role: 'manager' });
    const off = await client.post(`/api/v1/users/${plain.id}/reset-two-factor`, { version: plain.version });
    expect(off.status).toBe(409);
    expect(off.body.error).toMatchObject({ code: 'conflict', fields: { _: 'two_factor_off' } });

    const user = await server.build.user({ workspace, role: 'manager' });
    const { client: userClient } = await enroll(server, user);
    const { version } = await listed(client, user.id);
    expect((await client.patch(`/api/v1/users/${user.id}`, { name: 'Renamed', version })).status).toBe(200);
    const stale = await client.post(`/api/v1/users/${user.id}/reset-two-factor`, { version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: user.id, twoFactorEnabled: true, version: version + 1 });

    const manager = await server.as(plain);
    expect((await manager.post(`/api/v1/users/${user.id}/reset-two-factor`, { version: version + 1 })).status).toBe(403);
    expect((await client.post(`/api/v1/users/${user.id}/reset-two-factor`, {})).body.error.fields).toEqual({ version: expect.any(String) });

    await enroll(server, admin);
    const self = await client.post(`/api/v1/users/${admin.id}/reset-two-factor`, { version: (await listed(client, admin.id)).version });
    expect(self.status).toBe(400);
    expect(self.body.error).toMatchObject({ code: 'bad_request', fields: { _: 'self' } });

    // Nothing happened on any refusal: the user's phone session and second factor are intact.
    expect((await userClient.get('/api/v1/me')).body.user.twoFactorEnabled).toBe(true);
    expect(await listAuditEntries(server.handle.db, workspace.id, { action: 'user.two_factor_reset' })).toEqual([]);
  });
});
