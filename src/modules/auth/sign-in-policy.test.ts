import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { commonPasswords, passwordProblem } from './password-policy.js';

type Ws = { id: string };

async function setPolicy(client: TestClient, signIn: Record<string, unknown>) {
  const version = (await client.get('/api/v1/workspace')).body.workspace.version;
  return client.patch('/api/v1/workspace', { settings: { signIn }, version });
}

async function ageSession(server: TestServer, userId: string, set: { created_at?: string; last_seen_at?: string }) {
  await server.handle.db.updateTable('sessions').set(set).where('user_id', '=', userId).execute();
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('the bundled list of common passwords', () => {
  it('holds tens of thousands, lowercased, and is checked case-insensitively after the length', () => {
    expect(commonPasswords().size).toBeGreaterThan(40_000);
    expect(commonPasswords().has('password')).toBe(true);
    expect(passwordProblem('PassWord1234', 10)).toBe('common');
    expect(passwordProblem('qwerty', 10)).toBe('too_short');
    expect(passwordProblem('correct-horse-battery', 10)).toBeNull();
    expect(passwordProblem('correct-horse-battery', 22)).toBe('too_short');
    // Code points, not UTF-16 units: eight emoji are eight characters.
    expect(passwordProblem('🔑'.repeat(8), 8)).toBeNull();
  });
});

describe.each(DIALECTS)('password rules on %s', (dialect) => {
  it('refuses a short or common password when an admin adds a user, by the workspace minimum', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const client = await server.as(admin);
    const user = (password: string) => client.post('/api/v1/users', { name: 'Vera', email: `vera-${Math.random()}@example.test`, role: 'manager', password });
    const common = await user('Password1234');
    expect(common.status).toBe(400);
    expect(common.body.error).toMatchObject({ code: 'weak_password', fields: { password: 'common' } });
    expect((await setPolicy(client, { passwordMinLength: 14 })).status).toBe(200);
    const short = await user('thirteen-char');
    expect(short.status).toBe(400);
    expect(short.body.error).toMatchObject({ code: 'weak_password', fields: { password: 'too_short' }, minLength: 14 });
    expect((await user('fourteen-chars')).status).toBe(201);
    const users = await server.handle.db.selectFrom('users').select('email').where('workspace_id', '=', admin.workspace_id).execute();
    expect(users).toHaveLength(2);
  });

  it('keeps the minimum within 8..128', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    for (const bad of [7, 129, 10.5]) {
      const res = await setPolicy(client, { passwordMinLength: bad });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['settings.signIn.passwordMinLength']);
    }
    expect((await setPolicy(client, { passwordMinLength: 8 })).body.workspace.settings.signIn.passwordMinLength).toBe(8);
  });

  it('changes your own password: the current one is asked, a common one refused, other sessions end', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ role: 'manager' });
    const laptop = await server.as(user);
    const phone = await server.as(user);
    const wrong = await laptop.post('/api/v1/me/password', { currentPassword: 'not-my-password', newPassword: 'a-new-long-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.fields).toEqual({ currentPassword: 'invalid_credentials' });
    const common = await laptop.post('/api/v1/me/password', { currentPassword: user.password, newPassword: 'iloveyou123' });
    expect(common.status).toBe(400);
    expect(common.body.error).toMatchObject({ code: 'weak_password', fields: { newPassword: 'common' } });
    expect((await phone.get('/api/v1/me')).status).toBe(200);

    const changed = await laptop.post('/api/v1/me/password', { currentPassword: user.password, newPassword: 'a-new-long-password' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ endedSessions: 1 });
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(401);
    expect((await server.as({ email: user.email, password: 'a-new-long-password' }))).toBeTruthy();
    expect(await listAuditEntries(server.handle.db, user.workspace_id, { action: 'user.password_changed' })).toHaveLength(1);
  });
});

describe.each(DIALECTS)('session rules on %s', (dialect) => {
  it('ends a session idle past the timeout, and keeps one used within it', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const adminClient = await server.as(admin);
    expect((await setPolicy(adminClient, { idleTimeoutMinutes: 4 })).status).toBe(400);
    expect((await setPolicy(adminClient, { idleTimeoutMinutes: 30 })).status).toBe(200);
    const user = await server.build.user({ workspace: { id: admin.workspace_id } as never, role: 'manager' });
    const client = await server.as(user);
    await ageSession(server, user.id, { last_seen_at: minutesAgo(29) });
    expect((await client.get('/api/v1/me')).status).toBe(200);
    // That request touched the session: it is fresh again.
    const row = await server.handle.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(Date.now() - Date.parse(row.last_seen_at)).toBeLessThan(60_000);
    await ageSession(server, user.id, { last_seen_at: minutesAgo(31) });
    expect((await client.get('/api/v1/me')).status).toBe(401);
    const ended = await server.handle.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(ended.revoked_at).not.toBeNull();
    const audits = await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'auth.session_expired' });
    expect(audits).toHaveLength(1);
  });

  it('ends a busy session at the maximum age', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const client = await server.as(admin);
    expect((await setPolicy(client, { maxSessionAgeHours: 8 })).status).toBe(200);
    await ageSession(server, admin.id, { created_at: minutesAgo(7 * 60 + 59), last_seen_at: minutesAgo(0.5) });
    expect((await client.get('/api/v1/me')).status).toBe(200);
    await ageSession(server, admin.id, { created_at: minutesAgo(8 * 60 + 1) });
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('signs out the oldest sessions past the limit per user, and "sign out everywhere else" keeps this one', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    expect((await setPolicy(await server.as(admin), { maxSessionsPerUser: 2 })).status).toBe(200);
    // The admin's first session is already over the limit of 2 with the next two.
    const first = await server.as(admin);
    const second = await server.as(admin);
    expect((await first.get('/api/v1/me')).status).toBe(200);
    const third = await server.as(admin);
    expect((await first.get('/api/v1/me')).status).toBe(401);
    expect((await second.get('/api/v1/me')).status).toBe(200);
    expect((await third.get('/api/v1/sessions')).body.items).toHaveLength(2);
    expect(await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'auth.sessions_limited' })).not.toHaveLength(0);

    const others = await third.post('/api/v1/sessions/sign-out-others', {});
    expect(others.body).toEqual({ ended: 1 });
    expect((await second.get('/api/v1/me')).status).toBe(401);
    expect((await third.get('/api/v1/me')).status).toBe(200);
  });
});

describe.each(DIALECTS)('IP allowlists per role on %s', (dialect) => {
  async function managerIn(server: TestServer, workspace: Ws) {
    return server.build.user({ workspace: workspace as never, role: 'manager' });
  }
  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  it('refuses a sign-in and every request from outside the role list, only once the password is right', async () => {
    const server = await testServer(dialect, { TRUST_PROXY: '1' });
    const admin = await server.build.user();
    const adminClient = await server.as(admin);
    const ws = { id: admin.workspace_id };
    expect((await setPolicy(adminClient, { ipAllowlists: { manager: ['10.0.0.0/8', '2001:db8::/32'] } })).status).toBe(200);
    const manager = await managerIn(server, ws);

    const wrong = await server.client().post('/api/v1/auth/sign-in', { email: manager.email, password: 'wrong-password' }, from('192.0.2.7'));
    expect(wrong.status).toBe(401);
    const outside = await server.client().post('/api/v1/auth/sign-in', { email: manager.email, password: manager.password }, from('192.0.2.7'));
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('ip_not_allowed');
    expect(outside.headers['set-cookie']).toBeUndefined();
    const refused = await server.handle.db.selectFrom('refused_attempts').selectAll().where('user_id', '=', manager.id).execute();
    expect(refused.map((r) => [r.route, r.status, r.count])).toEqual([['POST sign-in', 403, 1]]);
    const failed = await listAuditEntries(server.handle.db, ws.id, { action: 'auth.sign_in_failed' });
    expect(failed.some((e) => JSON.stringify(e.changes).includes('ip_not_allowed'))).toBe(true);

    const client = server.client();
    expect((await client.post('/api/v1/auth/sign-in', { email: manager.email, password: manager.password }, from('2001:db8:5::1'))).status).toBe(200);
    expect((await client.get('/api/v1/me', from('2001:db8:5::1'))).status).toBe(200);
    expect((await client.get('/api/v1/me', from('10.20.30.40'))).status).toBe(200);
    const moved = await client.get('/api/v1/contacts', from('198.51.100.1'));
    expect(moved.status).toBe(403);
    expect(moved.body.error.code).toBe('ip_not_allowed');
    const counted = await server.handle.db.selectFrom('refused_attempts').select(['route', 'status']).where('user_id', '=', manager.id).execute();
    expect(counted).toContainEqual({ route: 'GET /api/v1/contacts', status: 403 });
    // Other roles are not narrowed.
    expect((await adminClient.get('/api/v1/me', from('198.51.100.1'))).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const adminClient = await server.as(admin);
    // The test client comes from 127.0.0.1.
    expect((await setPolicy(adminClient, { ipAllowlists: { manager: ['10.0.0.0/8'] } })).status).toBe(200);
    const manager = await managerIn(server, { id: admin.workspace_id });
    const forged = await server.client().post('/api/v1/auth/sign-in', { email: manager.email, password: manager.password }, from('10.1.1.1'));
    expect(forged.status).toBe(403);
    expect((await setPolicy(adminClient, { ipAllowlists: { manager: ['127.0.0.0/8'] } })).status).toBe(200);
    expect((await server.client().post('/api/v1/auth/sign-in', { email: manager.email, password: manager.password })).status).toBe(200);
  });

  it('refuses an allowlist that would lock out the admin making it, and bad ranges, changing nothing', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user();
    const client = await server.as(admin);
    const before = (await client.get('/api/v1/workspace')).body.workspace;
    const locked = await setPolicy(client, { ipAllowlists: { admin: ['10.0.0.0/8'] } });
    expect(locked.status).toBe(400);
    expect(locked.body.error).toMatchObject({ code: 'would_lock_you_out', fields: { 'settings.signIn.ipAllowlists.admin': 'would_lock_you_out' }, ip: '127.0.0.1' });
    const bad = await setPolicy(client, { ipAllowlists: { manager: ['10.0.0.0/33', 'office'] } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['settings.signIn.ipAllowlists.manager.0', 'settings.signIn.ipAllowlists.manager.1']);
    expect((await client.get('/api/v1/workspace')).body.workspace).toEqual(before);
    // Its own address in the list, or another role's list: fine.
    expect((await setPolicy(client, { ipAllowlists: { admin: ['127.0.0.1', '::1'], manager: ['10.0.0.0/8'] } })).status).toBe(200);
    expect((await client.get('/api/v1/me')).status).toBe(200);
  });
});
