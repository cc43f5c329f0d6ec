import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/db.js';
import { testServer } from '../../test/server.js';

describe.each(DIALECTS)('HTTP edge cases on %s', (dialect) => {
  it('answers health, readiness and the OpenAPI document', async () => {
    const server = await testServer(dialect);
    const c = server.client();
    expect((await c.get('/health')).body).toEqual({ status: 'ok' });
    expect((await c.get('/ready')).body).toEqual({ status: 'ready' });
    const doc = await c.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/setup', '/api/v1/auth/sign-in', '/api/v1/me']));
    expect((await c.get('/api/docs/')).status).toBe(200);
  });

  it('sets a request id and security headers', async () => {
    const res = await (await testServer(dialect)).client().get('/health', { 'x-request-id': 'trace-123' });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers a JSON 404 for an unknown API route, signed in or not', async () => {
    const server = await testServer(dialect);
    const res = await server.client().get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', fields: {} });
    const user = await server.build.user();
    const signed = await server.as(user);
    expect((await signed.post('/api/v1/nothing-here', {})).status).toBe(404);
  });

  it('answers 401 without a session and for a forged one', async () => {
    const server = await testServer(dialect);
    const res = await server.client().get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    const forged = await server.client().get('/api/v1/me', { cookie: 'kt_session=forged-token' });
    expect(forged.status).toBe(401);
    // The session is checked before the body: a stranger gets no field errors to learn the schema from.
    const badBody = await server.client().post('/api/v1/contacts', { nonsense: 1 });
    expect(badBody.status).toBe(401);
    expect(badBody.body.error.code).toBe('unauthenticated');
  });

  it('limits sign-in attempts per address, with the usual error body', async () => {
    const server = await testServer(dialect, { AUTH_RATE_LIMIT: '3' });
    const attempt = () => server.client().post('/api/v1/auth/sign-in', { email: 'nobody@example.com', password: 'wrong-password-1' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'rate_limited', fields: {} });
    expect(limited.body.error.message).toMatch(/try again in \d+ s/);
    // Other routes are not limited by it.
    expect((await server.client().get('/health')).status).toBe(200);
  });

  it('rejects malformed JSON, wrong content types, unknown fields, wrong types and oversized bodies', async () => {
    const server = await testServer(dialect);
    const c = server.client();
    const malformed = await c.request('POST', '/api/v1/auth/sign-in', '{"email": "a@b.c", "password": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');

    const text = await c.request('POST', '/api/v1/auth/sign-in', 'email=a', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported_media_type');

    const unknown = await c.post('/api/v1/auth/sign-in', { email: 'a@b.c', password: 'x', admin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ admin: 'unknown_field' });

    const wrongType = await c.post('/api/v1/auth/sign-in', { email: 42, password: ['x'] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.fields).toEqual({ email: 'invalid_type', password: 'invalid_type' });

    const huge = await c.post('/api/v1/auth/sign-in', { email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('refuses unsafe requests without the CSRF token or from another origin', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const me = (await client.get('/api/v1/me')).body.user;

    const noToken = await client.patch('/api/v1/me', { name: 'X', version: me.version }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf_failed');

    const crossSite = await server.client().post('/api/v1/auth/sign-in', { email: user.email, password: user.password }, { origin: 'https://evil.example', host: 'crm.example' });
    expect(crossSite.status).toBe(403);
    expect((await client.get('/api/v1/me')).body.user.name).toBe(me.name);
  });

  it('serves the web app for client-side routes when it is built', async () => {
    const res = await (await testServer(dialect)).client().get('/contacts/123', { accept: 'text/html' });
    // Without a web build (unit runs before `npm run build`) the answer is a JSON 404; with it, the SPA.
    if (res.status === 200) expect(String(res.body)).toContain('<div id="root">');
    else expect(res.status).toBe(404);
  });
});

describe('security headers over plain HTTP', () => {
  it('does not ask browsers to upgrade to https unless served behind TLS', async () => {
    const plain = await (await testServer('sqlite')).client().get('/health');
    expect(String(plain.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await (await testServer('sqlite', { COOKIE_SECURE: 'true' })).client().get('/health');
    expect(String(tls.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(tls.headers['strict-transport-security']).toBeDefined();
  });
});
