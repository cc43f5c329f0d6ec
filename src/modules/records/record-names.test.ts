import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('record names by reference on %s', (dialect) => {
  it('names the records the caller may see, answers null for hidden and unknown ones, and keeps trashed ones named', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const alice = await member(server, workspace, 'manager');
    const bob = await member(server, workspace, 'manager');
    const mine = (await alice.client.post('/api/v1/contacts', { firstName: 'Alice', lastName: 'Client' })).body.contact;
    const theirs = (await bob.client.post('/api/v1/contacts', { firstName: 'Secret', lastName: 'Person' })).body.contact;
    const company = (await alice.client.post('/api/v1/companies', { name: 'Acme Ltd' })).body.company;
    const trashed = (await alice.client.post('/api/v1/contacts', { firstName: 'Gone' })).body.contact;
    expect((await alice.client.delete(`/api/v1/contacts/${trashed.id}?version=1`)).status).toBe(204);
    const missing = '00000000-0000-4000-8000-000000000000';
    const refs = [`contact:${mine.id}`, `contact:${theirs.id}`, `company:${company.id}`, `contact:${trashed.id}`, `company:${missing}`].join(',');

    const res = await alice.client.get(`/api/v1/record-names?refs=${refs}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { entityType: 'contact', id: mine.id, name: 'Alice Client', deleted: false },
      { entityType: 'contact', id: theirs.id, name: null, deleted: false },
      { entityType: 'company', id: company.id, name: 'Acme Ltd', deleted: false },
      { entityType: 'contact', id: trashed.id, name: 'Gone', deleted: true },
      { entityType: 'company', id: missing, name: null, deleted: false },
    ]);
    // The hidden name appears nowhere in the answer.
    expect(JSON.stringify(res.body)).not.toContain('Secret');
    // The admin sees every one of them.
    const all = await admin.get(`/api/v1/record-names?refs=contact:${theirs.id}`);
    expect(all.body.items[0].name).toBe('Secret Person');
  });

  it('refuses references that are not record ids, unknown types and more than 100 at once (400 with the error shape)', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const bad = await client.get('/api/v1/record-names?refs=contact:not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const unknown = await client.get('/api/v1/record-names?refs=user:00000000-0000-4000-8000-000000000001');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ refs: 'unknown_type' });
    const many = Array.from({ length: 101 }, (_, i) => `contact:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',');
    expect((await client.get(`/api/v1/record-names?refs=${many}`)).status).toBe(400);
    expect((await client.get('/api/v1/record-names')).status).toBe(400);
  });
});
