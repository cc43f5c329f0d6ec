import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { ensureSubjectTypes, insertCompany, insertContact, linkPerson, softDeleteSubject } from '../../../test/fixtures/timeline-subjects.js';

ensureSubjectTypes();

async function team(server: TestServer) {
  const workspace = await server.build.workspace();
  const alice = await server.build.user({ workspace, role: 'manager', name: 'Алиса' });
  const contactId = await insertContact(server.handle.db, workspace.id, alice.id, 'Иван Петров');
  return { workspace, alice, contactId, client: await server.as(alice) };
}

const note = (contactId: string, body: string) => ({ subjectType: 'contact', subjectId: contactId, body });

describe.each(DIALECTS)('notes on %s', (dialect) => {
  it('writes, edits and deletes a note, with history, audit and version checks', async () => {
    const server = await testServer(dialect);
    const { workspace, alice, contactId, client } = await team(server);

    const created = await client.post('/api/v1/notes', note(contactId, '  <b>Звонил</b>, просит счёт  '));
    expect(created.status).toBe(201);
    const n = created.body.note;
    expect(n).toEqual({
      id: expect.any(String), kind: 'note', subjectType: 'contact', subjectId: contactId,
      author: { id: alice.id, name: 'Алиса' }, occurredAt: expect.any(String), body: '<b>Звонил</b>, просит счёт',
      data: null, createdAt: n.occurredAt, updatedAt: n.occurredAt, version: 1, abilities: { edit: true, delete: true },
    });
    const feed = await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`);
    expect(feed.status).toBe(200);
    expect(feed.body).toEqual({ items: [n], nextCursor: null });

    const edited = await client.patch(`/api/v1/notes/${n.id}`, { body: 'Счёт отправлен', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body.note).toMatchObject({ id: n.id, body: 'Счёт отправлен', version: 2, author: { id: alice.id } });

    const stale = await client.patch(`/api/v1/notes/${n.id}`, { body: 'Поздно', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toMatchObject({ id: n.id, body: 'Счёт отправлен', version: 2 });
    expect((await client.delete(`/api/v1/notes/${n.id}?version=1`)).status).toBe(409);

    expect((await client.delete(`/api/v1/notes/${n.id}?version=2`)).status).toBe(204);
    expect((await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`)).body.items).toEqual([]);
    expect((await client.patch(`/api/v1/notes/${n.id}`, { body: 'Призрак', version: 3 })).status).toBe(404);
    expect((await client.delete(`/api/v1/notes/${n.id}`)).status).toBe(404);

    const versions = await listVersions(server.handle.db, workspace.id, 'note', n.id);
    expect(versions.map((v) => v.action).sort()).toEqual(['create', 'delete', 'update']);
    const [updated] = await listAuditEntries(server.handle.db, workspace.id, { action: 'note.updated', entityId: n.id });
    expect(updated!.changes).toEqual({ body: ['<b>Звонил</b>, просит счёт', 'Счёт отправлен'] });
    expect(await listAuditEntries(server.handle.db, workspace.id, { action: 'note.deleted', entityId: n.id })).toHaveLength(1);
    const events = await server.handle.db.selectFrom('outbox_events').select('type').where('entity_id', '=', n.id).execute();
    expect(events.map((e) => e.type).sort()).toEqual(['note.created', 'note.deleted', 'note.updated']);
  });

  it('refuses empty, too long and malformed notes with field errors', async () => {
    const server = await testServer(dialect);
    const { contactId, client } = await team(server);
    const cases: Array<[unknown, Record<string, string>]> = [
      [note(contactId, '   '), { body: 'required' }],
      [note(contactId, 'x'.repeat(20_001)), { body: 'too_long' }],
      [{ subjectType: 'invoice', subjectId: contactId, body: 'x' }, { subjectType: 'invalid_option' }],
      [{ subjectType: 'contact', subjectId: 'nope', body: 'x' }, { subjectId: 'invalid_id' }],
      [{ ...note(contactId, 'x'), pinned: true }, { pinned: 'unknown_field' }],
    ];
    for (const [body, fields] of cases) {
      const res = await client.post('/api/v1/notes', body);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(res.body.error.fields).toEqual(fields);
    }
    expect((await client.post('/api/v1/notes', note(contactId, 'я'.repeat(20_000)))).status).toBe(201);
    const created = (await client.post('/api/v1/notes', note(contactId, 'ok'))).body.note;
    expect((await client.patch(`/api/v1/notes/${created.id}`, { body: '', version: 1 })).body.error.fields).toEqual({ body: 'required' });
    expect((await client.patch(`/api/v1/notes/${created.id}`, { body: 'x' })).body.error.fields).toEqual({ version: 'required' });
    expect((await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}&cursor=garbage`)).body.error.fields).toEqual({ cursor: 'invalid' });
  });

  it('pages the feed newest first without gaps or repeats', async () => {
    const server = await testServer(dialect);
    const { contactId, client } = await team(server);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await client.post('/api/v1/notes', note(contactId, `note ${i}`))).body.note.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it("pages a company's feed merged with its people's items", async () => {
    const server = await testServer(dialect);
    const { workspace, alice, contactId, client } = await team(server);
    const companyId = await insertCompany(server.handle.db, workspace.id, alice.id, 'ООО Ромашка');
    await linkPerson(server.handle.db, workspace.id, contactId, companyId);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const subject = i % 3 === 0 ? { subjectType: 'company', subjectId: companyId } : { subjectType: 'contact', subjectId: contactId };
      ids.push((await client.post('/api/v1/notes', { ...subject, body: `note ${i}` })).body.note.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await client.get(`/api/v1/timeline?subjectType=company&subjectId=${companyId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('answers 404 for the feed of a deleted or unknown record', async () => {
    const server = await testServer(dialect);
    const { workspace, alice, contactId, client } = await team(server);
    const gone = await insertContact(server.handle.db, workspace.id, alice.id, 'Удалённый');
    await softDeleteSubject(server.handle.db, 'contacts', gone);
    expect((await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${gone}`)).status).toBe(404);
    expect((await client.post('/api/v1/notes', note(gone, 'x'))).status).toBe(404);
    expect((await client.get('/api/v1/timeline?subjectType=company&subjectId=0190a0a0-0000-7000-8000-000000000001')).status).toBe(404);
    // A company id given as a contact is still unknown.
    expect((await client.get(`/api/v1/timeline?subjectType=company&subjectId=${contactId}`)).status).toBe(404);
  });
});
