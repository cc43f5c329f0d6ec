import { describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer } from './server.js';
import { clientTeam, member } from './fixtures/clients-kit.js';
import type { Workspace } from '../src/modules/workspaces/workspaces.service.js';

/**
 * Field rights on create (decision 0027): a field the role may only read answers 403
 * `field_read_only`, one it may not see 403 `field_hidden`, for contacts, companies, deals and
 * custom fields alike, and nothing is created. Masked fields may be filled.
 */
describe.each(DIALECTS)('field rights when creating on %s', (dialect) => {
  it('refuses read-only and hidden fields on create, creates nothing, and takes masked and open ones', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const keys: Record<string, string> = {};
    for (const entity of ['contact', 'company', 'deal']) {
      const field = await admin.post('/api/v1/custom-fields', { entity, label: `Secret ${entity}`, type: 'text' });
      expect(field.status, JSON.stringify(field.body)).toBe(201);
      keys[entity] = field.body.field.key;
    }
    const manager = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = await admin.post('/api/v1/roles', {
      name: 'Manager (limited fields)', copyFromId: manager.id,
      fieldRights: {
        contact: { phones: 'masked', emails: 'hidden', notes: 'read_only', [`custom.${keys.contact}`]: 'hidden' },
        company: { taxId: 'hidden', addresses: 'read_only', [`custom.${keys.company}`]: 'read_only' },
        deal: { amount: 'hidden', comment: 'read_only', [`custom.${keys.deal}`]: 'hidden' },
      },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const { client } = await member(server, workspace as Workspace, role.body.role.key);

    const cases: Array<[string, Record<string, unknown>, string, Record<string, string>]> = [
      ['/api/v1/contacts', { firstName: 'Ivan', notes: 'x' }, 'field_read_only', { notes: 'read_only' }],
      ['/api/v1/contacts', { firstName: 'Ivan', emails: [{ value: 'ivan@example.com' }] }, 'field_hidden', { emails: 'hidden' }],
      ['/api/v1/contacts', { firstName: 'Ivan', custom: { [keys.contact!]: 'x' } }, 'field_hidden', { [`custom.${keys.contact}`]: 'hidden' }],
      // A hidden field wins over a read-only one in the same body: it names only the hidden ones.
      ['/api/v1/contacts', { firstName: 'Ivan', notes: 'x', emails: [] }, 'field_hidden', { emails: 'hidden' }],
      ['/api/v1/companies', { name: 'Acme', taxId: '7701234567' }, 'field_hidden', { taxId: 'hidden' }],
      ['/api/v1/companies', { name: 'Acme', addresses: [{ city: 'Moscow' }] }, 'field_read_only', { addresses: 'read_only' }],
      ['/api/v1/companies', { name: 'Acme', custom: { [keys.company!]: 'x' } }, 'field_read_only', { [`custom.${keys.company}`]: 'read_only' }],
      ['/api/v1/deals', { title: 'Big', amount: 100_000, currency: 'EUR' }, 'field_hidden', { amount: 'hidden' }],
      ['/api/v1/deals', { title: 'Big', comment: 'x' }, 'field_read_only', { comment: 'read_only' }],
      ['/api/v1/deals', { title: 'Big', custom: { [keys.deal!]: 'x' } }, 'field_hidden', { [`custom.${keys.deal}`]: 'hidden' }],
    ];
    for (const [path, body, code, fields] of cases) {
      const res = await client.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(403);
      expect(res.body.error, `${path} ${JSON.stringify(body)}`).toMatchObject({ code, fields });
      expect(Object.keys(res.body.error.fields)).toEqual(Object.keys(fields));
    }
    for (const table of ['contacts', 'companies', 'deals'] as const) {
      const rows = await server.handle.db.selectFrom(table).select('id').where('workspace_id', '=', workspace.id).execute();
      expect(rows, table).toHaveLength(0);
    }

    // Without the protected fields, and with a masked one, the records are created.
    const contact = await client.post('/api/v1/contacts', { firstName: 'Ivan', phones: [{ value: '+7 912 111-22-33' }] });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    expect(contact.body.contact.phones[0]).toMatchObject({ masked: true });
    expect((await client.post('/api/v1/companies', { name: 'Acme' })).status).toBe(201);
    const deal = await client.post('/api/v1/deals', { title: 'Big', currency: 'EUR' });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    expect(deal.body.deal).not.toHaveProperty('amount');
    // The administrator, with no field rights, may fill them all.
    expect((await admin.post('/api/v1/companies', { name: 'Beta', taxId: '7701234567', custom: { [keys.company!]: 'x' } })).status).toBe(201);
  });
});
