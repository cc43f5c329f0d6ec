import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { findRoleByKey } from '../roles/roles.service.js';
import { base32Decode, totp } from './totp.js';

// A step boundary, so "the next code" is exactly one step later.
const T0 = Math.floor(Date.now() / 30_000) * 30_000 + 5_000;
const codeAt = (secret: string, ms: number) => totp(base32Decode(secret), ms);

afterEach(() => freezeClock(null));

async function requireTwoFactorFor(server: TestServer, workspaceId: string, roleKey: string) {
  const role = await findRoleByKey(server.handle.db, workspaceId, roleKey);
  await server.handle.db.updateTable('roles').set({ require_two_factor: 1 }).where('id', '=', role!.id).execute();
}

/** A signed-in client whose user has two-factor sign-in on; the clock stands at T0. */
async function enrolled(server: TestServer, overrides: { role?: string } = {}) {
  freezeClock(new Date(T0));
  const user = await server.build.user(overrides);
  const client = await server.as(user);
  const setup = await client.post('/api/v1/me/two-factor/setup', {});
  expect(setup.status).toBe(200);
  const enable = await client.post('/api/v1/me/two-factor/enable', { code: codeAt(setup.body.secret, T0) });
  expect(enable.status).toBe(200);
  return { user, client, secret: setup.body.secret as string, me: enable.body.user };
}

describe.each(DIALECTS)('two-factor setup on %s', (dialect) => {
  it('gives a secret and an otpauth URL, enables with a valid code only, and shows it in Me', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ email: `two-${Date.now()}@example.test` });
    const client = await server.as(user);
    expect((await client.post('/api/v1/me/two-factor/enable', { code: '123456' })).body.error.fields).toEqual({ _: 'setup_not_started' });

    const setup = await client.post('/api/v1/me/two-factor/setup', {});
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toBe(`otpauth://totp/Kartoteka:${encodeURIComponent(user.email)}?secret=${setup.body.secret}&issuer=Kartoteka&algorithm=SHA1&digits=6&period=30`);
    expect((await client.get('/api/v1/me')).body.user.twoFactorEnabled).toBe(false);

    const wrong = await client.post('/api/v1/me/two-factor/enable', { code: '000000' === codeAt(setup.body.secret, Date.now()) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ code: 'invalid_code' });

    const ok = await client.post('/api/v1/me/two-factor/enable', { code: codeAt(setup.body.secret, Date.now()) });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: user.id, twoFactorEnabled: true, twoFactorSetupRequired: false });
    expect((await client.get('/api/v1/me')).body.user.twoFactorEnabled).toBe(true);
    expect((await client.post('/api/v1/me/two-factor/setup', {})).status).toBe(409);

    const actions = (await listAuditEntries(server.handle.db, user.workspace_id, { entityId: user.id })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.two_factor_setup_started', 'auth.two_factor_enabled']));
  });

  it('disables with the password, and refuses when the role requires it', async () => {
    const server = await testServer(dialect);
    const { user, client } = await enrolled(server, { role: 'manager' });
    const wrong = await client.post('/api/v1/me/two-factor/disable', { password: 'not-my-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ password: 'invalid_credentials' });

    await requireTwoFactorFor(server, user.workspace_id, 'manager');
    const refused = await client.post('/api/v1/me/two-factor/disable', { password: user.password });
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields).toEqual({ _: 'required_by_role' });

    await server.handle.db.updateTable('roles').set({ require_two_factor: 0 }).where('workspace_id', '=', user.workspace_id).where('key', '=', 'manager').execute();
    const off = await client.post('/api/v1/me/two-factor/disable', { password: user.password });
    expect(off.status).toBe(200);
    expect(off.body.user.twoFactorEnabled).toBe(false);
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
    const actions = (await listAuditEntries(server.handle.db, user.workspace_id, { entityId: user.id })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.two_factor_disable_failed', 'auth.two_factor_disabled']));
  });

  it('is not reachable with an API token', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const { secret } = (await client.post('/api/v1/tokens', { name: 'ci', scopes: ['users:write'] })).body;
    const res = await server.client().post('/api/v1/me/two-factor/setup', {}, { authorization: `Bearer ${secret}` });
    expect(res.status).toBe(403);
  });
});

describe.each(DIALECTS)('signing in with two-factor on %s', (dialect) => {
  it('answers a challenge after the password, and a session after a valid code; the same code never works twice', async () => {
    const server = await testServer(dialect);
    const { user, secret } = await enrolled(server);
    freezeClock(new Date(T0 + 30_000));
    const client = server.client();
    const first = await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(first.status).toBe(401);
    expect(first.body.error.code).toBe('two_factor_required');
    expect(first.body.error.challenge).toEqual(expect.any(String));
    expect(client.cookie('kt_session')).toBeUndefined();

    // The code that enabled two-factor (step T0) is within the window but already used.
    const replayOfEnable = await client.post('/api/v1/auth/sign-in/two-factor', { challenge: first.body.error.challenge, code: codeAt(secret, T0) });
    expect(replayOfEnable.status).toBe(401);
    expect(replayOfEnable.body.error.fields).toEqual({ code: 'invalid_code' });

    const code = codeAt(secret, T0 + 30_000);
    const second = await client.post('/api/v1/auth/sign-in/two-factor', { challenge: first.body.error.challenge, code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(second.status).toBe(200);
    expect(second.body.user).toMatchObject({ id: user.id, twoFactorEnabled: true });
    expect(client.cookie('kt_session')).toBeDefined();
    expect((await client.get('/api/v1/me')).status).toBe(200);

    const again = server.client();
    const challenge = (await again.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).body.error.challenge;
    const replay = await again.post('/api/v1/auth/sign-in/two-factor', { challenge, code });
    expect(replay.status).toBe(401);
    expect(replay.body.error.fields).toEqual({ code: 'invalid_code' });
    // The challenge is one-time: used once, it is gone.
    expect((await again.post('/api/v1/auth/sign-in/two-factor', { challenge: first.body.error.challenge, code: codeAt(secret, T0 + 60_000) })).body.error.fields).toEqual({ challenge: 'invalid' });

    const signedIn = await listAuditEntries(server.handle.db, user.workspace_id, { action: 'auth.signed_in' });
    expect(signedIn[0]!.changes).toEqual({ twoFactor: true });
  });

  it('voids the challenge after 5 wrong codes', async () => {
    const server = await testServer(dialect, { LOGIN_MAX_FAILURES: '20' });
    const { user, secret } = await enrolled(server);
    freezeClock(new Date(T0 + 30_000));
    const client = server.client();
    const { challenge } = (await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).body.error;
    const right = codeAt(secret, T0 + 30_000);
    const wrong = right === '000000' ? '000001' : '000000';
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await client.post('/api/v1/auth/sign-in/two-factor', { challenge, code: wrong })).body.error.fields);
    expect(answers.slice(0, 4)).toEqual(Array(4).fill({ code: 'invalid_code' }));
    expect(answers[4]).toEqual({ code: 'invalid_code', challenge: 'invalid' });
    const late = await client.post('/api/v1/auth/sign-in/two-factor', { challenge, code: right });
    expect(late.status).toBe(401);
    expect(late.body.error.fields).toEqual({ challenge: 'invalid' });
    // A new challenge still works with the right code.
    const fresh = (await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).body.error.challenge;
    expect((await client.post('/api/v1/auth/sign-in/two-factor', { challenge: fresh, code: right })).status).toBe(200);
  });

  it('counts wrong codes towards the account lock and expires challenges after 5 minutes', async () => {
    const server = await testServer(dialect);
    const { user, secret } = await enrolled(server);
    freezeClock(new Date(T0 + 30_000));
    const client = server.client();
    const challenge = async () => (await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).body.error.challenge;
    const wrong = codeAt(secret, T0 + 30_000) === '000000' ? '000001' : '000000';
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.post('/api/v1/auth/sign-in/two-factor', { challenge: await challenge(), code: wrong })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(423);

    await server.handle.db.updateTable('users').set({ locked_until: null, failed_sign_ins: 0 }).where('id', '=', user.id).execute();
    const stale = await challenge();
    freezeClock(new Date(T0 + 30_000 + 5 * 60_000 + 1));
    const late = await client.post('/api/v1/auth/sign-in/two-factor', { challenge: stale, code: codeAt(secret, T0 + 30_000 + 5 * 60_000 + 1) });
    expect(late.status).toBe(401);
    expect(late.body.error.fields).toEqual({ challenge: 'invalid' });
  });
});

describe.each(DIALECTS)('a role that requires two-factor on %s', (dialect) => {
  it('lets the user in only as far as setting it up', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ role: 'manager' });
    await requireTwoFactorFor(server, user.workspace_id, 'manager');
    const client = server.client();
    const signIn = await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ twoFactorEnabled: false, twoFactorSetupRequired: true });

    const blocked = await client.get('/api/v1/roles');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('two_factor_setup_required');
    expect((await client.get('/api/v1/sessions')).status).toBe(403);
    expect((await client.get('/api/v1/me')).status).toBe(200);
    const me = (await client.get('/api/v1/me')).body.user;
    expect((await client.patch('/api/v1/me', { locale: 'ru', version: me.version })).status).toBe(200);

    const setup = await client.post('/api/v1/me/two-factor/setup', {});
    expect(setup.status).toBe(200);
    const enable = await client.post('/api/v1/me/two-factor/enable', { code: codeAt(setup.body.secret, Date.now()) });
    expect(enable.body.user).toMatchObject({ twoFactorEnabled: true, twoFactorSetupRequired: false });
    expect((await client.get('/api/v1/roles')).status).toBe(200);
    expect((await client.post('/api/v1/auth/sign-out', {})).status).toBe(204);
  });

  it('still lets the user sign out before setting it up', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ role: 'manager' });
    await requireTwoFactorFor(server, user.workspace_id, 'manager');
    const client = await server.as(user);
    expect((await client.post('/api/v1/auth/sign-out', {})).status).toBe(204);
  });
});
