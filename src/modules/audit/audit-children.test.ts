import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { upload } from '../../../test/fixtures/attachments.js';

const SECRET_NOTE = 'Passport 4510-987654';

/**
 * Audit by visibility for child records: a note's, a contact–company link's, an activity's and an
 * attachment's entries are hidden from a department-scoped audit viewer who may not see the client
 * they belong to, and their details lose the fields the viewer's role hides.
 */
describe.each(DIALECTS)('audit entries of child records on %s', (dialect) => {
  it("hides a note's, a link's, an activity's and an attachment's details when their client is out of sight", async () => {
    const server = await testServer(dialect, { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-audit-children-')) });
    const { workspace, client: admin } = await clientTeam(server);
    const sales = (await admin.post('/api/v1/departments', { name: 'Sales' })).body.department;
    const base = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'head_of_sales');
    const role = (await admin.post('/api/v1/roles', { name: 'Head with audit', copyFromId: base.id, permissions: { audit: { view: 'department', export: 'department' } } })).body.role;
    const head = await member(server, workspace, role.key, sales.id);
    const seller = await member(server, workspace, 'manager', sales.id);
    const outsider = await member(server, workspace, 'manager');
    const gone = (await seller.client.post('/api/v1/contacts', { firstName: 'Gone' })).body.contact;
    const kept = (await seller.client.post('/api/v1/contacts', { firstName: 'Kept' })).body.contact;
    const company = (await seller.client.post('/api/v1/companies', { name: 'Acme' })).body.company;
    for (const contact of [gone, kept]) {
      const note = (await seller.client.post('/api/v1/notes', { subjectType: 'contact', subjectId: contact.id, body: `${SECRET_NOTE} ${contact.firstName}` })).body.note;
      expect((await seller.client.patch(`/api/v1/notes/${note.id}`, { body: `${SECRET_NOTE} ${contact.firstName} v2`, version: note.version })).status).toBe(200);
      expect((await seller.client.post(`/api/v1/contacts/${contact.id}/companies`, { companyId: company.id, role: `CFO ${contact.firstName}` })).status).toBe(201);
      const activity = await seller.client.post('/api/v1/activities', { kind: 'task', title: `${SECRET_NOTE} task ${contact.firstName}`, contactId: contact.id, dueDay: '2026-12-11' });
      expect(activity.status, JSON.stringify(activity.body)).toBe(201);
      const file = await upload(server, seller.client, { subjectType: 'contact', subjectId: contact.id, fileName: `passport-${contact.firstName}.txt` }, Buffer.from('x'), 'text/plain');
      expect(file.status, JSON.stringify(file.body)).toBe(201);
    }
    // The client goes to another department's manager; the activity and the link stay the seller's.
    expect((await admin.patch(`/api/v1/contacts/${gone.id}`, { ownerId: outsider.user.id, version: 1 })).status).toBe(200);
    expect((await head.client.get(`/api/v1/contacts/${gone.id}`)).status).toBe(404);

    const page = await head.client.get(`/api/v1/audit?userId=${seller.user.id}&limit=100`);
    expect(page.status).toBe(200);
    const entries = page.body.items as Array<{ action: string; entityType: string; changes: unknown; hidden?: boolean }>;
    for (const type of ['note', 'contact_company', 'activity', 'attachment']) {
      const ofType = entries.filter((e) => e.entityType === type);
      const shown = ofType.filter((e) => !e.hidden);
      const hidden = ofType.filter((e) => e.hidden);
      expect(hidden.length, type).toBeGreaterThan(0);
      expect(shown.length, type).toBeGreaterThan(0);
      for (const entry of hidden) expect(entry.changes, type).toBeNull();
      expect(JSON.stringify(shown), type).toContain('Kept');
    }
    expect(entries.some((e) => e.action === 'note.updated' && e.hidden)).toBe(true);
    expect(JSON.stringify(page.body)).not.toMatch(/Gone/);
    const csv = await head.client.get(`/api/v1/audit/export?userId=${seller.user.id}`);
    expect(csv.status).toBe(200);
    expect(csv.body as string).not.toContain('Gone');
    expect(csv.body as string).toContain('Kept');

    // The administrator sees every client, so every detail.
    expect(JSON.stringify((await admin.get(`/api/v1/audit?userId=${seller.user.id}&limit=100`)).body)).toContain('Gone v2');
  });
});
