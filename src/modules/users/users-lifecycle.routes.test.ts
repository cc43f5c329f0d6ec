import { ACTIONS, MODULES } from '../../platform/access/permissions.js';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { fromJson } from '../../platform/json.js';
import type { MailJobPayload } from '../../platform/mail/mail.service.js';
import { createRole } from '../roles/roles.service.js';
import { systemActor } from './users.service.js';

async function team(server: TestServer, locale: 'en' | 'ru' | 'bg' = 'en') {
  const workspace = await server.build.workspace({ locale, name: 'Acme' });
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Ada Admin' });
  return { workspace, admin, client: await server.as(admin) };
}

/** Mails queued for an address, oldest first. */
async function mailsTo(server: TestServer, email: string): Promise<MailJobPayload[]> {
  const jobs = await server.handle.db.selectFrom('jobs').select(['payload', 'created_at']).where('type', '=', 'mail.send').orderBy('created_at').execute();
  return jobs.map((j) => fromJson<MailJobPayload>(j.payload)).filter((m) => m.to.includes(email));
}

function tokenIn(mail: MailJobPayload | undefined, publicUrl: string): string {
  const match = new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/accept-invite\\?token=([A-Za-z0-9_%-]+)`).exec(mail?.text ?? '');
  if (!match) throw new Error(`no link in ${mail?.text}`);
  return decodeURIComponent(match[1]!);
}

describe.each(DIALECTS)('user lifecycle on %s', (dialect) => {
  it('invites by email in the workspace language; the link sets a password once and signs in', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server, 'bg');
    const res = await client.post('/api/v1/users', { name: 'Гергана', email: 'gergana@example.test', role: 'manager' });
    expect(res.status).toBe(201);
    const [mail, ...more] = await mailsTo(server, 'gergana@example.test');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Покана за Acme в Kartoteka');
    expect(mail!.text).toContain('Ada Admin');
    const token = tokenIn(mail, server.config.publicUrl);
    const stored = await server.handle.db.selectFrom('user_tokens').selectAll().where('user_id', '=', res.body.user.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: 'invite', used_at: null });
    expect(stored[0]!.token_hash).not.toBe(token);
    expect((await listAuditEntries(server.handle.db, workspace.id, { action: 'user.invited' }))).toHaveLength(1);

    expect((await server.client().post('/api/v1/auth/sign-in', { email: 'gergana@example.test', password: 'anything-at-all' })).status).toBe(401);
    const invitee = server.client();
    const short = await invitee.post('/api/v1/auth/accept-invite', { token, password: 'short' });
    expect(short.body.error.fields).toEqual({ password: 'too_short' });
    const accepted = await invitee.post('/api/v1/auth/accept-invite', { token, password: 'my-own-long-password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email: 'gergana@example.test', locale: 'bg', role: 'manager' });
    expect(invitee.cookie('kt_session')).toBeTruthy();
    expect((await invitee.get('/api/v1/me')).status).toBe(200);

    const replay = await server.client().post('/api/v1/auth/accept-invite', { token, password: 'another-long-password' });
    expect(replay.status).toBe(400);
    expect(replay.body.error.fields).toEqual({ token: 'invalid' });
    expect((await server.client().post('/api/v1/auth/accept-invite', { token: 'made-up', password: 'another-long-password' })).body.error.fields).toEqual({ token: 'invalid' });
    expect((await server.client().post('/api/v1/auth/sign-in', { email: 'gergana@example.test', password: 'my-own-long-password' })).status).toBe(200);
  });

  it('refuses an expired invite and replaces an old reset link with a new one', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server, 'ru');
    const user = await server.build.user({ workspace, role: 'manager', locale: 'ru' });
    expect((await client.post(`/api/v1/users/${user.id}/reset-password`, {})).status).toBe(204);
    expect((await client.post(`/api/v1/users/${user.id}/reset-password`, {})).status).toBe(204);
    const [first, second] = await mailsTo(server, user.email);
    expect(second!.subject).toBe('Новый пароль для Acme');
    expect((await server.client().post('/api/v1/auth/accept-invite', { token: tokenIn(first, server.config.publicUrl), password: 'a-new-long-password' })).body.error.fields).toEqual({ token: 'invalid' });

    const old = await server.as(user);
    await server.handle.db.updateTable('user_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', user.id).execute();
    expect((await server.client().post('/api/v1/auth/accept-invite', { token: tokenIn(second, server.config.publicUrl), password: 'a-new-long-password' })).status).toBe(400);
    await server.handle.db.updateTable('user_tokens').set({ expires_at: new Date(Date.now() + 60_000).toISOString() }).where('user_id', '=', user.id).execute();
    const reset = await server.client().post('/api/v1/auth/accept-invite', { token: tokenIn(second, server.config.publicUrl), password: 'a-new-long-password' });
    expect(reset.status).toBe(200);
    // The reset ends the sessions opened with the old password.
    expect((await old.get('/api/v1/me')).status).toBe(401);
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(401);
  });

  it('asks a user with two-factor sign-in for their code after a reset, with the new password set', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    await server.handle.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enabled_at: new Date().toISOString() }).where('id', '=', user.id).execute();
    expect((await client.post(`/api/v1/users/${user.id}/reset-password`, {})).status).toBe(204);
    const [mail] = await mailsTo(server, user.email);
    const invitee = server.client();
    const res = await invitee.post('/api/v1/auth/accept-invite', { token: tokenIn(mail, server.config.publicUrl), password: 'a-new-long-password' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'two_factor_required', challenge: expect.any(String) });
    expect(invitee.cookie('kt_session')).toBeUndefined();
    const old = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(old.body.error.fields).toEqual({ password: 'invalid_credentials' });
  });

  it('deactivates: sessions die, sign-in is refused, records stay; activation lets them back', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    const userClient = await server.as(user);
    const sales = (await client.post('/api/v1/departments', { name: 'Sales', headUserId: user.id })).body.department;

    expect((await client.post(`/api/v1/users/${admin.id}/deactivate`, { version: admin.version })).body.error).toMatchObject({ code: 'bad_request', fields: { _: 'self' } });
    const res = await client.post(`/api/v1/users/${user.id}/deactivate`, { version: user.version });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ isActive: false, version: user.version + 1 });
    expect((await userClient.get('/api/v1/me')).status).toBe(401);
    const live = await server.handle.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
    expect(live).toEqual([]);
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(403);
    expect((await client.get('/api/v1/departments')).body.items.find((d: { id: string }) => d.id === sales.id).headUserId).toBeNull();
    expect((await listAuditEntries(server.handle.db, workspace.id, { action: 'user.deactivated' }))[0]!.changes).toEqual({ is_active: [1, 0] });
    expect((await client.post(`/api/v1/users/${user.id}/reset-password`, {})).body.error.fields).toEqual({ _: 'inactive' });

    const stale = await client.post(`/api/v1/users/${user.id}/activate`, { version: user.version });
    expect(stale.status).toBe(409);
    const back = await client.post(`/api/v1/users/${user.id}/activate`, { version: user.version + 1 });
    expect(back.body.user).toMatchObject({ isActive: true, version: user.version + 2 });
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
  });

  it('never leaves the workspace without an active administrator', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const second = await server.build.user({ workspace, role: 'admin' });
    const demoted = await client.patch(`/api/v1/users/${second.id}`, { role: 'manager', version: second.version });
    expect(demoted.status).toBe(200);
    const self = await client.patch(`/api/v1/users/${admin.id}`, { role: 'manager', version: admin.version });
    expect(self.status).toBe(409);
    expect(self.body.error).toMatchObject({ code: 'conflict', fields: { role: 'last_admin' } });

    // Someone with every right who is not an Administrator may still not remove the last one.
    const full = await server.handle.db.transaction().execute((trx) => createRole(trx, systemActor(workspace.id), {
      // Every action of every module, so the role stays "every right" when the matrix grows.
      name: 'Deputy', permissions: Object.fromEntries(MODULES.map((m) => [m, Object.fromEntries(ACTIONS.map((a) => [a, 'all']))])) as never,
    }));
    const deputy = await server.build.user({ workspace, role: full.key });
    const last = await (await server.as(deputy)).post(`/api/v1/users/${admin.id}/deactivate`, { version: admin.version });
    expect(last.status).toBe(409);
    expect(last.body.error.fields).toEqual({ _: 'last_admin' });
    expect((await client.get('/api/v1/me')).status).toBe(200);
  });

  it('lets only one of two admins demoting each other at once win', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const second = await server.build.user({ workspace, role: 'admin' });
    const secondClient = await server.as(second);
    const [a, b] = await Promise.all([
      client.patch(`/api/v1/users/${second.id}`, { role: 'manager', version: second.version }),
      secondClient.patch(`/api/v1/users/${admin.id}`, { role: 'manager', version: admin.version }),
    ]);
    // The loser is refused as the last admin (409), or as no admin any more (403) when it started after the winner committed.
    const [winner, loser] = [a.status, b.status].sort();
    expect(winner).toBe(200);
    expect([403, 409]).toContain(loser);
    const admins = await server.handle.db.selectFrom('users').select('id').where('workspace_id', '=', workspace.id).where('role', '=', 'admin').execute();
    expect(admins).toHaveLength(1);
  });

  it('unblocks a blocked user and signs a user out everywhere', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const user = await server.build.user({ workspace, role: 'manager' });
    const [laptop, phone] = [await server.as(user), await server.as(user)];
    expect((await client.post(`/api/v1/users/${user.id}/sign-out-everywhere`, {})).status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect(await listAuditEntries(server.handle.db, workspace.id, { action: 'user.signed_out_everywhere', entityId: user.id })).toHaveLength(1);

    await server.handle.db.updateTable('users').set({ blocked_at: new Date().toISOString(), blocked_reason: 'exports' }).where('id', '=', user.id).execute();
    const listed = (await client.get('/api/v1/users')).body.items.find((u: { id: string }) => u.id === user.id);
    expect(listed.blocked).toEqual({ at: expect.any(String), reason: 'exports' });
    const res = await client.post(`/api/v1/users/${user.id}/unblock`, { version: listed.version });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ blocked: null, version: listed.version + 1 });
    expect(await listAuditEntries(server.handle.db, workspace.id, { action: 'user.unblocked' })).toHaveLength(1);
    expect((await client.post(`/api/v1/users/${user.id}/unblock`, { version: 1, extra: true })).body.error.fields).toEqual({ extra: 'unknown_field' });
  });
});
