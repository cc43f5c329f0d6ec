import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('contacts CRUD on %s', (dialect) => {
  it('creates, reads, updates and deletes a contact with normalized details and history', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const created = await client.post('/api/v1/contacts', {
      firstName: ' Иван ', lastName: 'Петров', position: 'CEO', birthday: '1980-02-29', status: 'client',
      phones: [{ value: '8 912 345-67-89' }, { type: 'work', value: '+7 (912) 345 67 89' }, { value: '+7 495 123-45-67 доб. 12', type: 'work' }],
      emails: [{ value: 'Ivan@Example.COM' }, { type: 'personal', value: 'ivan@example.com' }],
      messengers: [{ type: 'telegram', value: '@IvanP' }],
      addresses: [{ city: 'Москва', street: '' }, { street: '  ' }],
      tags: [' VIP ', 'vip', 'Партнёр'], website: 'https://example.com', notes: '<b>not html</b>',
    });
    expect(created.status).toBe(201);
    const c = created.body.contact;
    expect(c).toMatchObject({
      firstName: 'Иван', lastName: 'Петров', middleName: null, displayName: 'Иван Петров', status: 'client', birthday: '1980-02-29',
      emails: [{ type: 'work', value: 'ivan@example.com' }], messengers: [{ type: 'telegram', value: '@IvanP' }],
      addresses: [{ type: 'work', city: 'Москва' }], tags: ['VIP', 'Партнёр'], notes: '<b>not html</b>',
      owner: { id: admin.id, name: admin.name }, companies: [], version: 1, abilities: { edit: true, delete: true },
    });
    expect(c.phones).toEqual([
      { type: 'mobile', value: '8 912 345-67-89', e164: '+79123456789', display: '8 (912) 345-67-89', tel: 'tel:+79123456789', flagged: false },
      expect.objectContaining({ e164: '+74951234567', tel: 'tel:+74951234567;ext=12', flagged: false }),
    ]);
    const got = await client.get(`/api/v1/contacts/${c.id}`);
    expect(got.body.contact).toEqual(c);

    const updated = await client.patch(`/api/v1/contacts/${c.id}`, { middleName: 'Сергеевич', tags: ['VIP'], version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body.contact).toMatchObject({ displayName: 'Иван Сергеевич Петров', tags: ['VIP'], version: 2 });
    const [audit] = await listAuditEntries(server.handle.db, workspace.id, { action: 'contact.updated', entityId: c.id });
    expect(audit!.changes).toMatchObject({ middle_name: [null, 'Сергеевич'], display_name: ['Иван Петров', 'Иван Сергеевич Петров'] });
    const typed = await client.patch(`/api/v1/contacts/${c.id}`, { displayName: 'Ваня', version: 2 });
    expect(typed.body.contact.displayName).toBe('Ваня');
    expect((await client.patch(`/api/v1/contacts/${c.id}`, { lastName: 'Сидоров', version: 3 })).body.contact.displayName).toBe('Ваня');

    const tags = await client.get('/api/v1/tags?entity=contact');
    expect(tags.body.items).toEqual([{ tag: 'VIP', count: 1 }]);
    expect((await client.delete(`/api/v1/contacts/${c.id}?version=1`)).status).toBe(409);
    expect((await client.delete(`/api/v1/contacts/${c.id}?version=4`)).status).toBe(204);
    expect((await client.get(`/api/v1/contacts/${c.id}`)).status).toBe(404);
    expect((await client.get('/api/v1/tags?entity=contact')).body.items).toEqual([]);
    const versions = await listVersions(server.handle.db, workspace.id, 'contact', c.id);
    expect(versions.map((v) => v.action)).toEqual(['delete', 'update', 'update', 'update', 'create']);
  });

  it('answers 409 with the current record on a stale version', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server);
    const c = (await client.post('/api/v1/contacts', { firstName: 'Анна' })).body.contact;
    await client.patch(`/api/v1/contacts/${c.id}`, { lastName: 'Смирнова', version: 1 });
    const stale = await client.patch(`/api/v1/contacts/${c.id}`, { lastName: 'Кузнецова', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toMatchObject({ id: c.id, lastName: 'Смирнова', version: 2 });
  });

  it('refuses bad input with field errors', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const fields = async (body: unknown) => {
      const res = await client.post('/api/v1/contacts', body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      return res.body.error.fields;
    };
    expect(await fields({ position: 'Nobody' })).toEqual({ firstName: 'required' });
    expect(await fields({ firstName: '   ', displayName: '' })).toEqual({ firstName: 'required' });
    expect(await fields({ firstName: 'x'.repeat(201) })).toEqual({ firstName: 'too_long' });
    expect(await fields({ firstName: 'A', notes: 'n'.repeat(20_001) })).toEqual({ notes: 'too_long' });
    expect(await fields({ firstName: 'A', emails: [{ value: 'not-an-email' }] })).toEqual({ 'emails.0.value': 'invalid_email' });
    expect(await fields({ firstName: 'A', phones: [{ value: '+7 912 345-67-89' }, { value: 'call me maybe' }] })).toEqual({ 'phones.1.value': 'invalid_phone' });
    expect(await fields({ firstName: 'A', tags: ['t'.repeat(51)] })).toEqual({ 'tags.0': 'too_long' });
    expect(await fields({ firstName: 'A', birthday: '2023-02-30' })).toEqual({ birthday: 'invalid_date' });
    expect(await fields({ firstName: 'A', website: 'javascript:alert(1)' })).toEqual({ website: 'invalid_url' });
    expect(await fields({ firstName: 'A', status: 'vip' })).toEqual({ status: 'invalid_option' });
    expect(await fields({ firstName: 'A', colour: 'red' })).toEqual({ colour: 'unknown_field' });
    expect(await fields({ firstName: 'A', custom: { nope: 1 } })).toEqual({ 'custom.nope': 'unknown_field' });
    // Half a megabyte passes the body limit and fails the field; ten megabytes never reach the schema.
    expect(await fields({ firstName: 'x'.repeat(500_000) })).toEqual({ firstName: 'too_long' });
    const huge = await client.post('/api/v1/contacts', { firstName: 'x'.repeat(10 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    const kept = await client.post('/api/v1/contacts', { firstName: 'A', phones: [{ value: 'call me maybe', keepAsTyped: true }] });
    expect(kept.body.contact.phones).toEqual([{ type: 'mobile', value: 'call me maybe', e164: null, display: 'call me maybe', tel: null, flagged: true }]);

    const leaver = await member(server, workspace, 'manager');
    await client.post(`/api/v1/users/${leaver.user.id}/deactivate`, { version: leaver.user.version });
    expect(await fields({ firstName: 'A', ownerId: leaver.user.id })).toEqual({ ownerId: 'inactive_user' });
    expect(await fields({ firstName: 'A', ownerId: '0190a0a0-0000-7000-8000-000000000001' })).toEqual({ ownerId: 'not_found' });
  });

  it('lets a manager own only what they create and refuses giving it away', async () => {
    const server = await testServer(dialect);
    const { workspace, admin } = await clientTeam(server);
    const { user: manager, client } = await member(server, workspace, 'manager');
    const own = await client.post('/api/v1/contacts', { firstName: 'Мой' });
    expect(own.body.contact.owner.id).toBe(manager.id);
    const given = await client.post('/api/v1/contacts', { firstName: 'Чужой', ownerId: admin.id });
    expect(given.status).toBe(400);
    expect(given.body.error.fields).toEqual({ ownerId: 'forbidden' });
    const moved = await client.patch(`/api/v1/contacts/${own.body.contact.id}`, { ownerId: admin.id, version: 1 });
    expect(moved.body.error.fields).toEqual({ ownerId: 'forbidden' });
  });
  it('checks custom field values: defaults, required, types and users of the workspace', async () => {
    const server = await testServer(dialect);
    const { admin, client } = await clientTeam(server);
    const field = async (body: Record<string, unknown>) => (await client.post('/api/v1/custom-fields', { entity: 'contact', ...body })).body.field;
    const tier = await field({ label: 'Tier', type: 'select', options: [{ label: 'Gold' }, { label: 'Silver' }], defaultValue: 'silver' });
    const budget = await field({ label: 'Budget', type: 'number', required: true });
    const manager = await field({ label: 'Account manager', type: 'user' });
    const bad = await client.post('/api/v1/contacts', { firstName: 'A', custom: { [tier.key]: 'bronze', [manager.key]: '0190a0a0-0000-7000-8000-000000000001' } });
    expect(bad.body.error.fields).toEqual({ [`custom.${tier.key}`]: 'invalid_option', [`custom.${budget.key}`]: 'required' });
    const stranger = await client.post('/api/v1/contacts', { firstName: 'A', custom: { [budget.key]: 1, [manager.key]: '0190a0a0-0000-7000-8000-000000000001' } });
    expect(stranger.body.error.fields).toEqual({ [`custom.${manager.key}`]: 'not_found' });
    const ok = await client.post('/api/v1/contacts', { firstName: 'A', custom: { [budget.key]: 1500, [manager.key]: admin.id } });
    expect(ok.body.contact.custom).toEqual({ [tier.key]: 'silver', [budget.key]: 1500, [manager.key]: admin.id });
    const cleared = await client.patch(`/api/v1/contacts/${ok.body.contact.id}`, { custom: { [budget.key]: null }, version: 1 });
    expect(cleared.body.error.fields).toEqual({ [`custom.${budget.key}`]: 'required' });
    const kept = await client.patch(`/api/v1/contacts/${ok.body.contact.id}`, { firstName: 'B', version: 1 });
    expect(kept.body.contact.custom[budget.key]).toBe(1500);
  });
});
