import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

/** Contact–company links are versioned records; purging any record tells the outbox. */
describe.each(DIALECTS)('links and purges as events on %s', (dialect) => {
  it('gives every link change a version, an audit entry and an event, and refuses a stale version', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const person = (await admin.post('/api/v1/contacts', { firstName: 'Лина' })).body.contact;
    const company = (await admin.post('/api/v1/companies', { name: 'Ромашка' })).body.company;
    const created = await admin.post(`/api/v1/contacts/${person.id}/companies`, { companyId: company.id, role: 'CFO' });
    expect(created.body.link).toMatchObject({ role: 'CFO', version: 1 });
    const linkId = created.body.link.linkId;
    const updated = await admin.patch(`/api/v1/contact-companies/${linkId}`, { role: 'CEO', version: 1 });
    expect(updated.body.link).toMatchObject({ role: 'CEO', version: 2 });
    const stale = await admin.patch(`/api/v1/contact-companies/${linkId}`, { role: 'CTO', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ role: 'CEO', version: 2 });
    const unlinked = await admin.delete(`/api/v1/contact-companies/${linkId}`);
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(204);

    const versions = await db.selectFrom('record_versions').select(['action', 'version']).where('entity_type', '=', 'contact_company').where('entity_id', '=', linkId).orderBy('created_at').orderBy('version').execute();
    expect(versions.map((v) => v.action)).toEqual(['create', 'update', 'delete']);
    const events = await db.selectFrom('outbox_events').select('type').where('entity_id', '=', linkId).orderBy('created_at').execute();
    expect(events.map((e) => e.type)).toEqual(['contact_company.created', 'contact_company.updated', 'contact_company.deleted']);
    const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', linkId).execute();
    expect(audit).toHaveLength(3);
  });

  it('emits <type>.purged when a record leaves the trash for good', async () => {
    const server = await testServer(dialect);
    const admin = await server.as(await server.build.user({ role: 'admin' }));
    const person = (await admin.post('/api/v1/contacts', { firstName: 'Ива' })).body.contact;
    expect((await admin.delete(`/api/v1/contacts/${person.id}?version=1`)).status).toBe(204);
    expect((await admin.delete(`/api/v1/trash/contact/${person.id}`)).status).toBeLessThan(300);
    const events = await server.handle.db.selectFrom('outbox_events').select('type').where('entity_id', '=', person.id).execute();
    expect(events.map((e) => e.type)).toContain('contact.purged');
  });
});
