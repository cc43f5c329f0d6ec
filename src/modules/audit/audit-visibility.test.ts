import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('audit by visibility on %s', (dialect) => {
  it("shows a head of sales with department-scope audit that a colleague's entry exists, but not the phone of a client they get 404 for", async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const sales = (await admin.post('/api/v1/departments', { name: 'Sales' })).body.department;
    const roles = (await admin.get('/api/v1/roles')).body.items;
    const base = roles.find((r: { key: string }) => r.key === 'head_of_sales');
    const role = (await admin.post('/api/v1/roles', { name: 'Head with audit', copyFromId: base.id, permissions: { audit: { view: 'department', export: 'department' } } })).body.role;
    const head = await member(server, workspace, role.key, sales.id);
    const seller = await member(server, workspace, 'manager', sales.id);
    const outsider = await member(server, workspace, 'manager');
    const kept = (await seller.client.post('/api/v1/contacts', { firstName: 'Kept', phones: [{ value: '+7 912 000 11 22' }] })).body.contact;
    const gone = (await seller.client.post('/api/v1/contacts', { firstName: 'Gone', phones: [{ value: '+7 912 345 67 89' }] })).body.contact;
    expect((await admin.patch(`/api/v1/contacts/${gone.id}`, { ownerId: outsider.user.id, version: 1 })).status).toBe(200);
    expect((await head.client.get(`/api/v1/contacts/${gone.id}`)).status).toBe(404);

    const page = await head.client.get(`/api/v1/audit?userId=${seller.user.id}&action=contact.created`);
    expect(page.status).toBe(200);
    const byId = new Map(page.body.items.map((e: { entityId: string }) => [e.entityId, e]));
    expect(byId.get(gone.id)).toMatchObject({ action: 'contact.created', entityType: 'contact', entityId: gone.id, actor: { id: seller.user.id }, changes: null, hidden: true });
    // The phone in any spelling (a bare '345' also turns up inside random request ids).
    expect(JSON.stringify(page.body)).not.toMatch(/345 67 89|3456789/);
    expect(JSON.stringify(byId.get(kept.id))).toContain('000');
    expect(byId.get(kept.id)).not.toHaveProperty('hidden');

    const csv = await head.client.get(`/api/v1/audit/export?userId=${seller.user.id}`);
    expect(csv.status).toBe(200);
    const text = csv.body as string;
    expect(text).toContain(gone.id);
    expect(text).not.toMatch(/345 67 89|3456789/);
    expect(text).toContain('000');

    // The administrator sees every record, so every detail.
    const all = await admin.get(`/api/v1/audit?entityId=${gone.id}`);
    expect(all.body.items.every((e: { hidden?: boolean }) => !e.hidden)).toBe(true);
    expect(JSON.stringify(all.body)).toContain('345');
  });
});
