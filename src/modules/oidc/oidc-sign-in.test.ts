import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { startOidcProvider, signInAtProvider, type TestOidcProvider } from '../../../test/oidc-provider.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { base32Decode, totp } from '../auth/totp.js';

const ENV = { OIDC_ALLOW_HTTP: '1' };
let idp: TestOidcProvider;
let n = 0;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUris: ['http://localhost:3000/api/v1/auth/oidc/callback'] });
}, 30_000);
afterAll(() => idp?.stop());

/** A person known to the provider (login and email unique to this test). */
async function person(options: { verified?: boolean; domain?: string; name?: string } = {}) {
  const login = `person-${Date.now().toString(36)}-${++n}`;
  const email = `${login}@${options.domain ?? 'example.test'}`;
  await idp.addAccount({ login, email, email_verified: options.verified ?? true, name: options.name ?? 'Provider Person' });
  return { login, email };
}

async function addProvider(client: TestClient, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/oidc-providers', { name: 'Test IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.provider as { id: string; version: number };
}

/** Starts at Kartoteka, signs in at the provider as `login`, and answers the callback's answer. */
async function roundTrip(server: TestServer, providerId: string, login: string, options: { browser?: TestClient; beforeCallback?: () => Promise<void> } = {}) {
  const browser = options.browser ?? server.client();
  const start = await browser.get(`/api/v1/auth/oidc/${providerId}/start`);
  expect(start.status).toBe(302);
  const back = await signInAtProvider(start.headers.location as string, login);
  await options.beforeCallback?.();
  const callback = await browser.get(`${back.pathname}${back.search}`);
  return { browser, back, callback, location: callback.headers.location as string };
}

async function setup(server: TestServer, extra: Record<string, unknown> = {}) {
  const admin = await server.build.user();
  const adminClient = await server.as(admin);
  const provider = await addProvider(adminClient, extra);
  return { admin, adminClient, provider, workspace: { id: admin.workspace_id } as never };
}

describe.each(DIALECTS)('OpenID providers (admin) on %s', (dialect) => {
  it('adds, lists and disables providers without ever answering the secret; only for settings managers', async () => {
    const server = await testServer(dialect, ENV);
    const { adminClient, provider, workspace } = await setup(server);
    const list = await adminClient.get('/api/v1/oidc-providers');
    expect(list.body.redirectUri).toBe('http://localhost:3000/api/v1/auth/oidc/callback');
    expect(list.body.items).toEqual([expect.objectContaining({ id: provider.id, hasClientSecret: true, enabled: true, allowedDomains: [] })]);
    expect(JSON.stringify(list.body)).not.toContain(idp.clientSecret);
    expect((await server.client().get('/api/v1/auth/providers')).body.items).toContainEqual({ id: provider.id, name: 'Test IdP' });

    const noRole = await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { autoCreateUsers: true, version: provider.version });
    expect(noRole.body.error.fields).toEqual({ defaultRole: 'required' });
    const ghost = await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { autoCreateUsers: true, defaultRole: 'no_such_role', version: provider.version });
    expect(ghost.body.error.fields).toEqual({ defaultRole: 'not_found' });
    const off = await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { enabled: false, version: provider.version });
    expect(off.status).toBe(200);
    expect(JSON.stringify(off.body)).not.toContain(idp.clientSecret);
    expect((await server.client().get('/api/v1/auth/providers')).body.items.map((p: { id: string }) => p.id)).not.toContain(provider.id);
    expect((await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { enabled: true, version: provider.version })).status).toBe(409);

    const manager = await server.build.user({ workspace, role: 'manager' });
    const managerClient = await server.as(manager);
    expect((await managerClient.get('/api/v1/oidc-providers')).status).toBe(403);
    expect((await managerClient.post('/api/v1/oidc-providers', { name: 'X', issuer: idp.issuer, clientId: 'x', clientSecret: 'y' })).status).toBe(403);
    const audits = await listAuditEntries(server.handle.db, (await server.handle.db.selectFrom('oidc_providers').select('workspace_id').where('id', '=', provider.id).executeTakeFirstOrThrow()).workspace_id, {});
    expect(JSON.stringify(audits)).not.toContain(idp.clientSecret);
  });

  it('refuses a plain-HTTP issuer unless the install allows it', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const res = await client.post('/api/v1/oidc-providers', { name: 'Lab', issuer: 'http://idp.example.test', clientId: 'x', clientSecret: 'y' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ issuer: 'https_required' });
  });
});

describe.each(DIALECTS)('signing in with OpenID Connect on %s', (dialect) => {
  it('signs in a user matched by verified email, through a real provider with PKCE, state and nonce', async () => {
    const server = await testServer(dialect, ENV);
    const { provider, workspace } = await setup(server);
    const who = await person();
    const user = await server.build.user({ workspace, role: 'manager', email: who.email });
    const { browser, back, location, callback } = await roundTrip(server, provider.id, who.login);
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(callback.status).toBe(302);
    expect(location).toBe('/');
    const me = await browser.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: user.id, role: 'manager' });
    const signedIn = await listAuditEntries(server.handle.db, user.workspace_id, { action: 'auth.signed_in' });
    expect(signedIn.filter((e) => (e.changes as { via?: string } | null)?.via === 'oidc').map((e) => e.changes)).toEqual([{ via: 'oidc', provider: provider.id }]);

    // The same callback again (state used up) signs nobody in.
    const replay = server.client();
    const again = await replay.get(`${back.pathname}${back.search}`);
    expect(again.headers.location).toBe('/sign-in?signInError=invalid_state');
    expect(replay.cookie('kt_session')).toBeUndefined();
  });

  it('refuses a forged state, a state from another browser, a wrong nonce and an expired code, changing nothing', async () => {
    const server = await testServer(dialect, ENV);
    const { provider, workspace, admin, adminClient } = await setup(server);
    const who = await person();
    const user = await server.build.user({ workspace, role: 'manager', email: who.email });

    const forged = server.client();
    const res = await forged.get('/api/v1/auth/oidc/callback?state=made-up-state&code=made-up-code');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/sign-in?signInError=invalid_state');

    // A callback URL carried to another browser (login CSRF, a leaked link): the state is bound to the first.
    const start = await server.client().get(`/api/v1/auth/oidc/${provider.id}/start`);
    const back = await signInAtProvider(start.headers.location as string, who.login);
    const otherBrowser = server.client();
    const stolen = await otherBrowser.get(`${back.pathname}${back.search}`);
    expect(stolen.headers.location).toBe('/sign-in?signInError=invalid_state');
    expect(otherBrowser.cookie('kt_session')).toBeUndefined();

    const nonce = await roundTrip(server, provider.id, who.login, {
      beforeCallback: async () => { await server.handle.db.updateTable('oidc_logins').set({ nonce: 'not-the-nonce-sent' }).where('used_at', 'is', null).where('provider_id', '=', provider.id).execute(); },
    });
    expect(nonce.location).toBe('/sign-in?signInError=code_rejected');

    const short = await addProvider(adminClient, { name: 'Short codes', clientId: 'kartoteka-short-code' });
    const expired = await roundTrip(server, short.id, who.login, { beforeCallback: () => new Promise((r) => setTimeout(r, 2_500)) });
    expect(expired.location).toBe('/sign-in?signInError=code_rejected');

    expect(await server.handle.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    const failed = await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'auth.oidc_failed' });
    expect(failed.map((e) => (e.changes as { reason: string }).reason).sort()).toEqual(['code_rejected', 'code_rejected', 'invalid_state']);
  }, 30_000);

  it('refuses unverified and unknown emails, other domains and disabled providers; creates people only when allowed, with the admin\'s role', async () => {
    const server = await testServer(dialect, ENV);
    const { provider, adminClient, admin } = await setup(server, { allowedDomains: ['example.test'] });
    const users = () => server.handle.db.selectFrom('users').select(['email', 'role']).where('workspace_id', '=', admin.workspace_id).execute();
    const before = await users();

    expect((await roundTrip(server, provider.id, (await person({ verified: false })).login)).location).toBe('/sign-in?signInError=email_not_verified');
    expect((await roundTrip(server, provider.id, (await person()).login)).location).toBe('/sign-in?signInError=unknown_account');
    expect((await roundTrip(server, provider.id, (await person({ domain: 'elsewhere.test' })).login)).location).toBe('/sign-in?signInError=domain_not_allowed');
    expect(await users()).toEqual(before);

    const on = await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { autoCreateUsers: true, defaultRole: 'read_only', version: provider.version });
    expect(on.status).toBe(200);
    const newcomer = await person({ name: 'Нина Петрова' });
    const created = await roundTrip(server, provider.id, newcomer.login);
    expect(created.location).toBe('/');
    expect((await created.browser.get('/api/v1/me')).body.user).toMatchObject({ email: newcomer.email, name: 'Нина Петрова', role: 'read_only' });
    expect(await listAuditEntries(server.handle.db, admin.workspace_id, { action: 'user.created_via_oidc' })).toHaveLength(1);

    const started = server.client();
    const start = await started.get(`/api/v1/auth/oidc/${provider.id}/start`);
    const back = await signInAtProvider(start.headers.location as string, newcomer.login);
    expect((await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { enabled: false, version: on.body.provider.version })).status).toBe(200);
    expect((await started.get(`${back.pathname}${back.search}`)).headers.location).toBe('/sign-in?signInError=provider_disabled');
    expect(started.cookie('kt_session')).toBeUndefined();
    expect((await server.client().get(`/api/v1/auth/oidc/${provider.id}/start`)).headers.location).toBe('/sign-in?signInError=provider_disabled');
  }, 30_000);

  it('still asks for the authenticator code unless the provider is trusted for it, and keeps the IP allowlist', async () => {
    const server = await testServer(dialect, ENV);
    const { provider, adminClient, workspace } = await setup(server);
    const who = await person();
    const user = await server.build.user({ workspace, role: 'manager', email: who.email });
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await server.handle.db.updateTable('users').set({ totp_secret: secret, totp_enabled_at: new Date().toISOString() }).where('id', '=', user.id).execute();

    const asked = await roundTrip(server, provider.id, who.login);
    const challenge = /^\/sign-in#twoFactor=(.+)$/.exec(asked.location)?.[1];
    expect(challenge).toBeTruthy();
    expect(asked.browser.cookie('kt_session')).toBeUndefined();
    const code = totp(base32Decode(secret), Date.now());
    expect((await asked.browser.post('/api/v1/auth/sign-in/two-factor', { challenge: decodeURIComponent(challenge!), code })).status).toBe(200);
    expect((await asked.browser.get('/api/v1/me')).status).toBe(200);

    const trusted = await adminClient.patch(`/api/v1/oidc-providers/${provider.id}`, { trustedMfa: true, version: provider.version });
    expect(trusted.status).toBe(200);
    expect((await roundTrip(server, provider.id, who.login)).location).toBe('/');

    const version = (await adminClient.get('/api/v1/workspace')).body.workspace.version;
    await adminClient.patch('/api/v1/workspace', { settings: { signIn: { ipAllowlists: { manager: ['10.0.0.0/8'] } } }, version });
    const outside = await roundTrip(server, provider.id, who.login);
    expect(outside.location).toBe('/sign-in?signInError=ip_not_allowed');
    expect(outside.browser.cookie('kt_session')).toBeUndefined();
  }, 30_000);
});
