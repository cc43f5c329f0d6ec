import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('companies on %s', (dialect) => {
  it('creates, lists, finds by tax id and name, updates and deletes a company', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const res = await client.post('/api/v1/companies', {
      name: ' „Ромашка“ ЕООД ', legalName: 'Ромашка ЕООД', taxId: 'bg 123-456-789', size: '11-50', industry: 'Retail',
      phones: [{ value: '0888 123 456' }], emails: [{ value: 'Office@Romashka.BG' }], tags: ['partner'], website: 'romashka.bg',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const co = res.body.company;
    expect(co).toMatchObject({
      name: '„Ромашка“ ЕООД', taxId: 'bg 123-456-789', size: '11-50', people: [], version: 1,
      phones: [{ type: 'work', e164: '+359888123456', display: '088 812 3456' }], emails: [{ value: 'office@romashka.bg' }],
    });
    const row = await server.handle.db.selectFrom('companies').select(['tax_id_key', 'name_key', 'sort_name']).where('id', '=', co.id).executeTakeFirstOrThrow();
    // The legal form is not part of the name key ("Ромашка ЕООД" and "Ромашка" are one company).
    expect(row).toEqual({ tax_id_key: 'BG123456789', name_key: 'romashka', sort_name: '„ромашка“ еоод' });
    await client.post('/api/v1/companies', { name: 'Other' });
    const ids = async (query: string) => (await client.get(`/api/v1/companies?${query}`)).body.items.map((i: { id: string }) => i.id);
    for (const q of ['123456789', 'romashka', 'Ромаш', '0888 123 456', 'office@']) expect(await ids(`q=${encodeURIComponent(q)}`), q).toEqual([co.id]);
    expect(await ids('tag=partner')).toEqual([co.id]);
    const list = await client.get('/api/v1/companies?sort=-name&count=1');
    expect(list.body.total).toBe(2);
    expect(list.body.items[0]).toMatchObject({ id: co.id, primaryEmail: 'office@romashka.bg', primaryPhone: { e164: '+359888123456' } });
    expect(list.body.items[0].people).toBeUndefined();
    expect((await client.get('/api/v1/companies?status=lead')).body.error.fields).toEqual({ status: 'unknown_field' });
    expect((await client.post('/api/v1/companies', { name: ' ' })).body.error.fields).toEqual({ name: 'required' });
    expect((await client.post('/api/v1/companies', {})).body.error.fields).toEqual({ name: 'required' });
    expect((await client.post('/api/v1/companies', { name: 'X', size: 'huge' })).body.error.fields).toEqual({ size: 'invalid_option' });
    const updated = await client.patch(`/api/v1/companies/${co.id}`, { taxId: null, size: null, version: 1 });
    expect(updated.body.company).toMatchObject({ taxId: null, size: null, name: '„Ромашка“ ЕООД', version: 2 });
    expect((await client.patch(`/api/v1/companies/${co.id}`, { name: 'Late', version: 1 })).body.error.current).toMatchObject({ version: 2 });
    const bulk = await client.post('/api/v1/companies/bulk', { ids: [co.id], action: 'set_status', status: 'lead' });
    expect(bulk.status).toBe(400);
    expect((await client.post('/api/v1/companies/bulk', { ids: [co.id], action: 'add_tags', tags: ['gold'] })).body).toEqual({ updated: 1, skipped: 0 });
    expect((await client.get('/api/v1/tags?entity=company')).body.items).toEqual([{ tag: 'gold', count: 1 }, { tag: 'partner', count: 1 }]);
    const csv = (await client.get('/api/v1/companies/export?tag=gold')).body as string;
    expect(csv.split('\r\n')[0]).toBe('\uFEFFname,legalName,taxId,industry,size,phones,emails,messengers,addresses,website,tags,source,notes,owner,lastActivityAt,createdAt,updatedAt,id');
    expect(csv).toContain('„Ромашка“ ЕООД,Ромашка ЕООД,,Retail,,\'+359888123456');
    expect((await client.delete(`/api/v1/companies/${co.id}?version=3`)).status).toBe(204);
    expect((await client.get(`/api/v1/companies/${co.id}`)).status).toBe(404);
  });

  it('links people and companies with roles and dates, within both records’ visibility', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');
    const adminCo = (await admin.post('/api/v1/companies', { name: 'Admin Co' })).body.company;
    const mineCo = (await manager.client.post('/api/v1/companies', { name: 'Mine Co' })).body.company;
    const person = (await manager.client.post('/api/v1/contacts', { firstName: 'Вера' })).body.contact;
    const link = await manager.client.post(`/api/v1/contacts/${person.id}/companies`, { companyId: mineCo.id, role: 'CFO', startedOn: '2024-01-01' });
    expect(link.status).toBe(201);
    expect(link.body.link).toMatchObject({ contactId: person.id, companyId: mineCo.id, company: { id: mineCo.id, name: 'Mine Co' }, role: 'CFO', startedOn: '2024-01-01', endedOn: null });
    const again = await manager.client.post(`/api/v1/contacts/${person.id}/companies`, { companyId: mineCo.id });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ companyId: 'already_linked' });
    expect((await manager.client.post(`/api/v1/contacts/${person.id}/companies`, { companyId: adminCo.id })).body.error.fields).toEqual({ companyId: 'not_found' });
    const linkId = link.body.link.linkId;
    const badDates = await manager.client.patch(`/api/v1/contact-companies/${linkId}`, { endedOn: '2023-12-31' });
    expect(badDates.body.error.fields).toEqual({ endedOn: 'before_start' });
    expect((await manager.client.patch(`/api/v1/contact-companies/${linkId}`, { endedOn: '2024-06-30', role: '' })).body.link).toMatchObject({ role: null, endedOn: '2024-06-30' });
    // The admin links the manager's person to a company the manager cannot see: the card shows no trace of it.
    const hidden = await admin.post(`/api/v1/contacts/${person.id}/companies`, { companyId: adminCo.id, role: 'Advisor' });
    expect(hidden.status).toBe(201);
    const seen = (await manager.client.get(`/api/v1/contacts/${person.id}`)).body.contact.companies;
    expect(seen).toEqual([{ linkId, company: { id: mineCo.id, name: 'Mine Co' }, role: null, startedOn: '2024-01-01', endedOn: '2024-06-30' }]);
    expect((await manager.client.get(`/api/v1/contacts?companyId=${adminCo.id}`)).body.items).toEqual([]);
    const hiddenLink = hidden.body.link.linkId;
    expect((await manager.client.delete(`/api/v1/contact-companies/${hiddenLink}`)).status).toBe(404);
    const people = (await admin.get(`/api/v1/companies/${mineCo.id}`)).body.company.people;
    expect(people).toEqual([{ linkId, contact: { id: person.id, displayName: 'Вера' }, role: null, startedOn: '2024-01-01', endedOn: '2024-06-30' }]);
    expect((await manager.client.get(`/api/v1/contacts?companyId=${mineCo.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([person.id]);
    expect((await manager.client.delete(`/api/v1/contact-companies/${linkId}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/companies/${mineCo.id}`)).body.company.people).toEqual([]);
  });
  it('restores an earlier version of a company and takes one out of the trash', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const co = (await client.post('/api/v1/companies', { name: 'Alpha', legalName: 'Alpha LLC', taxId: '7707083893', size: '1-10', tags: ['a'] })).body.company;
    await client.patch(`/api/v1/companies/${co.id}`, { name: 'Beta', taxId: null, size: '1000+', tags: [], version: 1 });
    const restored = await client.post(`/api/v1/history/company/${co.id}/restore`, { version: 1, currentVersion: 2 });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await client.get(`/api/v1/companies/${co.id}`)).body.company).toMatchObject({ name: 'Alpha', legalName: 'Alpha LLC', taxId: '7707083893', size: '1-10', tags: ['a'], version: 3 });
    expect((await client.get('/api/v1/companies?q=7707083893')).body.items).toHaveLength(1);
    await client.delete(`/api/v1/companies/${co.id}?version=3`);
    expect((await client.get('/api/v1/trash?entityType=company')).body.items).toMatchObject([{ id: co.id, title: 'Alpha' }]);
    expect((await client.post(`/api/v1/trash/company/${co.id}/restore`, {})).status).toBe(204);
    expect((await client.get(`/api/v1/companies/${co.id}`)).body.company.version).toBe(5);
  });
});
