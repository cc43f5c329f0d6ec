import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, MAX_HEADER_BYTES } from '../../src/server/app.js';
import { loadConfig } from '../../src/platform/config.js';
import type { DatabaseHandle } from '../../src/db/connect.js';
import { DIALECTS, testDatabase } from '../db.js';
import { factories } from '../factories.js';

/** Sends raw bytes to the server and reads the whole answer: the HTTP parser's refusals never reach inject(). */
function raw(port: number, request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', (error) => (data ? undefined : reject(error)));
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.end(request);
  });
}

describe.each(DIALECTS)('limits of the HTTP layer on %s, over a real socket', (dialect) => {
  let app: FastifyInstance;
  let handle: DatabaseHandle;
  let port: number;
  let cookie: string;

  beforeAll(async () => {
    handle = await testDatabase(dialect);
    app = await buildApp({ db: handle.db, dialect, config: loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '10000' }), logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as net.AddressInfo).port;
    const user = await factories(handle.db).user();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }) });
    cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('accepts the documented 20,000-character filter, percent-encoded Cyrillic included', async () => {
    const value = 'я'.repeat(19_900);
    const filter = JSON.stringify([{ field: 'firstName', op: 'contains', value }]);
    expect(filter.length).toBeLessThanOrEqual(20_000);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/contacts?filter=${encodeURIComponent(filter)}`, { headers: { cookie } });
    // The filter value is over the column filter's 500-character limit: a field error, not a transport failure.
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.code).toBe('validation_failed');
    const fits = JSON.stringify([{ field: 'firstName', op: 'contains', value: 'я'.repeat(400) }]) + ' '.repeat(19_000);
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/contacts?filter=${encodeURIComponent(fits)}`, { headers: { cookie } });
    expect(ok.status).toBe(200);
  });

  it('answers 431 in the error shape, without echoing the request, when the request line and headers pass the limit', async () => {
    const secret = 'needle'.repeat(MAX_HEADER_BYTES / 6 + 10);
    const res = await raw(port, `GET /api/v1/contacts?q=${secret} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'headers_too_large', message: expect.any(String), fields: {} } });
    expect(res.body).not.toContain('needle');
  });

  it('answers a malformed request and an over-long path segment in the error shape', async () => {
    const bad = await raw(port, 'GARBAGE\r\n\r\n');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toEqual({ code: 'bad_request', message: expect.any(String), fields: {} });
    const long = 'z'.repeat(5000);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/contacts/${long}`, { headers: { cookie } });
    expect(res.status).toBe(414);
    const text = await res.text();
    expect(JSON.parse(text).error).toEqual({ code: 'uri_too_long', message: expect.any(String), fields: {} });
    expect(text).not.toContain('zzzz');
    const malformed = await fetch(`http://127.0.0.1:${port}/api/v1/contacts/%E0%A4%A`, { headers: { cookie } });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('bad_request');
  });
});
