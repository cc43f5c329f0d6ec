import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { seedWorkspace } from '../../../test/fixtures/client-rows.js';

/** The whole flow through the public API, records made by the contacts module itself. */
describe.each(DIALECTS)('search, duplicate check, merge and undo through the API on %s', (dialect) => {
  it('finds a duplicate before saving, merges it, and undoes the merge', async () => {
    const server = await testServer(dialect);
    const workspace = await seedWorkspace(server.handle.db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    const client = await server.as(admin);

    const company = (await client.post('/api/v1/companies', { name: 'ООО «Вектор»', taxId: '7707083893' })).body.company;
    const first = await client.post('/api/v1/contacts', { firstName: 'Ольга', lastName: 'Соколова', phones: [{ value: '+7 (916) 123-45-67' }], emails: [{ value: 'olga@vektor.ru' }] });
    expect(first.status).toBe(201);
    const original = first.body.contact;
    expect((await client.post(`/api/v1/contacts/${original.id}/companies`, { companyId: company.id, role: 'бухгалтер' })).status).toBe(201);

    const check = await client.post('/api/v1/duplicates/check', { entity: 'contact', firstName: 'Olga', lastName: 'Sokolova', phones: [{ value: '8 916 123 4567' }], companyIds: [company.id] });
    expect(check.body.items).toEqual([{ id: original.id, title: 'Ольга Соколова', score: 90, reasons: ['phone', 'name'] }]);

    const second = (await client.post('/api/v1/contacts', { firstName: 'Olga', lastName: 'Sokolova', position: 'Главный бухгалтер', phones: [{ value: '8 916 123 4567' }, { value: '+7 916 765-43-21' }], tags: ['2024'] })).body.contact;
    const search = await client.get('/api/v1/search?q=sokolova');
    expect(search.body.groups[0].items.map((i: { id: string }) => i.id).sort()).toEqual([original.id, second.id].sort());
    expect((await client.get('/api/v1/duplicates?entity=contact')).body.groups).toMatchObject([{ score: 90, reasons: ['phone', 'name'] }]);

    const merge = await client.post('/api/v1/merges', { entity: 'contact', survivorId: original.id, mergedIds: [second.id] });
    expect(merge.status).toBe(201);
    const survivor = (await client.get(`/api/v1/contacts/${original.id}`)).body.contact;
    expect(survivor).toMatchObject({ displayName: 'Ольга Соколова', position: 'Главный бухгалтер', tags: ['2024'], version: 2 });
    expect(survivor.phones.map((p: { e164: string }) => p.e164)).toEqual(['+79161234567', '+79167654321']);
    expect(survivor.companies.map((l: { company: { id: string } }) => l.company.id)).toEqual([company.id]);
    expect((await client.get(`/api/v1/contacts/${second.id}`)).status).toBe(404);
    expect((await client.get('/api/v1/search?q=765-43-21')).body.groups[0].items.map((i: { id: string }) => i.id)).toEqual([original.id]);
    expect((await client.get('/api/v1/duplicates?entity=contact')).body.groups).toEqual([]);
    // The merged-away contact is not in the trash: only the undo brings it back.
    expect((await client.get('/api/v1/trash?entityType=contact')).body.items).toEqual([]);

    expect((await client.post(`/api/v1/merges/${merge.body.merge.id}/undo`)).status).toBe(200);
    expect((await client.get(`/api/v1/contacts/${second.id}`)).body.contact).toMatchObject({ displayName: 'Olga Sokolova', position: 'Главный бухгалтер', version: 3 });
    const restored = (await client.get(`/api/v1/contacts/${original.id}`)).body.contact;
    expect(restored).toMatchObject({ position: null, tags: [], version: 3 });
    expect(restored.phones.map((p: { e164: string }) => p.e164)).toEqual(['+79161234567']);
    expect((await client.get('/api/v1/search?q=765-43-21')).body.groups[0].items.map((i: { id: string }) => i.id)).toEqual([second.id]);
    const history = await client.get(`/api/v1/history/contact/${original.id}`);
    expect(history.body.items.map((v: { action: string }) => v.action)).toEqual(['rollback', 'merge', 'create']);
    const merged = await client.get(`/api/v1/history/contact/${second.id}`);
    expect(merged.body.items.map((v: { action: string }) => v.action)).toEqual(['restore', 'delete', 'create']);
  });
});
