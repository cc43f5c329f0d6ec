import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { entityType } from '../../platform/entities/registry.js';
import { listVersions } from '../../platform/history/history.repository.js';
import { upload } from '../../../test/fixtures/attachments.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

/** The derived rows of a record: contact point values, tags, and whether a search document exists. */
async function derived(server: TestServer, id: string) {
  const db = server.handle.db;
  const points = await db.selectFrom('contact_points').select(['kind', 'value']).where('entity_id', '=', id).orderBy('kind').orderBy('value').execute();
  const tags = await db.selectFrom('record_tags').select('tag').where('entity_id', '=', id).orderBy('tag').execute();
  const docs = await db.selectFrom('search_documents').select('text').where('entity_id', '=', id).execute();
  return { points: points.map((p) => `${p.kind}:${p.value}`), tags: tags.map((t) => t.tag), doc: docs[0]?.text ?? null };
}

describe.each(DIALECTS)('contact history, trash and transfer on %s', (dialect) => {
  it('restores an earlier version as a new one, with its derived rows', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const field = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Tier', type: 'text' })).body.field;
    const c = (await client.post('/api/v1/contacts', {
      firstName: 'Пётр', phones: [{ value: '+7 912 000 11 22' }, { value: 'old desk', keepAsTyped: true }], tags: ['old'], custom: { [field.key]: 'gold' },
    })).body.contact;
    await client.patch(`/api/v1/contacts/${c.id}`, { firstName: 'Павел', phones: [{ value: '+7 912 999 88 77' }], tags: ['new'], custom: { [field.key]: null }, version: 1 });
    // `sound`: the name's cross-script sound key, a blocking key for duplicates (Павел: p-f-l).
    expect((await derived(server, c.id)).points).toEqual(['phone:79129998877', 'sound:pfl']);
    const restored = await client.post(`/api/v1/history/contact/${c.id}/restore`, { version: 1, currentVersion: 2 });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.version).toBe(3);
    const now = (await client.get(`/api/v1/contacts/${c.id}`)).body.contact;
    expect(now).toMatchObject({ firstName: 'Пётр', displayName: 'Пётр', tags: ['old'], custom: { [field.key]: 'gold' }, version: 3 });
    expect(now.phones.map((p: { value: string; flagged: boolean }) => [p.value, p.flagged])).toEqual([['+7 912 000 11 22', false], ['old desk', true]]);
    const rows = await derived(server, c.id);
    expect(rows.points).toEqual(['phone:79120001122', 'sound:ptr']);
    expect(rows.tags).toEqual(['old']);
    expect(rows.doc).toContain('петр');
    expect(rows.doc).toContain('petr');
    expect((await listVersions(server.handle.db, workspace.id, 'contact', c.id))[0]!.action).toBe('rollback');
    const stale = await client.post(`/api/v1/history/contact/${c.id}/restore`, { version: 1, currentVersion: 2 });
    expect(stale.status).toBe(409);
    await client.delete(`/api/v1/contacts/${c.id}?version=3`);
    const deleted = await client.post(`/api/v1/history/contact/${c.id}/restore`, { version: 2, currentVersion: 4 });
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.fields).toEqual({ _: 'deleted' });
  });

  it('refuses to restore a version of a record merged into another', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const a = (await client.post('/api/v1/contacts', { firstName: 'Survivor' })).body.contact;
    const b = (await client.post('/api/v1/contacts', { firstName: 'Merged' })).body.contact;
    await client.patch(`/api/v1/contacts/${b.id}`, { lastName: 'Away', version: 1 });
    await server.handle.db.updateTable('contacts').set({ merged_into_id: a.id }).where('id', '=', b.id).execute();
    const res = await client.post(`/api/v1/history/contact/${b.id}/restore`, { version: 1, currentVersion: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ fields: { _: 'merged' }, mergedInto: a.id });
  });

  it('restores from the trash with links, and purges with every derived row', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const company = (await client.post('/api/v1/companies', { name: 'Рога и копыта', taxId: '7707 083893' })).body.company;
    const c = (await client.post('/api/v1/contacts', { firstName: 'Остап', emails: [{ value: 'ostap@example.com' }], tags: ['plan'] })).body.contact;
    await client.post(`/api/v1/contacts/${c.id}/companies`, { companyId: company.id, role: 'Director' });
    expect((await client.post('/api/v1/notes', { subjectType: 'contact', subjectId: c.id, body: 'Called' })).status).toBe(201);
    const file = await upload(server, client, { subjectType: 'contact', subjectId: c.id, fileName: 'a.txt' }, Buffer.from('a'), 'text/plain');
    expect(file.status).toBe(201);
    expect((await client.delete(`/api/v1/contacts/${c.id}?version=1`)).status).toBe(204);
    expect((await client.get(`/api/v1/companies/${company.id}`)).body.company.people).toEqual([]);
    const trash = await client.get('/api/v1/trash?entityType=contact');
    expect(trash.body.items).toMatchObject([{ entityType: 'contact', id: c.id, title: 'Остап', abilities: { restore: true, purge: true } }]);
    expect((await client.post(`/api/v1/trash/contact/${c.id}/restore`, {})).status).toBe(204);
    const back = (await client.get(`/api/v1/contacts/${c.id}`)).body.contact;
    expect(back).toMatchObject({ version: 3, companies: [{ company: { id: company.id, name: 'Рога и копыта' }, role: 'Director' }] });
    expect((await client.get(`/api/v1/contacts?q=ostap`)).body.items).toHaveLength(1);
    await client.delete(`/api/v1/contacts/${c.id}?version=3`);
    expect(await entityType('contact')!.deletedBefore!(server.handle.db, workspace.id, '2999-01-01T00:00:00.000Z', 10)).toEqual([c.id]);
    expect(await entityType('contact')!.deletedBefore!(server.handle.db, workspace.id, '2000-01-01T00:00:00.000Z', 10)).toEqual([]);
    expect((await client.delete(`/api/v1/trash/contact/${c.id}`)).status).toBe(204);
    expect(await derived(server, c.id)).toEqual({ points: [], tags: [], doc: null });
    expect(await server.handle.db.selectFrom('contact_companies').selectAll().where('contact_id', '=', c.id).execute()).toEqual([]);
    expect(await server.handle.db.selectFrom('contacts').selectAll().where('id', '=', c.id).execute()).toEqual([]);
    // Its timeline is gone and its files wait for the clean-up job as deleted.
    expect(await server.handle.db.selectFrom('timeline_items').select('id').where('subject_id', '=', c.id).execute()).toEqual([]);
    const files = await server.handle.db.selectFrom('attachments').select('deleted_at').where('subject_id', '=', c.id).execute();
    expect(files).toHaveLength(1);
    expect(files[0]!.deleted_at).not.toBeNull();
    expect((await client.get('/api/v1/trash?entityType=contact')).body.items).toEqual([]);
  });

  it('moves a leaving manager’s contacts and companies to another user with a transfer version each', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const leaver = await member(server, workspace, 'manager');
    const heir = await member(server, workspace, 'manager');
    const c1 = (await leaver.client.post('/api/v1/contacts', { firstName: 'One' })).body.contact;
    const c2 = (await leaver.client.post('/api/v1/contacts', { firstName: 'Two' })).body.contact;
    await leaver.client.delete(`/api/v1/contacts/${c2.id}?version=1`);
    await leaver.client.post('/api/v1/companies', { name: 'Leaver Ltd' });
    await admin.post('/api/v1/contacts', { firstName: 'Stays' });
    const res = await admin.post(`/api/v1/users/${leaver.user.id}/transfer`, { toUserId: heir.user.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.moved).toMatchObject({ contact: 2, company: 1 });
    const heirs = await heir.client.get('/api/v1/contacts?count=1');
    expect(heirs.body.items.map((i: { id: string }) => i.id)).toEqual([c1.id]);
    expect((await heir.client.get('/api/v1/companies?count=1')).body.total).toBe(1);
    expect((await listVersions(server.handle.db, workspace.id, 'contact', c1.id))[0]).toMatchObject({ action: 'transfer', version: 2 });
  });
});
