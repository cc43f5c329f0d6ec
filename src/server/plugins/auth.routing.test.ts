import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

// Spellings the router resolves to the same route as the plain path.
const CONTACTS = ['/api/v1/contacts', '/%61pi/v1/contacts', '/%61%70%69/v1/contacts', '/api/%76%31/contacts', '/api/v1/%63ontacts', '/%61pi/v1/contacts?limit=5'];
const SIGN_IN = ['/%61pi/v1/auth/sign-in', '/api/v1/%61uth/sign-in', '/api/v1/auth/sign%2Din'];

describe.each(DIALECTS)('the auth hook decides on the routed path on %s', (dialect) => {
  it('refuses an anonymous caller on every spelling of a protected route', async () => {
    const server = await testServer(dialect);
    for (const url of CONTACTS) {
      const res = await server.client().get(url);
      expect(res.status, url).toBe(401);
      expect(res.body.error.code, url).toBe('unauthenticated');
    }
  });

  it('checks the CSRF token on every spelling, and serves the signed-in caller on each', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    for (const url of CONTACTS) {
      const forged = await client.post(url, { firstName: 'Forged' }, { 'x-csrf-token': 'not-the-token' });
      expect(forged.status, url).toBe(403);
      expect(forged.body.error.code, url).toBe('csrf_failed');
      expect((await client.get(url)).status, url).toBe(200);
    }
    const list = await client.get('/api/v1/contacts');
    expect(list.body.items).toEqual([]);
  });

  it('refuses a cross-site sign-in on every spelling of the public route', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    for (const url of SIGN_IN) {
      const res = await server.client().post(url, { email: user.email, password: user.password }, { origin: 'https://evil.example' });
      expect(res.status, url).toBe(403);
      expect(res.body.error.code, url).toBe('csrf_failed');
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    // Same-origin sign-in through an encoded path still works: it is the same route.
    const ok = await server.client().post(SIGN_IN[0]!, { email: user.email, password: user.password });
    expect(ok.status).toBe(200);
  });

  it('keeps session-only routes from API tokens on every spelling', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const created = await client.post('/api/v1/tokens', { name: 'Integration', scopes: ['users:read'] });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.secret}` };
    for (const url of ['/api/v1/tokens', '/%61pi/v1/tokens', '/api/v1/%74okens', '/api/v1/sessions', '/%61pi/v1/%73essions']) {
      const res = await server.client().get(url, bearer);
      expect(res.status, url).toBe(403);
      expect(res.body.error.code, url).toBe('forbidden');
    }
    expect((await server.client().get('/%61pi/v1/users', bearer)).status).toBe(200);
  });

  it('answers unknown paths with 404 and checks credentials on them', async () => {
    const server = await testServer(dialect);
    expect((await server.client().get('/%61pi/v1/no-such-thing')).status).toBe(404);
    const badToken = await server.client().get('/%61pi/v1/no-such-thing', { authorization: 'Bearer kt_forged' });
    expect(badToken.status).toBe(401);
    expect((await server.client().get('/health')).status).toBe(200);
  });
});
