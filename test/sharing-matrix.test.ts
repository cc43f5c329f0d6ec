import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, type TestClient, type TestServer } from './server.js';
import { matrixTeam, type MatrixMember, type MatrixTeam } from './fixtures/matrix.js';

/**
 * The permission matrix extended with sharing one record (decision 0027): a manager (own scope)
 * given an outsider's contact as an observer and then as a co-owner, over every path — list, card,
 * count, list search, global search, export, timeline, history, audit and an API token — and the
 * refusals: a deactivated colleague, one of another workspace, a record the sharer cannot edit, and
 * a deal reached only through a shared contact.
 */
describe.each(DIALECTS)('sharing one record over every path on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;
  let viewer: MatrixMember;
  let owner: MatrixMember;
  let name: string;
  let contactId: string;
  let dealId: string;
  let exportRoleKey: string;

  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);
  const contactHits = (body: { groups: Array<{ type: string; items: Array<{ id: string }> }> }) => body.groups.find((g) => g.type === 'contact')!.items.map((i) => i.id);

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
    // A manager who may export their own records: sharing must widen the export too.
    const manager = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = await admin.post('/api/v1/roles', { name: 'Manager who exports', copyFromId: manager.id, permissions: { contacts: { export: 'own' } } });
    exportRoleKey = role.body.role.key;
    viewer = await team.member(exportRoleKey, 'sales', 'share-viewer');
    owner = await team.member('manager', 'support', 'share-owner');
    name = `Shared${Math.random().toString(36).slice(2, 7)}`;
    const contact = await admin.post('/api/v1/contacts', { firstName: name, lastName: 'Client', ownerId: owner.id, phones: [{ value: '+7 912 765-43-21' }] });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    contactId = contact.body.contact.id;
    expect((await admin.post('/api/v1/notes', { subjectType: 'contact', subjectId: contactId, body: 'First call' })).status).toBe(201);
    const deal = await admin.post('/api/v1/deals', { title: `${name} deal`, ownerId: owner.id, people: [{ contactId }] });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    dealId = deal.body.deal.id;
  });

  async function reach(client: TestClient, headers: Record<string, string> = {}) {
    const get = (path: string) => client.get(path, headers);
    return {
      card: (await get(`/api/v1/contacts/${contactId}`)).status,
      list: ids((await get(`/api/v1/contacts?q=${name}`)).body).includes(contactId),
      listByOwner: ids((await get(`/api/v1/contacts?sort=-createdAt&count=1&filter=${encodeURIComponent(JSON.stringify([{ field: 'firstName', op: 'eq', value: name }]))}`)).body),
      search: contactHits((await get(`/api/v1/search?q=${name}`)).body).includes(contactId),
      timeline: (await get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`)).status,
      history: (await get(`/api/v1/history/contact/${contactId}`)).status,
      deal: (await get(`/api/v1/deals/${dealId}`)).status,
    };
  }

  it('gives an observer view on that record alone, through every path, and takes it back', async () => {
    const before = await reach(viewer.client);
    expect(before).toEqual({ card: 404, list: false, listByOwner: [], search: false, timeline: 404, history: 404, deal: 404 });

    const shared = await admin.post(`/api/v1/contacts/${contactId}/shares`, { userId: viewer.id, level: 'view' });
    expect(shared.status, JSON.stringify(shared.body)).toBe(200);
    expect(shared.body.items).toEqual([expect.objectContaining({ user: { id: viewer.id, name: 'share-viewer', active: true }, level: 'view' })]);
    expect(shared.body.canManage).toBe(true);

    const after = await reach(viewer.client);
    // Sharing does not extend to the deals of a shared contact (decision 0027).
    expect(after).toEqual({ card: 200, list: true, listByOwner: [contactId], search: true, timeline: 200, history: 200, deal: 404 });
    const card = (await viewer.client.get(`/api/v1/contacts/${contactId}`)).body.contact;
    expect(card.abilities).toEqual({ edit: false, delete: false });
    expect((await viewer.client.patch(`/api/v1/contacts/${contactId}`, { version: card.version, position: 'x' })).status).toBe(403);
    // The observer sees who else has it, but may not share it on.
    const seen = await viewer.client.get(`/api/v1/contacts/${contactId}/shares`);
    expect(seen.status).toBe(200);
    expect(seen.body.canManage).toBe(false);
    expect((await viewer.client.post(`/api/v1/contacts/${contactId}/shares`, { userId: owner.id, level: 'view' })).status).toBe(403);

    const exported = await viewer.client.get(`/api/v1/contacts/export?q=${name}`);
    expect(exported.status).toBe(200);
    expect(exported.body as string).toContain(name);

    const token = (await viewer.client.post('/api/v1/tokens', { name: 'shared', scopes: ['contacts:read'] })).body.secret as string;
    const byToken = await reach(server.client(), { authorization: `Bearer ${token}` });
    expect(byToken).toMatchObject({ card: 200, list: true, search: true, timeline: 200, history: 200 });

    expect((await admin.delete(`/api/v1/contacts/${contactId}/shares/${viewer.id}`)).status).toBe(204);
    expect(await reach(viewer.client)).toEqual(before);
    expect((await viewer.client.get(`/api/v1/contacts/export?q=${name}`)).body as string).not.toContain(name);
    expect((await admin.delete(`/api/v1/contacts/${contactId}/shares/${viewer.id}`)).status).toBe(404);

    const audit = await admin.get(`/api/v1/audit?entityId=${contactId}`);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['contact.shared', 'contact.unshared']));
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'contact.shared');
    expect(entry.changes).toMatchObject({ userId: viewer.id, level: 'view' });
  });

  it('gives a co-owner edit, and edit only on that record', async () => {
    expect((await admin.post(`/api/v1/contacts/${contactId}/shares`, { userId: viewer.id, level: 'edit' })).status).toBe(200);
    const card = (await viewer.client.get(`/api/v1/contacts/${contactId}`)).body.contact;
    expect(card.abilities).toEqual({ edit: true, delete: false });
    const changed = await viewer.client.patch(`/api/v1/contacts/${contactId}`, { version: card.version, position: 'Buyer' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await viewer.client.delete(`/api/v1/contacts/${contactId}?version=${changed.body.contact.version}`)).status).toBe(403);
    // A co-owner may share it on, with someone of their choice.
    const colleague = await team.member('manager', 'teamA', 'share-colleague');
    expect((await viewer.client.post(`/api/v1/contacts/${contactId}/shares`, { userId: colleague.id, level: 'view' })).status).toBe(200);
    expect((await colleague.client.get(`/api/v1/contacts/${contactId}`)).status).toBe(200);
    // Another of the owner's contacts stays out of reach.
    const other = await admin.post('/api/v1/contacts', { firstName: `${name}other`, ownerId: owner.id });
    expect((await viewer.client.get(`/api/v1/contacts/${other.body.contact.id}`)).status).toBe(404);
    expect((await viewer.client.patch(`/api/v1/contacts/${other.body.contact.id}`, { version: 1, position: 'x' })).status).toBe(404);
  });

  it('shares companies and deals the same way', async () => {
    const company = await admin.post('/api/v1/companies', { name: `${name} Ltd`, ownerId: owner.id });
    const companyId = company.body.company.id;
    expect((await viewer.client.get(`/api/v1/companies/${companyId}`)).status).toBe(404);
    expect((await admin.post(`/api/v1/companies/${companyId}/shares`, { userId: viewer.id, level: 'view' })).status).toBe(200);
    expect((await viewer.client.get(`/api/v1/companies/${companyId}`)).status).toBe(200);
    expect(ids((await viewer.client.get(`/api/v1/companies?q=${name}`)).body)).toContain(companyId);

    expect((await admin.post(`/api/v1/deals/${dealId}/shares`, { userId: viewer.id, level: 'view' })).status).toBe(200);
    expect((await viewer.client.get(`/api/v1/deals/${dealId}`)).status).toBe(200);
    expect(ids((await viewer.client.get('/api/v1/deals')).body)).toContain(dealId);
  });

  it('drops a record\'s shares when it is purged from the trash', async () => {
    const company = (await admin.post('/api/v1/companies', { name: `${name} Purged Ltd`, ownerId: owner.id })).body.company;
    expect((await admin.post(`/api/v1/companies/${company.id}/shares`, { userId: viewer.id, level: 'view' })).status).toBe(200);
    const left = () => server.handle.db.selectFrom('record_shares').select('user_id').where('subject_id', '=', company.id).execute();
    expect(await left()).toHaveLength(1);
    expect((await admin.delete(`/api/v1/companies/${company.id}?version=${company.version}`)).status).toBe(204);
    expect(await left()).toHaveLength(1);
    expect((await admin.delete(`/api/v1/trash/company/${company.id}`)).status).toBe(204);
    expect(await left()).toEqual([]);
  });

  it('refuses a deactivated colleague, one of another workspace, the owner, and a sharer who cannot edit', async () => {
    const leaving = await team.member('manager', 'sales', 'share-leaving');
    const user = (await admin.get('/api/v1/users?status=all')).body.items.find((u: { id: string }) => u.id === leaving.id);
    expect((await admin.post(`/api/v1/users/${leaving.id}/deactivate`, { version: user.version })).status).toBe(200);
    const inactive = await admin.post(`/api/v1/contacts/${contactId}/shares`, { userId: leaving.id, level: 'view' });
    expect(inactive.status).toBe(400);
    expect(inactive.body.error.fields).toEqual({ userId: 'inactive_user' });

    const stranger = await server.build.user({ role: 'manager' });
    const foreign = await admin.post(`/api/v1/contacts/${contactId}/shares`, { userId: stranger.id, level: 'view' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual({ userId: 'not_found' });

    const toOwner = await admin.post(`/api/v1/contacts/${contactId}/shares`, { userId: owner.id, level: 'edit' });
    expect(toOwner.status).toBe(400);
    expect(toOwner.body.error.fields).toEqual({ userId: 'is_owner' });

    // Someone who cannot see the record gets 404, as for any hidden record; nothing changed.
    const outsider = await team.member('manager', 'support', 'share-outsider');
    expect((await outsider.client.post(`/api/v1/contacts/${contactId}/shares`, { userId: outsider.id, level: 'view' })).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/contacts/${contactId}`)).status).toBe(404);
    const shares = (await admin.get(`/api/v1/contacts/${contactId}/shares`)).body.items.map((s: { user: { id: string } }) => s.user.id);
    expect(shares).not.toContain(leaving.id);
    expect(shares).not.toContain(stranger.id);
    expect(shares).not.toContain(outsider.id);
  });
});
