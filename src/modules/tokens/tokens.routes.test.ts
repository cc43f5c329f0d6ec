import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { touchApiToken } from './api-tokens.repository.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { hashToken } from '../auth/session-token.js';

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function tokenFor(server: TestServer, user: { email: string; password: string }, scopes: string[], extra: Record<string, unknown> = {}) {
  const client = await server.as(user);
  const res = await client.post('/api/v1/tokens', { name: 'Integration', scopes, ...extra });
  expect(res.status).toBe(201);
  return { client, token: res.body.token, secret: res.body.secret as string };
}

describe.each(DIALECTS)('personal API tokens on %s', (dialect) => {
  it('creates a token shown once, stores only its hash, lists and revokes your own, and audits both', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const { client, token, secret } = await tokenFor(server, user, ['users:read', 'contacts:write', 'users:read']);
    expect(secret).toMatch(/^kt_[A-Za-z0-9_-]{43}$/);
    expect(token).toEqual({
      id: expect.any(String), name: 'Integration', prefix: secret.slice(3, 11), scopes: ['contacts:write', 'users:read'],
      expiresAt: null, lastUsedAt: null, revokedAt: null, createdAt: expect.any(String),
    });
    const row = await server.handle.db.selectFrom('api_tokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(3));

    const list = await client.get('/api/v1/tokens');
    expect(list.body.items).toEqual([token]);
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const stranger = await server.as(await server.build.user());
    expect((await stranger.get('/api/v1/tokens')).body.items).toEqual([]);
    expect((await stranger.delete(`/api/v1/tokens/${token.id}`)).status).toBe(404);

    expect((await client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
    expect((await client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
    expect((await client.get('/api/v1/tokens')).body.items[0].revokedAt).toEqual(expect.any(String));
    const actions = (await listAuditEntries(server.handle.db, user.workspace_id, { entityType: 'api_token' })).map((a) => [a.action, a.actor_id]);
    expect(actions).toEqual([['api_token.revoked', user.id], ['api_token.created', user.id]]);
  });

  it('validates name, scopes and expiry', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const bad = await client.post('/api/v1/tokens', { name: ' ', scopes: ['contacts:read', 'contacts:everything'], expiresAt: 'tomorrow' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ name: 'required', 'scopes.1': 'invalid_scope', expiresAt: expect.any(String) });
    expect((await client.post('/api/v1/tokens', { name: 'x', scopes: [] })).body.error.fields).toEqual({ scopes: 'required' });
    const past = await client.post('/api/v1/tokens', { name: 'x', scopes: ['contacts:read'], expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.body.error.fields).toEqual({ expiresAt: 'in_past' });
  });

  it('acts as its owner narrowed by scopes: read cannot write, and no CSRF header is needed', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const reader = (await tokenFor(server, admin, ['users:read'])).secret;
    // Enough to hand out the manager role: nobody, token or not, grants rights they do not have.
    const writer = (await tokenFor(server, admin, ['users:write', 'contacts:write', 'companies:write', 'deals:write', 'products:read', 'activities:write', 'reports:read'])).secret;
    const other = (await tokenFor(server, admin, ['contacts:read'])).secret;
    const api = server.client();

    const me = await api.get('/api/v1/me', bearer(reader));
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(admin.id);
    expect((await api.get('/api/v1/users', bearer(reader))).status).toBe(200);
    expect((await api.get('/api/v1/users', bearer(other))).status).toBe(403);

    const newUser = { name: 'Via API', email: `api-${Date.now()}@example.test`, role: 'manager', password: 'long-enough-password' };
    const denied = await api.post('/api/v1/users', newUser, bearer(reader));
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    expect((await api.post('/api/v1/users', newUser, bearer(writer))).status).toBe(201);
    // Changing settings needs the `admin` level even for an administrator's token.
    expect((await api.post('/api/v1/roles', { name: 'Via API' }, bearer(writer))).status).toBe(403);

    // Account-level routes need a session.
    expect((await api.get('/api/v1/tokens', bearer(writer))).status).toBe(403);
    expect((await api.post('/api/v1/tokens', { name: 'again', scopes: ['users:read'] }, bearer(writer))).status).toBe(403);
    expect((await api.get('/api/v1/sessions', bearer(writer))).status).toBe(403);
    expect((await api.patch('/api/v1/me', { name: 'Renamed', version: me.body.user.version }, bearer(writer))).status).toBe(403);
  });

  it('refuses unknown, revoked and expired tokens and tokens of deactivated users with 401, blocked owners with 403', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const api = server.client();
    const { client, token, secret } = await tokenFor(server, user, ['users:read']);
    expect((await api.get('/api/v1/me', bearer(secret))).status).toBe(200);

    for (const wrong of ['kt_unknown', 'not-a-kt-token', `${secret}x`]) {
      const res = await api.get('/api/v1/me', bearer(wrong));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }

    const db = server.handle.db;
    await db.updateTable('users').set({ blocked_at: new Date().toISOString(), blocked_reason: 'exfiltration_alarm' }).where('id', '=', user.id).execute();
    const blocked = await api.get('/api/v1/me', bearer(secret));
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('account_blocked');
    await db.updateTable('users').set({ blocked_at: null, blocked_reason: null }).where('id', '=', user.id).execute();

    await db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    expect((await api.get('/api/v1/me', bearer(secret))).status).toBe(401);
    await db.updateTable('users').set({ is_active: 1 }).where('id', '=', user.id).execute();

    await db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', token.id).execute();
    expect((await api.get('/api/v1/me', bearer(secret))).status).toBe(401);
    await db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() + 60_000).toISOString() }).where('id', '=', token.id).execute();
    expect((await api.get('/api/v1/me', bearer(secret))).status).toBe(200);

    expect((await client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
    expect((await api.get('/api/v1/me', bearer(secret))).status).toBe(401);
  });

  it('ignores other authorization schemes and notes when a token was last used, at most once a minute', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const { token, secret } = await tokenFor(server, user, ['users:read']);
    expect((await server.client().get('/api/v1/me', { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);

    await server.client().get('/api/v1/me', bearer(secret));
    const lastUsed = async () => (await server.handle.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow()).last_used_at;
    const first = await lastUsed();
    expect(first).toEqual(expect.any(String));
    await server.client().get('/api/v1/me', bearer(secret));
    expect(await lastUsed()).toBe(first);
    const earlier = new Date(Date.parse(first!) - 61_000).toISOString();
    await server.handle.db.updateTable('api_tokens').set({ last_used_at: earlier }).where('id', '=', token.id).execute();
    await server.client().get('/api/v1/me', bearer(secret));
    expect(await lastUsed()).not.toBe(earlier);
  });

  it('writes last-used once when requests that loaded the same stale value race, in one process or two', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const { token, secret } = await tokenFor(server, user, ['users:read']);
    const db = server.handle.db;
    const stale = new Date(Date.now() - 5 * 60_000).toISOString();
    await db.updateTable('api_tokens').set({ last_used_at: stale }).where('id', '=', token.id).execute();
    const results = await Promise.all(Array.from({ length: 8 }, () => server.client().get('/api/v1/me', bearer(secret))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const written = (await db.selectFrom('api_tokens').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow()).last_used_at!;
    expect(written > stale).toBe(true);
    // A request elsewhere that read the stale value a moment ago finds the row already touched and leaves it.
    const later = new Date(Date.parse(written) + 1000).toISOString();
    await touchApiToken(db, token.id, later, new Date(Date.parse(later) - 60_000).toISOString());
    expect((await db.selectFrom('api_tokens').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow()).last_used_at).toBe(written);
  });
});
