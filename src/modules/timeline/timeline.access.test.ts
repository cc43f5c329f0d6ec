import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { addMs, now } from '../../platform/clock.js';
import { actorForUser } from '../users/users.service.js';
import { ensureSubjectTypes, insertCompany, insertContact, lastActivityOf, linkPerson, softDeleteSubject } from '../../../test/fixtures/timeline-subjects.js';
import { addTimelineItem } from './timeline.service.js';

ensureSubjectTypes();

const ctx = { ip: null, userAgent: null, requestId: null };
const note = (subjectType: string, subjectId: string, body: string) => ({ subjectType, subjectId, body });
const feedOf = (type: string, id: string) => `/api/v1/timeline?subjectType=${type}&subjectId=${id}`;

async function team(server: TestServer) {
  const workspace = await server.build.workspace();
  const [alice, bob] = [await server.build.user({ workspace, role: 'manager' }), await server.build.user({ workspace, role: 'manager' })];
  const db = server.handle.db;
  return {
    workspace, alice, bob,
    aliceContact: await insertContact(db, workspace.id, alice.id, 'Клиент Алисы'),
    bobContact: await insertContact(db, workspace.id, bob.id, 'Клиент Боба'),
    asAlice: await server.as(alice),
    asBob: await server.as(bob),
  };
}

describe.each(DIALECTS)('timeline rights on %s', (dialect) => {
  it("keeps a colleague's client's feed out of a manager's reach (404 everywhere)", async () => {
    const server = await testServer(dialect);
    const { aliceContact, asAlice, asBob } = await team(server);
    const n = (await asAlice.post('/api/v1/notes', note('contact', aliceContact, 'секрет'))).body.note;
    expect((await asBob.get(feedOf('contact', aliceContact))).status).toBe(404);
    expect((await asBob.post('/api/v1/notes', note('contact', aliceContact, 'влез'))).status).toBe(404);
    expect((await asBob.patch(`/api/v1/notes/${n.id}`, { body: 'x', version: 1 })).status).toBe(404);
    expect((await asBob.delete(`/api/v1/notes/${n.id}`)).status).toBe(404);
    expect((await asAlice.get(feedOf('contact', aliceContact))).body.items.map((i: { body: string }) => i.body)).toEqual(['секрет']);
  });

  it('lets the author or a delete scope change a note; seeing is not writing', async () => {
    const server = await testServer(dialect);
    const { workspace, aliceContact, asAlice } = await team(server);
    const admin = await server.build.user({ workspace, role: 'admin' });
    const marketer = await server.build.user({ workspace, role: 'marketer' });
    const reader = await server.build.user({ workspace, role: 'read_only' });
    const [asAdmin, asMarketer, asReader] = [await server.as(admin), await server.as(marketer), await server.as(reader)];
    const mine = (await asAlice.post('/api/v1/notes', note('contact', aliceContact, 'от Алисы'))).body.note;

    // The marketer edits everyone's contacts but deletes nothing: may write, may not touch Alice's note.
    const theirs = await asMarketer.post('/api/v1/notes', note('contact', aliceContact, 'от маркетолога'));
    expect(theirs.status).toBe(201);
    const asSeenByMarketer = (await asMarketer.get(feedOf('contact', aliceContact))).body.items;
    expect(asSeenByMarketer.map((i: { abilities: object }) => i.abilities)).toEqual([{ edit: true, delete: true }, { edit: false, delete: false }]);
    expect((await asMarketer.patch(`/api/v1/notes/${mine.id}`, { body: 'x', version: 1 })).status).toBe(403);
    expect((await asMarketer.delete(`/api/v1/notes/${mine.id}`)).status).toBe(403);

    // Alice's delete scope (own) reaches her client: she may remove the marketer's note.
    expect((await asAlice.get(feedOf('contact', aliceContact))).body.items.every((i: { abilities: { delete: boolean } }) => i.abilities.delete)).toBe(true);
    expect((await asAlice.delete(`/api/v1/notes/${theirs.body.note.id}`)).status).toBe(204);

    // The admin may change anyone's note.
    expect((await asAdmin.patch(`/api/v1/notes/${mine.id}`, { body: 'поправил админ', version: 1 })).body.note).toMatchObject({ body: 'поправил админ', version: 2 });

    // Read-only sees the feed and can do nothing with it.
    const read = await asReader.get(feedOf('contact', aliceContact));
    expect(read.status).toBe(200);
    expect(read.body.items[0].abilities).toEqual({ edit: false, delete: false });
    const refused = await asReader.post('/api/v1/notes', note('contact', aliceContact, 'x'));
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  });

  it("shows a company's feed with its people's items the viewer may see", async () => {
    const server = await testServer(dialect);
    const { workspace, alice, aliceContact, bobContact, asAlice, asBob } = await team(server);
    const db = server.handle.db;
    const company = await insertCompany(db, workspace.id, alice.id, 'ООО Ромашка');
    const formerEmployee = await insertContact(db, workspace.id, alice.id, 'Уволенный');
    for (const person of [aliceContact, bobContact, formerEmployee]) await linkPerson(db, workspace.id, person, company);
    const admin = await server.build.user({ workspace, role: 'admin' });
    const asAdmin = await server.as(admin);

    await asAlice.post('/api/v1/notes', note('company', company, 'о компании'));
    await asAlice.post('/api/v1/notes', note('contact', aliceContact, 'о сотруднике Алисы'));
    await asBob.post('/api/v1/notes', note('contact', bobContact, 'о сотруднике Боба'));
    await asAlice.post('/api/v1/notes', note('contact', formerEmployee, 'об уволенном'));
    const unrelated = await insertContact(db, workspace.id, alice.id, 'Посторонний');
    await asAlice.post('/api/v1/notes', note('contact', unrelated, 'не о компании'));
    await softDeleteSubject(db, 'contacts', formerEmployee);

    const forAlice = (await asAlice.get(feedOf('company', company))).body.items;
    expect(forAlice.map((i: { body: string }) => i.body)).toEqual(['о сотруднике Алисы', 'о компании']);
    expect(forAlice[0].data).toEqual({ contact: { id: aliceContact, displayName: 'Клиент Алисы' } });
    expect(forAlice[1].data).toBeNull();

    const forAdmin = (await asAdmin.get(feedOf('company', company))).body.items;
    expect(forAdmin.map((i: { body: string }) => i.body)).toEqual(['о сотруднике Боба', 'о сотруднике Алисы', 'о компании']);
    expect(forAdmin[0].data.contact).toEqual({ id: bobContact, displayName: 'Клиент Боба' });
    // A contact's own feed never shows its company's items.
    expect((await asAlice.get(feedOf('contact', aliceContact))).body.items.map((i: { body: string }) => i.body)).toEqual(['о сотруднике Алисы']);
  });

  it('moves the last activity forward, never back', async () => {
    const server = await testServer(dialect);
    const { alice, aliceContact, asAlice } = await team(server);
    const db = server.handle.db;
    expect(await lastActivityOf(db, 'contacts', aliceContact)).toBeNull();
    const n = (await asAlice.post('/api/v1/notes', note('contact', aliceContact, 'первая'))).body.note;
    expect(await lastActivityOf(db, 'contacts', aliceContact)).toBe(n.occurredAt);

    const actor = await actorForUser(db, alice, ctx);
    const weekAgo = addMs(now(), -7 * 24 * 3600 * 1000);
    const old = await db.transaction().execute((trx) => addTimelineItem(trx, actor, { subjectType: 'contact', subjectId: aliceContact, kind: 'call', occurredAt: weekAgo, data: { minutes: 5 } }));
    expect(old.occurred_at).toBe(weekAgo);
    expect(await lastActivityOf(db, 'contacts', aliceContact)).toBe(n.occurredAt);
    const nextWeek = addMs(now(), 7 * 24 * 3600 * 1000);
    await db.transaction().execute((trx) => addTimelineItem(trx, actor, { subjectType: 'contact', subjectId: aliceContact, kind: 'meeting', occurredAt: nextWeek }));
    const after = await lastActivityOf(db, 'contacts', aliceContact);
    expect(after! > n.occurredAt && after! < nextWeek).toBe(true);

    const items = (await asAlice.get(feedOf('contact', aliceContact))).body.items;
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['meeting', 'note', 'call']);
    expect(items[2]).toMatchObject({ data: { minutes: 5 }, abilities: { edit: false, delete: false } });
  });
});
