import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { actorForUser } from '../users/users.service.js';
import * as timeline from './timeline.repository.js';

/**
 * Timeline items are reached only through their parent record's visibility, inside the repository:
 * even a caller that skipped the service's subject check gets nothing of a record it cannot see.
 */
describe.each(DIALECTS)('timeline items scoped by construction on %s', (dialect) => {
  it('lists and finds a note only for those who see its record', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const adminUser = await server.build.user({ role: 'admin' });
    const admin = await server.as(adminUser);
    const contact = (await admin.post('/api/v1/contacts', { firstName: 'Дана' })).body.contact;
    const note = await admin.post('/api/v1/notes', { subjectType: 'contact', subjectId: contact.id, body: 'Called, wants a quote' });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    const managerUser = await server.build.user({ role: 'manager', workspace: { id: adminUser.workspace_id } as never });
    const ctx = { ip: null, userAgent: null, requestId: null };
    const [adminActor, managerActor] = [await actorForUser(db, adminUser, ctx), await actorForUser(db, managerUser, ctx)];
    const query = { subjectType: 'contact', subjectId: contact.id, withPeople: false, limit: 20 };
    expect(await timeline.listItems(db, adminActor, query as never)).toHaveLength(1);
    expect(await timeline.listItems(db, managerActor, query as never)).toEqual([]);
    const itemId = (await timeline.listItems(db, adminActor, query as never))[0]!.id;
    expect(await timeline.findItem(db, adminActor, itemId)).toBeDefined();
    expect(await timeline.findItem(db, managerActor, itemId)).toBeUndefined();
  });
});
