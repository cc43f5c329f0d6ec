import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';

describe.each(DIALECTS)('sign-in and sessions on %s', (dialect) => {
  it('signs in case-insensitively, sets httpOnly SameSite=Lax cookies and audits it', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user({ email: 'mila@example.test' });
    const client = server.client();
    const res = await client.post('/api/v1/auth/sign-in', { email: '  MILA@example.test ', password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, email: 'mila@example.test' });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    const session = setCookie.find((c) => c.startsWith('kt_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(setCookie.find((c) => c.startsWith('kt_csrf='))).not.toMatch(/HttpOnly/);
    const audit = await listAuditEntries(server.handle.db, user.workspace_id, { action: 'auth.signed_in' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(user.id);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const wrong = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: 'wrong-password' });
    const unknown = await server.client().post('/api/v1/auth/sign-in', { email: 'nobody@example.test', password: 'wrong-password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({ code: 'unauthenticated', message: 'Wrong email or password', fields: { password: 'invalid_credentials' } });
    }
  });

  it('locks the account after repeated failures, even for the right password, until the lock ends', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: 'nope-nope' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    expect(locked.body.error.minutes).toBe(15);
    const actions = (await listAuditEntries(server.handle.db, user.workspace_id)).map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(5);
    expect(actions).toContain('auth.locked');
    expect(actions).toContain('auth.sign_in_blocked');

    await server.handle.db.updateTable('users').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', user.id).execute();
    expect((await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password })).status).toBe(200);
  });

  it('answers an unknown email exactly as a known account, lock included, so answers tell no one which emails exist', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const attempt = (email: string, password = 'nope-nope') => server.client().post('/api/v1/auth/sign-in', { email, password });
    for (const email of [user.email, 'nobody-here@example.test']) {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await attempt(email));
      expect(answers.map((a) => a.status), email).toEqual([401, 401, 401, 401, 423]);
      expect(answers[0]!.body.error).toEqual({ code: 'unauthenticated', message: 'Wrong email or password', fields: { password: 'invalid_credentials' } });
      // Locked: the same answer whatever the password, for an account and for nobody.
      const locked = await attempt(email, email === user.email ? user.password : 'any-password');
      expect(locked.status, email).toBe(423);
      expect(locked.body.error, email).toMatchObject({ code: 'account_locked', message: 'Too many failed attempts; try again in 15 min', lockedUntil: expect.any(String), minutes: 15 });
      expect(Object.keys(locked.body.error).sort(), email).toEqual(['code', 'fields', 'lockedUntil', 'message', 'minutes']);
    }
    // An unknown email in other letter case is the same unknown email.
    expect((await attempt('NOBODY-here@example.test')).status).toBe(423);

    // A blocked account with a wrong password answers as any wrong password; only its own password learns it is blocked.
    const blocked = await server.build.user();
    await server.handle.db.updateTable('users').set({ blocked_at: new Date().toISOString(), blocked_reason: 'exfiltration_alarm' }).where('id', '=', blocked.id).execute();
    const wrong = await attempt(blocked.email);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: 'unauthenticated', message: 'Wrong email or password', fields: { password: 'invalid_credentials' } });
    expect((await attempt(blocked.email, blocked.password)).body.error.code).toBe('account_blocked');
  });

  it('refuses a deactivated user', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    await server.handle.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    expect((await client.get('/api/v1/me')).status).toBe(401);
    const res = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
    expect(res.status).toBe(403);
  });

  it('signs out: the old cookie stops working', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const token = client.cookie('kt_session')!;
    expect((await client.post('/api/v1/auth/sign-out', {})).status).toBe(204);
    expect(client.cookie('kt_session')).toBeUndefined();
    const replay = await server.client().get('/api/v1/me', { cookie: `kt_session=${token}` });
    expect(replay.status).toBe(401);
  });

  it('expires sessions', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    await server.handle.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', user.id).execute();
    const res = await client.get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe.each(DIALECTS)('the signed-in user profile on %s', (dialect) => {
  it('changes language with optimistic locking and keeps history', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const me = (await client.get('/api/v1/me')).body.user;
    const res = await client.patch('/api/v1/me', { locale: 'bg', version: me.version });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ locale: 'bg', version: me.version + 1 });

    const stale = await client.patch('/api/v1/me', { locale: 'ru', version: me.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect((await client.get('/api/v1/me')).body.user.locale).toBe('bg');

    const bad = await client.patch('/api/v1/me', { locale: 'de', timeZone: 'Nowhere/City', version: me.version + 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ locale: 'invalid_option', timeZone: 'invalid_time_zone' });

    const versions = await server.handle.db.selectFrom('record_versions').select(['version', 'action']).where('entity_id', '=', user.id).orderBy('version').execute();
    expect(versions).toEqual([{ version: 1, action: 'create' }, { version: 2, action: 'update' }]);
    const audit = await listAuditEntries(server.handle.db, user.workspace_id, { action: 'user.updated' });
    expect(audit[0]!.changes).toEqual({ locale: ['en', 'bg'] });
  });
});
