import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import type { Database } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { fromJson, toJson } from '../../platform/json.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import type { Workspace } from '../workspaces/workspaces.service.js';
import { seedCompany, seedContact, seedLink, seedWorkspace } from '../../../test/fixtures/client-rows.js';
import { readRow } from './merge-fields.js';

async function team(server: TestServer) {
  const workspace = await seedWorkspace(server.handle.db, 'RU');
  const admin = await server.build.user({ workspace, role: 'admin' });
  return { workspace, admin, client: await server.as(admin) };
}

async function note(db: Kysely<Database>, workspace: Workspace, subjectType: string, subjectId: string, body: string): Promise<string> {
  const id = newId();
  const at = new Date().toISOString();
  await db.insertInto('timeline_items').values({ id, workspace_id: workspace.id, subject_type: subjectType, subject_id: subjectId, kind: 'note', author_id: null, occurred_at: at, body, data: toJson({ n: body }), created_at: at, updated_at: at, deleted_at: null, version: 1 }).execute();
  return id;
}

async function attachment(db: Kysely<Database>, workspace: Workspace, subjectType: string, subjectId: string, fileName: string): Promise<string> {
  const id = newId();
  await db.insertInto('attachments').values({ id, workspace_id: workspace.id, subject_type: subjectType, subject_id: subjectId, file_name: fileName, content_type: 'text/plain', size: 3, sha256: 'a'.repeat(64), uploaded_by: null, created_at: new Date().toISOString(), deleted_at: null }).execute();
  return id;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const parsed = (rows: Array<Record<string, unknown>>) => rows.map((r) => ({ ...r, data: r.data === undefined ? undefined : fromJson(r.data) }));

/** Everything a merge touches for these records, as stored, without the version bookkeeping. */
async function state(db: Kysely<Database>, table: 'contacts' | 'companies', type: string, ids: string[]) {
  const records = (await db.selectFrom(table).selectAll().where('id', 'in', ids).execute()).map((row) => {
    const { version: _v, updated_at: _u, ...rest } = readRow(row as Record<string, unknown>);
    return rest;
  });
  const linkColumn = table === 'contacts' ? 'contact_id' : 'company_id';
  return {
    records: byId(records as Array<{ id: string }>),
    links: byId(await db.selectFrom('contact_companies').selectAll().where(linkColumn, 'in', ids).execute()),
    timeline: byId(parsed(await db.selectFrom('timeline_items').selectAll().where('subject_id', 'in', ids).where('deleted_at', 'is', null).execute()) as unknown as Array<{ id: string }>),
    attachments: byId(await db.selectFrom('attachments').selectAll().where('subject_id', 'in', ids).execute()),
    points: (await db.selectFrom('contact_points').select(['entity_id', 'kind', 'value']).where('entity_type', '=', type).where('entity_id', 'in', ids).execute()).map((p) => `${p.entity_id} ${p.kind} ${p.value}`).sort(),
    tags: (await db.selectFrom('record_tags').select(['entity_id', 'tag']).where('entity_type', '=', type).where('entity_id', 'in', ids).execute()).map((t) => `${t.entity_id} ${t.tag}`).sort(),
    documents: (await db.selectFrom('search_documents').select(['entity_id', 'text']).where('entity_type', '=', type).where('entity_id', 'in', ids).execute()).map((d) => `${d.entity_id} ${d.text}`).sort(),
  };
}

describe.each(DIALECTS)('merges on %s', (dialect) => {
  it('merges contacts (values, links, timeline, attachments) and undoes it exactly', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const acme = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Acme' });
    const beta = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Beta' });
    const s = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Иван', lastName: 'Петров', phones: ['+7 912 111-11-11'], emails: ['ivan@acme.ru'], tags: ['vip'], custom: { a: '', c: 's' } });
    const m1 = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Ivan', lastName: 'Petrov', position: 'CEO', phones: ['8 912 111-11-11', '+7 912 222-22-22'], emails: ['IVAN@acme.ru'], tags: ['VIP', 'new'], custom: { a: 'm1', b: 'm1b' } });
    const m2 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'И. Петров', position: 'Директор', emails: ['ip@beta.bg'], custom: { b: 'm2b' } });
    await seedLink(db, workspace, s, acme, 'owner');
    const droppedLink = await seedLink(db, workspace, m1, acme, 'buyer');
    const movedLink = await seedLink(db, workspace, m1, beta, 'director');
    const notes = [await note(db, workspace, 'contact', m1, 'first'), await note(db, workspace, 'contact', m2, 'second'), await note(db, workspace, 'contact', s, 'own')];
    const file = await attachment(db, workspace, 'contact', m1, 'договор.pdf');
    const before = await state(db, 'contacts', 'contact', [s, m1, m2]);

    const res = await client.post('/api/v1/merges', { entity: 'contact', survivorId: s, mergedIds: [m1, m2], fields: { position: m2, 'custom.b': m2, lastName: m1 } });
    expect(res.status).toBe(201);
    const merge = res.body.merge;
    expect(merge).toMatchObject({ survivorId: s, entity: 'contact', merged: [{ id: m1, title: 'Ivan Petrov' }, { id: m2, title: 'И. Петров' }], actor: { id: admin.id }, undoneAt: null, canUndo: true });

    const row = readRow((await db.selectFrom('contacts').selectAll().where('id', '=', s).executeTakeFirstOrThrow()) as Record<string, unknown>);
    expect(row).toMatchObject({ first_name: 'Иван', last_name: 'Petrov', display_name: 'Иван Petrov', position: 'Директор', custom: { a: 'm1', b: 'm2b', c: 's' }, tags: ['vip', 'new'], version: 2 });
    expect((row.phones as Array<{ e164: string }>).map((p) => p.e164)).toEqual(['+79121111111', '+79122222222']);
    expect((row.emails as Array<{ value: string }>).map((e) => e.value)).toEqual(['ivan@acme.ru', 'ip@beta.bg']);
    const folded = await db.selectFrom('contacts').select(['id', 'deleted_at', 'deleted_by', 'merged_into_id']).where('id', 'in', [m1, m2]).execute();
    expect(folded.every((r) => r.deleted_at !== null && r.deleted_by === admin.id && r.merged_into_id === s)).toBe(true);
    const links = await db.selectFrom('contact_companies').select(['id', 'contact_id', 'company_id']).where('contact_id', 'in', [s, m1, m2]).execute();
    expect(links.map((l) => [l.contact_id, l.company_id]).sort()).toEqual([[s, acme], [s, beta]].sort());
    expect(links.find((l) => l.id === movedLink)?.contact_id).toBe(s);
    expect(links.find((l) => l.id === droppedLink)).toBeUndefined();
    const timeline = await db.selectFrom('timeline_items').select(['id', 'subject_id', 'kind']).where('subject_id', 'in', [s, m1, m2]).where('deleted_at', 'is', null).execute();
    expect(timeline.filter((t) => t.kind === 'note').map((t) => t.subject_id)).toEqual([s, s, s]);
    expect(timeline.filter((t) => t.kind === 'merge')).toHaveLength(1);
    expect((await db.selectFrom('attachments').select('subject_id').where('id', '=', file).executeTakeFirstOrThrow()).subject_id).toBe(s);
    const found = await client.get('/api/v1/search?q=ip%40beta.bg');
    expect(found.body.groups[0].items.map((i: { id: string }) => i.id)).toEqual([s]);
    expect((await client.get('/api/v1/search?q=Petrov')).body.groups[0].items.map((i: { id: string }) => i.id)).toEqual([s]);
    expect((await listVersions(db, workspace.id, 'contact', s))[0]!.action).toBe('merge');
    expect((await listVersions(db, workspace.id, 'contact', m1))[0]!.action).toBe('delete');
    const [entry] = await listAuditEntries(db, workspace.id, { action: 'contact.merge' });
    expect(entry!.changes).toEqual({ mergeId: merge.id, mergedIds: [m1, m2], size: { records: 3, links: 2, timelineItems: 2, attachments: 1 } });
    expect((await listAuditEntries(db, workspace.id, { action: 'contact.merged', entityId: m1 }))).toHaveLength(1);
    const listed = await client.get(`/api/v1/merges?entity=contact&survivorId=${s}`);
    expect(listed.body.items).toEqual([merge]);

    const undone = await client.post(`/api/v1/merges/${merge.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.merge).toMatchObject({ id: merge.id, undoneAt: expect.any(String), canUndo: false });
    expect(await state(db, 'contacts', 'contact', [s, m1, m2])).toEqual(before);
    expect(notes).toHaveLength(3);
    expect((await listVersions(db, workspace.id, 'contact', s))[0]).toMatchObject({ action: 'rollback', version: 3 });
    expect((await listVersions(db, workspace.id, 'contact', m2))[0]).toMatchObject({ action: 'restore' });
    expect(await listAuditEntries(db, workspace.id, { action: 'contact.merge_undone' })).toHaveLength(1);
    expect((await client.get(`/api/v1/merges?entity=contact&survivorId=${s}`)).body.items[0]).toMatchObject({ canUndo: false, undoneAt: expect.any(String) });
    const again = await client.post(`/api/v1/merges/${merge.id}/undo`);
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ _: 'undone' });
    expect((await client.get('/api/v1/search?q=ip%40beta.bg')).body.groups[0].items.map((i: { id: string }) => i.id)).toEqual([m2]);
  });

  it('merges companies: tax id, people links (a person at both keeps one link) and undo', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const a = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Ромашка', taxId: '7707083893', city: 'Москва' });
    const b = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Romashka LLC', legalName: 'ООО «Ромашка»', taxId: '77-0708-3893', phones: ['+7 495 123-45-67'] });
    const both = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Анна' });
    const onlyB = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Борис' });
    await seedLink(db, workspace, both, a);
    await seedLink(db, workspace, both, b);
    await seedLink(db, workspace, onlyB, b);
    await note(db, workspace, 'company', b, 'about b');
    const before = await state(db, 'companies', 'company', [a, b]);

    const res = await client.post('/api/v1/merges', { entity: 'company', survivorId: a, mergedIds: [b], fields: { taxId: b } });
    expect(res.status).toBe(201);
    const row = readRow((await db.selectFrom('companies').selectAll().where('id', '=', a).executeTakeFirstOrThrow()) as Record<string, unknown>);
    expect(row).toMatchObject({ name: 'Ромашка', legal_name: 'ООО «Ромашка»', tax_id: '77-0708-3893', tax_id_key: '7707083893' });
    const people = await db.selectFrom('contact_companies').select(['contact_id', 'company_id']).where('company_id', 'in', [a, b]).execute();
    expect(people.map((l) => [l.contact_id, l.company_id]).sort()).toEqual([[both, a], [onlyB, a]].sort());
    expect((await client.get('/api/v1/duplicates?entity=company')).body.groups).toEqual([]);

    expect((await client.post(`/api/v1/merges/${res.body.merge.id}/undo`)).status).toBe(200);
    expect(await state(db, 'companies', 'company', [a, b])).toEqual(before);
  });

  it('refuses merging into itself, records it cannot edit, gone records and bad field choices', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const [alice, bob] = [await server.build.user({ workspace, role: 'manager' }), await server.build.user({ workspace, role: 'manager' })];
    const mine = await seedContact(db, workspace, { ownerId: alice.id, displayName: 'Мой' });
    const mine2 = await seedContact(db, workspace, { ownerId: alice.id, displayName: 'Мой 2' });
    const theirs = await seedContact(db, workspace, { ownerId: bob.id, displayName: 'Чужой' });
    const asAlice = await server.as(alice);

    const self = await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [mine2, mine] });
    expect(self.status).toBe(400);
    expect(self.body.error.fields).toEqual({ mergedIds: 'self' });
    expect((await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [theirs] })).status).toBe(404);
    expect((await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: theirs, mergedIds: [mine] })).status).toBe(404);
    expect((await asAlice.post('/api/v1/merges', { entity: 'company', survivorId: mine, mergedIds: [mine2] })).status).toBe(404);
    const fields = await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [mine2], fields: { colour: mine, position: theirs, taxId: mine } });
    expect(fields.status).toBe(400);
    expect(fields.body.error.fields).toEqual({ 'fields.colour': 'unknown_field', 'fields.position': 'not_in_merge', 'fields.taxId': 'unknown_field' });
    const tooMany = await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: Array.from({ length: 11 }, () => newId()) });
    expect(tooMany.body.error.fields).toEqual({ mergedIds: 'too_long' });
    expect((await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [] })).body.error.fields).toEqual({ mergedIds: 'required' });

    const merged = await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [mine2] });
    expect(merged.status).toBe(201);
    expect((await asAlice.post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [mine2] })).status).toBe(404);
    const readOnly = await server.build.user({ workspace, role: 'read_only' });
    expect((await (await server.as(readOnly)).post('/api/v1/merges', { entity: 'contact', survivorId: mine, mergedIds: [theirs] })).status).toBe(403);

    // Only whoever merged, or an administrator, may undo; and only while the survivor is as the merge left it.
    expect((await (await server.as(bob)).post(`/api/v1/merges/${merged.body.merge.id}/undo`)).status).toBe(404);
    const marketer = await server.build.user({ workspace, role: 'marketer' });
    expect((await (await server.as(marketer)).post(`/api/v1/merges/${merged.body.merge.id}/undo`)).status).toBe(403);
    expect((await client.get(`/api/v1/merges?entity=contact&survivorId=${mine}`)).body.items[0].canUndo).toBe(true);
    await db.updateTable('contacts').set({ position: 'Changed', version: 3 }).where('id', '=', mine).execute();
    expect((await client.get(`/api/v1/merges?entity=contact&survivorId=${mine}`)).body.items[0].canUndo).toBe(false);
    const changed = await asAlice.post(`/api/v1/merges/${merged.body.merge.id}/undo`);
    expect(changed.status).toBe(409);
    expect(changed.body.error.fields).toEqual({ _: 'changed_since' });
    expect((await client.post(`/api/v1/merges/${newId()}/undo`)).status).toBe(404);
    expect(admin.id).toBeTruthy();
  });
});
