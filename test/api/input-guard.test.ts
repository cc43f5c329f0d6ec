import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.js';
import { testServer } from '../server.js';
import { inspectInput, MAX_INPUT_DEPTH } from '../../src/server/plugins/input-guard.js';

describe('inspectInput', () => {
  it('names NUL characters in strings and keys, prototype keys and deep nesting, at any depth', () => {
    const body = JSON.parse('{"a":{"b":["ok","x\\u0000y"]},"__proto__":{"p":1},"c":{"constructor":{}},"k\\u0000":1}');
    expect(Object.entries(inspectInput(body)).sort()).toEqual([
      ['__proto__', 'forbidden_name'], ['a.b.1', 'invalid_characters'], ['c.constructor', 'forbidden_name'], ['k\u0000', 'invalid_characters'],
    ]);
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i++) deep = [deep];
    expect(Object.values(inspectInput({ deep }))).toEqual(['too_deep']);
    expect(Object.keys(inspectInput({ a: 'fine', b: [1, null, true, { c: 'ü\u200b' }] }))).toEqual([]);
  });

  it('leaves streams and other class instances alone: an upload\'s body is the request stream', () => {
    const stream = new PassThrough();
    const started = performance.now();
    expect(inspectInput(stream)).toEqual({});
    expect(inspectInput({ body: stream, at: new Date(), bytes: Buffer.from('\u0000') })).toEqual({});
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('walks a million-deep array without overflowing the stack', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(Object.values(inspectInput(JSON.parse(text)))).toEqual(['too_deep']);
  });
});

describe.each(DIALECTS)('the input guard in front of every route on %s', (dialect) => {
  it('refuses NUL in query, params and body with 400 validation_failed naming the field', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const search = await client.get('/api/v1/search?q=ab%00cd');
    expect(search.status).toBe(400);
    expect(search.body.error).toMatchObject({ code: 'validation_failed', fields: { q: 'invalid_characters' } });
    for (const url of ['/api/v1/contacts?q=%00', '/api/v1/companies?q=a%00', '/api/v1/contacts/export?q=a%00b', '/api/v1/companies/export?q=%00']) {
      const res = await client.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.fields, url).toEqual({ q: 'invalid_characters' });
    }
    const created = await client.post('/api/v1/contacts', { firstName: '\u0000' });
    expect(created.status).toBe(400);
    expect(created.body.error.fields).toEqual({ firstName: 'invalid_characters' });
    const nested = await client.post('/api/v1/contacts', { firstName: 'Ann', addresses: [{ city: 'So\u0000fia' }] });
    expect(nested.body.error.fields).toEqual({ 'addresses.0.city': 'invalid_characters' });
    const param = await client.get('/api/v1/contacts/%00');
    expect(param.status).toBe(400);
    expect(param.body.error.fields).toEqual({ id: 'invalid_characters' });
  });

  it('names a __proto__ query parameter and answers prototype keys in a body as a field error, not bad JSON', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const query = await client.get('/api/v1/contacts?__proto__=x');
    expect(query.status).toBe(400);
    expect(Object.entries(query.body.error.fields)).toEqual([['__proto__', 'forbidden_name']]);
    const body = await client.request('POST', '/api/v1/contacts', '{"firstName":"Ann","__proto__":{"admin":true}}');
    expect(body.status).toBe(400);
    expect(body.body.error.code).toBe('validation_failed');
    expect(body.body.error.message).not.toMatch(/JSON/);
    expect(Object.entries(body.body.error.fields)).toEqual([['__proto__', 'forbidden_name']]);
    const ctor = await client.request('POST', '/api/v1/contacts', '{"firstName":"Ann","custom":{"constructor":{"prototype":{"x":1}}}}');
    expect(ctor.body.error.fields).toEqual({ 'custom.constructor': 'forbidden_name' });
    const broken = await client.request('POST', '/api/v1/contacts', '{"firstName":');
    expect(broken.body.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/JSON/) });
  });
});

describe.each(DIALECTS)('an upload over real HTTP on %s', (dialect) => {
  it('reaches its route and is answered (the guard does not walk the request stream)', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user({ role: 'admin' }));
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const form = new FormData();
    form.append('entity', 'contacts');
    form.append('file', new Blob(['First name;Phone\nAnna;+359 887 123 456\n']), 'clients.csv');
    const csrf = client.cookie('kt_csrf');
    const res = await fetch(`${address}/api/v1/imports`, {
      method: 'POST', body: form, signal: AbortSignal.timeout(15_000),
      headers: { cookie: `kt_session=${client.cookie('kt_session')}; kt_csrf=${csrf}`, 'x-csrf-token': String(csrf) },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(((await res.json()) as { import: unknown }).import).toMatchObject({ entity: 'contacts', format: 'csv', delimiter: ';' });
  });
});
