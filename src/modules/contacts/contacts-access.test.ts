import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('contact visibility, export and bulk on %s', (dialect) => {
  it('shows a manager with own scope only their contacts: 404 on a colleague, lists, counts and tags', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const alice = await member(server, workspace, 'manager');
    const bob = await member(server, workspace, 'manager');
    const mine = (await alice.client.post('/api/v1/contacts', { firstName: 'Alice client', tags: ['a'] })).body.contact;
    const theirs = (await bob.client.post('/api/v1/contacts', { firstName: 'Bob client', tags: ['b'] })).body.contact;
    expect((await alice.client.get(`/api/v1/contacts/${theirs.id}`)).status).toBe(404);
    expect((await alice.client.patch(`/api/v1/contacts/${theirs.id}`, { firstName: 'X', version: 1 })).status).toBe(404);
    expect((await alice.client.delete(`/api/v1/contacts/${theirs.id}?version=1`)).status).toBe(404);
    const list = await alice.client.get('/api/v1/contacts?count=1');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    expect(list.body.total).toBe(1);
    expect((await alice.client.get('/api/v1/contacts?q=client')).body.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    expect((await alice.client.get('/api/v1/tags?entity=contact')).body.items).toEqual([{ tag: 'a', count: 1 }]);
    expect((await admin.get('/api/v1/contacts?count=1')).body.total).toBe(2);
    const export403 = await alice.client.get('/api/v1/contacts/export');
    expect(export403.status).toBe(403);
    expect(export403.body.error.code).toBe('forbidden');
  });

  it('lets a support agent read every contact but edit only their own (403), and a head of sales reach the department', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const sales = (await admin.post('/api/v1/departments', { name: 'Sales' })).body.department;
    const head = await member(server, workspace, 'head_of_sales', sales.id);
    const seller = await member(server, workspace, 'manager', sales.id);
    const outsider = await member(server, workspace, 'manager');
    const agent = await member(server, workspace, 'support_agent');
    const sold = (await seller.client.post('/api/v1/contacts', { firstName: 'Sold' })).body.contact;
    const far = (await outsider.client.post('/api/v1/contacts', { firstName: 'Far' })).body.contact;
    const seen = await agent.client.get(`/api/v1/contacts/${sold.id}`);
    expect(seen.body.contact.abilities).toEqual({ edit: false, delete: false });
    expect((await agent.client.patch(`/api/v1/contacts/${sold.id}`, { firstName: 'X', version: 1 })).status).toBe(403);
    expect((await head.client.get(`/api/v1/contacts/${sold.id}`)).body.contact.abilities).toEqual({ edit: true, delete: true });
    expect((await head.client.get(`/api/v1/contacts/${far.id}`)).status).toBe(404);
    const given = await head.client.patch(`/api/v1/contacts/${sold.id}`, { ownerId: head.user.id, version: 1 });
    expect(given.body.contact.owner.id).toBe(head.user.id);
    expect((await head.client.patch(`/api/v1/contacts/${sold.id}`, { ownerId: outsider.user.id, version: 2 })).body.error.fields).toEqual({ ownerId: 'forbidden' });
  });

  it('exports the filtered contacts in scope as CSV with a BOM, neutralised formulas, an audit entry and the alarm count', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const field = (await admin.post('/api/v1/custom-fields', { entity: 'contact', label: 'Источник лида', type: 'text' })).body.field;
    await admin.post('/api/v1/contacts', { firstName: '=HYPERLINK("http://evil")', lastName: 'Smith', tags: ['x'], custom: { [field.key]: '@cmd' }, phones: [{ value: '+7 912 345 67 89' }] });
    await admin.post('/api/v1/contacts', { firstName: 'Ольга', tags: ['x'], notes: 'line1\nline2, "quoted"' });
    await admin.post('/api/v1/contacts', { firstName: 'Other' });
    const marketer = await member(server, workspace, 'marketer');
    const res = await marketer.client.get('/api/v1/contacts/export?tag=x&sort=-name');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`displayName,firstName,middleName,lastName,position,birthday,status,companies,phones,emails,messengers,addresses,website,tags,source,notes,owner,lastActivityAt,createdAt,updatedAt,id,Источник лида`);
    expect(lines[1]).toContain('Ольга');
    expect(lines[1]).toContain('"line1\nline2, ""quoted"""'.split('\n')[0]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"") Smith","'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(",'@cmd");
    expect(text).toContain(",'+79123456789,");
    expect(text).not.toContain('Other');
    const [entry] = await listAuditEntries(server.handle.db, workspace.id, { action: 'contact.exported' });
    expect(entry!.changes).toMatchObject({ rows: 2 });
    const logged = await server.handle.db.selectFrom('access_log').select(['kind', 'count']).where('user_id', '=', marketer.user.id).execute();
    expect(logged).toEqual([{ kind: 'export', count: 2 }]);
  });

  it('refuses bulk actions to a manager by default, though they may edit and delete one by one', async () => {
    const server = await testServer(dialect);
    const { workspace } = await clientTeam(server);
    const alice = await member(server, workspace, 'manager');
    const own = (await alice.client.post('/api/v1/contacts', { firstName: 'Mine' })).body.contact;
    for (const action of [{ action: 'add_tags', tags: ['x'] }, { action: 'delete' }, { action: 'assign_owner', ownerId: alice.user.id }]) {
      const res = await alice.client.post('/api/v1/contacts/bulk', { ids: [own.id], ...action });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await alice.client.get(`/api/v1/contacts/${own.id}`)).body.contact.tags).toEqual([]);
    expect((await alice.client.get('/api/v1/me')).body.user.permissions.contacts.bulk).toBe('none');
    expect((await alice.client.patch(`/api/v1/contacts/${own.id}`, { tags: ['x'], version: own.version })).status).toBe(200);
  });

  it('applies a bulk action to what the actor reaches and skips the rest, with history and one audit entry', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const role = await admin.post('/api/v1/roles', {
      name: 'Manager with bulk', permissions: { contacts: { view: 'own', create: 'own', edit: 'own', delete: 'own', bulk: 'all' }, users: { view: 'all' } },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    // Bulk reaches all, edit and delete only own: the narrower scope decides.
    const alice = await member(server, workspace, role.body.role.key);
    const mine = await Promise.all([1, 2, 3].map(async (n) => (await alice.client.post('/api/v1/contacts', { firstName: `Mine ${n}`, tags: n === 1 ? ['hot'] : [] })).body.contact));
    const foreign = (await admin.post('/api/v1/contacts', { firstName: 'Admin’s' })).body.contact;
    const ids = [...mine.map((c) => c.id), foreign.id, '0190a0a0-0000-7000-8000-000000000001'];
    const tagged = await alice.client.post('/api/v1/contacts/bulk', { ids, action: 'add_tags', tags: ['Hot', 'new'] });
    expect(tagged.body).toEqual({ updated: 3, skipped: 2 });
    expect((await alice.client.get('/api/v1/contacts?tag=new&count=1')).body.total).toBe(3);
    expect((await alice.client.get(`/api/v1/contacts/${mine[0].id}`)).body.contact.tags).toEqual(['hot', 'new']);
    expect((await admin.get(`/api/v1/contacts/${foreign.id}`)).body.contact.tags).toEqual([]);
    const status = await alice.client.post('/api/v1/contacts/bulk', { ids, action: 'set_status', status: 'client' });
    expect(status.body).toEqual({ updated: 3, skipped: 2 });
    expect((await alice.client.post('/api/v1/contacts/bulk', { ids, action: 'set_status' })).body.error.fields).toEqual({ status: 'required' });
    expect((await alice.client.post('/api/v1/contacts/bulk', { ids, action: 'assign_owner', ownerId: workspace.id })).body.error.fields).toEqual({ ownerId: 'not_found' });
    expect((await alice.client.post('/api/v1/contacts/bulk', { ids: Array(1001).fill(foreign.id), action: 'delete' })).body.error.fields).toEqual({ ids: 'too_long' });
    const removed = await alice.client.post('/api/v1/contacts/bulk', { ids: [mine[0].id], action: 'remove_tags', tags: ['HOT'] });
    expect(removed.body).toEqual({ updated: 1, skipped: 0 });
    expect((await alice.client.get('/api/v1/contacts?tag=hot')).body.items).toEqual([]);
    const deleted = await alice.client.post('/api/v1/contacts/bulk', { ids, action: 'delete' });
    expect(deleted.body).toEqual({ updated: 3, skipped: 2 });
    expect((await admin.get('/api/v1/contacts?count=1')).body.total).toBe(1);
    const versions = await listVersions(server.handle.db, workspace.id, 'contact', mine[0].id);
    expect(versions.map((v) => v.action)).toEqual(['delete', 'update', 'update', 'update', 'create']);
    const audits = (await listAuditEntries(server.handle.db, workspace.id, { entityType: 'contact' })).filter((a) => a.action.startsWith('contact.bulk_'));
    expect(audits.map((a) => [a.action, (a.changes as { size: number }).size])).toEqual([
      ['contact.bulk_delete', 5], ['contact.bulk_remove_tags', 1], ['contact.bulk_set_status', 5], ['contact.bulk_add_tags', 5],
    ]);
  });
  it('exports only the records within the export scope, which may be narrower than the view scope', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const role = await admin.post('/api/v1/roles', { name: 'Own exporter', permissions: { contacts: { view: 'all', create: 'own', export: 'own' } } });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const exporter = await member(server, workspace, role.body.role.key);
    await admin.post('/api/v1/contacts', { firstName: 'Admins contact' });
    await exporter.client.post('/api/v1/contacts', { firstName: 'Exporters contact' });
    expect((await exporter.client.get('/api/v1/contacts?count=1')).body.total).toBe(2);
    const csv = (await exporter.client.get('/api/v1/contacts/export')).body as string;
    expect(csv).toContain('Exporters contact');
    expect(csv).not.toContain('Admins contact');
  });
});
