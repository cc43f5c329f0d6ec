import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.js';
import { testServer } from '../server.js';
import { writeViewDefinition } from './write-view-definition.js';

describe.each(DIALECTS)('input rules shared by every schema on %s', (dialect) => {
  it('refuses names made only of control, zero-width or space characters, and control characters in names', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    for (const name of ['\u200b', '\u200b\u200d\ufeff', ' \u2060 ', '\u0001']) {
      const company = await client.post('/api/v1/companies', { name });
      expect(company.status, JSON.stringify(name)).toBe(400);
      expect(company.body.error.fields, JSON.stringify(name)).toEqual({ name: 'required' });
    }
    expect((await client.post('/api/v1/contacts', { firstName: '\u200b' })).body.error.fields).toEqual({ firstName: 'invalid_characters' });
    expect((await client.post('/api/v1/companies', { name: 'Acme\u0007' })).body.error.fields).toEqual({ name: 'invalid_characters' });
    expect((await client.post('/api/v1/contacts', { firstName: 'An\u0007n' })).body.error.fields).toEqual({ firstName: 'invalid_characters' });
    expect((await client.post('/api/v1/departments', { name: '\u00ad\u200c' })).body.error.fields).toEqual({ name: 'required' });
    // Line breaks stay allowed where text is multiline, and visible names with joiners stay valid.
    const fine = await client.post('/api/v1/contacts', { firstName: 'Ana\u200dMaria', notes: 'line one\nline two\ttab' });
    expect(fine.status).toBe(201);
    expect(fine.body.contact.notes).toBe('line one\nline two\ttab');
  });

  it('accepts only plausible birthdays and real ISO country and currency codes', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    expect((await client.post('/api/v1/contacts', { firstName: 'A', birthday: '2999-01-01' })).body.error.fields).toEqual({ birthday: 'too_late' });
    expect((await client.post('/api/v1/contacts', { firstName: 'A', birthday: '1899-12-31' })).body.error.fields).toEqual({ birthday: 'too_early' });
    expect((await client.post('/api/v1/contacts', { firstName: 'A', birthday: '2001-02-29' })).body.error.fields).toEqual({ birthday: 'invalid_date' });
    expect((await client.post('/api/v1/contacts', { firstName: 'A', birthday: '1990-05-17' })).status).toBe(201);
    const zz = await client.post('/api/v1/contacts', { firstName: 'A', addresses: [{ city: 'X', country: 'ZZZZ' }, { country: 'ZZ' }] });
    expect(zz.body.error.fields).toEqual({ 'addresses.0.country': 'invalid_country', 'addresses.1.country': 'invalid_country' });
    const bg = await client.post('/api/v1/contacts', { firstName: 'A', addresses: [{ city: 'Sofia', country: 'bg' }] });
    expect(bg.status).toBe(201);
    expect(bg.body.contact.addresses[0].country).toBe('BG');

    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    const bad = await client.patch('/api/v1/workspace', { defaultCountry: 'ZZ', defaultCurrency: 'ZZZ', version: ws.version });
    expect(bad.body.error.fields).toEqual({ defaultCountry: 'invalid_country', defaultCurrency: 'invalid_currency' });
  });

  it('reads query integers as decimal digits only', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    for (const limit of ['0x10', '1e1', '%205', '+5', '5.0', '-1', '']) {
      const res = await client.get(`/api/v1/contacts?limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(res.body.error.fields, limit).toEqual({ limit: 'invalid_type' });
    }
    expect((await client.get('/api/v1/contacts?limit=0')).body.error.fields).toEqual({ limit: 'too_small' });
    expect((await client.get('/api/v1/contacts?limit=16')).status).toBe(200);
    const contact = (await client.post('/api/v1/contacts', { firstName: 'V' })).body.contact;
    const del = await client.delete(`/api/v1/contacts/${contact.id}?version=1e0`);
    expect(del.status).toBe(400);
    expect(del.body.error.fields).toEqual({ version: 'invalid_type' });
    expect((await client.delete(`/api/v1/contacts/${contact.id}?version=1`)).status).toBe(204);
  });

  it('saves views only with list field names, and reads a stored bad definition without breaking', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const post = (definition: unknown) => client.post('/api/v1/saved-views', { entity: 'contact', name: 'V', definition });
    expect((await post({ filters: [{ field: 'constructor', op: 'eq', value: 1 }] })).body.error.fields).toEqual({ 'definition.filters.0.field': 'invalid_field' });
    expect((await post({ filters: [{ field: 'toString', op: 'eq', value: 1 }] })).body.error.fields).toEqual({ 'definition.filters.0.field': 'invalid_field' });
    expect((await post({ sort: { field: 'zzz', direction: 'asc' } })).body.error.fields).toEqual({ 'definition.sort.field': 'invalid_option' });
    expect((await post({ columns: ['name', 'hasOwnProperty'] })).body.error.fields).toEqual({ 'definition.columns.1': 'invalid_field' });
    const proto = await client.request('POST', '/api/v1/saved-views', '{"entity":"contact","name":"V","definition":{"columns":["__proto__"]}}');
    expect(proto.body.error.fields).toEqual({ 'definition.columns.0': 'invalid_field' });
    const ok = await post({ columns: ['name', 'custom.level'], sort: { field: 'custom.level', direction: 'desc' } });
    expect(ok.status).toBe(201);

    await writeViewDefinition(server.handle.db, ok.body.view.id, {
      columns: ['name', '__proto__', 7], filters: [{ field: 'constructor', op: 'eq' }, { field: 'status', op: 'in', value: ['lead'] }], sort: { field: 'zzz', direction: 'up' },
    });
    const list = await client.get('/api/v1/saved-views?entity=contact');
    expect(list.status).toBe(200);
    expect(list.body.items[0].definition).toEqual({ columns: ['name'], filters: [{ field: 'status', op: 'in', value: ['lead'] }], sort: null });
  });
});

describe.each(DIALECTS)('conflict answers in the API shape on %s', (dialect) => {
  it('a stale PATCH /api/v1/workspace answers 409 with the current workspace as the API shows it, not the database row', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    expect((await client.patch('/api/v1/workspace', { name: 'Нов', version: ws.version })).status).toBe(200);
    const stale = await client.patch('/api/v1/workspace', { name: 'Стар', version: ws.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toEqual({ ...ws, name: 'Нов', version: ws.version + 1 });
  });
});

describe.each(DIALECTS)('ids in bodies on %s (found by the fuzzer)', (dialect) => {
  it('a role copied from something that is not an id answers a field error, not a database failure', async () => {
    const server = await testServer(dialect);
    const client = await server.as(await server.build.user());
    const res = await client.post('/api/v1/roles', { name: 'Copy', copyFromId: '\u{10c4f4}x' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ copyFromId: 'not_found' });
  });
});
