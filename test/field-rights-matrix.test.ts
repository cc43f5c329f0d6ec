import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, type TestClient, type TestServer } from './server.js';
import { matrixTeam, type MatrixMember, type MatrixTeam } from './fixtures/matrix.js';

/**
 * The permission matrix extended with field rights (decision 0027): a role that sees contacts'
 * phones masked, emails and a custom field hidden and notes read-only, over every path that
 * serves a record — card, list, list search, global search, export, history, audit, timeline and an
 * API token — plus the writes it may not make, filters and sorts it may not use, and the call.
 */
const PHONE = '+7 912 345-67-89';
const PHONE_DIGITS = '79123456789';
const MASK = '+7 912 ***-**-89';
const EMAIL = 'ivan.secret@example.com';
const PASSPORT = '4510 987654';
const leaks = (body: unknown) => {
  const text = JSON.stringify(body);
  return [PHONE_DIGITS, EMAIL, PASSPORT, 'ivan.secret'].filter((needle) => text.includes(needle));
};

describe.each(DIALECTS)('field rights over every path on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;
  let member: MatrixMember;
  let contactId: string;
  let passportKey: string;
  let roleId: string;
  let name: string;

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
    const field = await admin.post('/api/v1/custom-fields', { entity: 'contact', label: 'Passport', type: 'text', filterable: true });
    expect(field.status, JSON.stringify(field.body)).toBe(201);
    passportKey = field.body.field.key;
    const manager = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = await admin.post('/api/v1/roles', {
      name: 'Manager (masked phones)', copyFromId: manager.id,
      permissions: { contacts: { export: 'own' }, audit: { view: 'all' } },
      fieldRights: { contact: { phones: 'masked', emails: 'hidden', notes: 'read_only', [`custom.${passportKey}`]: 'hidden' }, company: { taxId: 'hidden' } },
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    roleId = role.body.role.id;
    expect(role.body.role.fieldRights.contact).toEqual({ phones: 'masked', emails: 'hidden', notes: 'read_only', [`custom.${passportKey}`]: 'hidden' });
    member = await team.member(role.body.role.key, 'sales', 'masked-manager');
    name = `Fieldright${Math.random().toString(36).slice(2, 7)}`;
    const created = await admin.post('/api/v1/contacts', {
      firstName: name, lastName: 'Ivanov', ownerId: member.id, phones: [{ value: PHONE }], emails: [{ value: EMAIL }],
      notes: 'Prefers calls', custom: { [passportKey]: PASSPORT },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    contactId = created.body.contact.id;
    // A change, so history and audit hold a diff with the phone and email in it.
    const changed = await admin.patch(`/api/v1/contacts/${contactId}`, { version: 1, phones: [{ value: PHONE }, { value: '+7 912 000-11-22' }], emails: [{ value: EMAIL }] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  });

  it('shows the card and the list with the phone masked and the hidden fields absent', async () => {
    const card = await member.client.get(`/api/v1/contacts/${contactId}`);
    expect(card.status).toBe(200);
    const contact = card.body.contact;
    expect(contact.phones[0]).toMatchObject({ value: MASK, display: MASK, e164: null, tel: null, masked: true });
    expect(contact).not.toHaveProperty('emails');
    expect(contact.custom).not.toHaveProperty(passportKey);
    expect(contact.notes).toBe('Prefers calls');
    expect(leaks(card.body)).toEqual([]);

    const list = await member.client.get(`/api/v1/contacts?q=${name}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([contactId]);
    expect(list.body.items[0].primaryPhone).toMatchObject({ display: MASK, masked: true });
    expect(list.body.items[0]).not.toHaveProperty('primaryEmail');
    expect(leaks(list.body)).toEqual([]);

    // The administrator sees everything.
    const full = (await admin.get(`/api/v1/contacts/${contactId}`)).body.contact;
    expect(full.emails[0].value).toBe(EMAIL);
    expect(full.phones[0].e164).toBe(`+${PHONE_DIGITS}`);
  });

  it('never matches a search on a hidden field, in the list or the global search', async () => {
    for (const q of [EMAIL, 'ivan.secret', PASSPORT]) {
      const list = await member.client.get(`/api/v1/contacts?q=${encodeURIComponent(q)}`);
      expect(list.status).toBe(200);
      expect(list.body.items, `list q=${q}`).toEqual([]);
      const counted = await member.client.get(`/api/v1/contacts?q=${encodeURIComponent(q)}&sort=-createdAt&count=1`);
      expect(counted.body.total, `count q=${q}`).toBe(0);
      const global = await member.client.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      const contacts = global.body.groups.find((g: { type: string }) => g.type === 'contact');
      expect(contacts.items, `search q=${q}`).toEqual([]);
    }
    // The admin finds it by the same email, so the refusal above is the field right's doing.
    const byAdmin = await admin.get(`/api/v1/search?q=${encodeURIComponent(EMAIL)}`);
    expect(byAdmin.body.groups.find((g: { type: string }) => g.type === 'contact').items.map((i: { id: string }) => i.id)).toContain(contactId);
    // Names still find it.
    const byName = await member.client.get(`/api/v1/search?q=${name}`);
    expect(byName.body.groups.find((g: { type: string }) => g.type === 'contact').items.map((i: { id: string }) => i.id)).toEqual([contactId]);
  });

  it('refuses filtering and sorting on a hidden field, naming it', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ field: `custom.${passportKey}`, op: 'eq', value: PASSPORT }]));
    const filtered = await member.client.get(`/api/v1/contacts?filter=${filter}`);
    expect(filtered.status).toBe(403);
    expect(filtered.body.error).toMatchObject({ code: 'field_hidden', fields: { [`custom.${passportKey}`]: 'hidden' } });
    const sorted = await member.client.get(`/api/v1/contacts?sort=custom.${passportKey}`);
    expect(sorted.status).toBe(403);
    expect((await member.client.get(`/api/v1/contacts/export?filter=${filter}`)).status).toBe(403);
    // A company's hidden tax id likewise.
    const taxFilter = encodeURIComponent(JSON.stringify([{ field: 'taxId', op: 'contains', value: '77' }]));
    const tax = await member.client.get(`/api/v1/companies?filter=${taxFilter}`);
    expect(tax.status).toBe(403);
    expect(tax.body.error.fields).toEqual({ taxId: 'hidden' });
    // A visible field filters as before.
    const byName = encodeURIComponent(JSON.stringify([{ field: 'firstName', op: 'eq', value: name }]));
    expect((await member.client.get(`/api/v1/contacts?filter=${byName}`)).body.items).toHaveLength(1);
  });

  it('exports the mask and leaves the hidden fields out', async () => {
    const res = await member.client.get(`/api/v1/contacts/export?q=${name}`);
    expect(res.status).toBe(200);
    const text = res.body as string;
    expect(text).toContain(MASK);
    expect(text).not.toContain('Passport');
    expect(leaks(text)).toEqual([]);
  });

  it('keeps hidden and masked values out of history, audit details, the timeline and token answers', async () => {
    const history = await member.client.get(`/api/v1/history/contact/${contactId}`);
    expect(history.status).toBe(200);
    expect(history.body.items.length).toBeGreaterThanOrEqual(2);
    expect(leaks(history.body)).toEqual([]);
    expect(JSON.stringify(history.body)).toContain(MASK);

    const audit = await member.client.get(`/api/v1/audit?entityId=${contactId}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.some((e: { action: string; changes: unknown }) => e.action === 'contact.updated' && e.changes !== null)).toBe(true);
    expect(leaks(audit.body)).toEqual([]);
    const adminAudit = await admin.get(`/api/v1/audit?entityId=${contactId}`);
    expect(JSON.stringify(adminAudit.body)).toContain(EMAIL);

    expect((await admin.post('/api/v1/notes', { subjectType: 'contact', subjectId: contactId, body: 'Called back' })).status).toBe(201);
    const timeline = await member.client.get(`/api/v1/timeline?subjectType=contact&subjectId=${contactId}`);
    expect(timeline.status).toBe(200);
    expect(leaks(timeline.body)).toEqual([]);

    const token = (await member.client.post('/api/v1/tokens', { name: 'field rights', scopes: ['contacts:read'] })).body.secret as string;
    const byToken = await server.client().get(`/api/v1/contacts/${contactId}`, { authorization: `Bearer ${token}` });
    expect(byToken.status).toBe(200);
    expect(byToken.body.contact.phones[0].display).toBe(MASK);
    expect(byToken.body.contact).not.toHaveProperty('emails');
    const listByToken = await server.client().get(`/api/v1/contacts?q=${name}`, { authorization: `Bearer ${token}` });
    expect(leaks(listByToken.body)).toEqual([]);
  });

  it('refuses changes to masked, read-only and hidden fields, and takes the rest', async () => {
    const version = (await member.client.get(`/api/v1/contacts/${contactId}`)).body.contact.version;
    for (const [body, field] of [
      [{ phones: [{ value: '+7 900 000-00-00' }] }, 'phones'],
      [{ emails: [] }, 'emails'],
      [{ notes: 'changed' }, 'notes'],
      [{ custom: { [passportKey]: '1' } }, `custom.${passportKey}`],
    ] as const) {
      const res = await member.client.patch(`/api/v1/contacts/${contactId}`, { version, ...body });
      expect(res.status, field).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'field_read_only', fields: { [field]: 'read_only' } });
    }
    const ok = await member.client.patch(`/api/v1/contacts/${contactId}`, { version, position: 'Buyer' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.contact.phones[0].display).toBe(MASK);
    // The hidden email survived the member's write.
    expect((await admin.get(`/api/v1/contacts/${contactId}`)).body.contact.emails[0].value).toBe(EMAIL);
    // A new record may fill them: whoever creates a client enters its phone.
    const own = await member.client.post('/api/v1/contacts', { firstName: `${name}new`, phones: [{ value: '+7 912 111-22-33' }] });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.contact.phones[0]).toMatchObject({ masked: true, display: '+7 912 ***-**-33' });
  });

  it('calls a masked phone without showing it, logged as a read and audited', async () => {
    const call = await member.client.post(`/api/v1/contacts/${contactId}/phones/0/call`, {});
    expect(call.status, JSON.stringify(call.body)).toBe(200);
    expect(call.body.tel).toBe(`tel:+${PHONE_DIGITS}`);
    expect((await member.client.post(`/api/v1/contacts/${contactId}/phones/7/call`, {})).status).toBe(404);
    const audit = await admin.get(`/api/v1/audit?action=contact.phone_called&entityId=${contactId}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].changes).toEqual({ field: 'phones', index: 0 });
    // Hidden phones cannot be called.
    const hiding = await admin.patch(`/api/v1/roles/${roleId}`, { version: (await admin.get('/api/v1/roles')).body.items.find((r: { id: string }) => r.id === roleId).version, fieldRights: { contact: { phones: 'hidden' } } });
    expect(hiding.status, JSON.stringify(hiding.body)).toBe(200);
    const refused = await member.client.post(`/api/v1/contacts/${contactId}/phones/0/call`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('field_hidden');
    const card = (await member.client.get(`/api/v1/contacts/${contactId}`)).body.contact;
    expect(card).not.toHaveProperty('phones');
    const byPhone = await member.client.get(`/api/v1/search?q=${PHONE_DIGITS}`);
    expect(byPhone.body.groups.find((g: { type: string }) => g.type === 'contact').items).toEqual([]);
    // Back to masked for the other tests' sake (order is not relied on, but keep the role as set up).
    const back = await admin.patch(`/api/v1/roles/${roleId}`, { version: hiding.body.role.version, fieldRights: { contact: { phones: 'masked' } } });
    expect(back.status).toBe(200);
  });

  it('shows a role that may not see deal amounts the board\'s counts without its sums', async () => {
    const manager = (await admin.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = await admin.post('/api/v1/roles', { name: 'Manager (no amounts)', copyFromId: manager.id, fieldRights: { deal: { amount: 'hidden' } } });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const blind = await team.member(role.body.role.key, 'sales', 'amount-blind');
    const pipeline = (await admin.get('/api/v1/pipelines')).body.items[0];
    for (const amount of [120_000, 35_000]) {
      expect((await admin.post('/api/v1/deals', { title: `Board ${amount}`, amount, currency: 'EUR', ownerId: blind.id, pipelineId: pipeline.id })).status).toBe(201);
    }
    const seen = (await admin.get(`/api/v1/pipelines/${pipeline.id}/board`)).body;
    expect(seen.totals.amounts.find((a: { currency: string }) => a.currency === 'EUR').sum).toBeGreaterThanOrEqual(155_000);
    const board = await blind.client.get(`/api/v1/pipelines/${pipeline.id}/board`);
    expect(board.status).toBe(200);
    expect(board.body.totals.count).toBe(2);
    expect(board.body.totals.amounts).toEqual([]);
    expect(board.body.totals.converted).toBeNull();
    for (const column of board.body.columns) {
      expect(column.amounts).toEqual([]);
      expect(column.converted).toBeNull();
      for (const card of column.items) expect(card).not.toHaveProperty('amount');
    }
    expect(JSON.stringify(board.body)).not.toContain('155000');
  });

  it('refuses bad field rights with clear errors and changes nothing', async () => {
    const roles = (await admin.get('/api/v1/roles')).body.items as Array<{ id: string; key: string; version: number; fieldRights: unknown }>;
    const role = roles.find((r) => r.id === roleId)!;
    const retired = await admin.post('/api/v1/custom-fields', { entity: 'contact', label: 'Old code', type: 'text' });
    expect((await admin.post(`/api/v1/custom-fields/${retired.body.field.id}/retire`, {})).status).toBe(200);
    const bad = await admin.patch(`/api/v1/roles/${roleId}`, {
      version: role.version,
      fieldRights: { contact: { [`custom.${retired.body.field.key}`]: 'hidden', addresses: 'masked', shoeSize: 'hidden' }, planet: { x: 'hidden' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({
      [`fieldRights.contact.custom.${retired.body.field.key}`]: 'retired',
      'fieldRights.contact.addresses': 'invalid_option',
      'fieldRights.contact.shoeSize': 'not_found',
      'fieldRights.planet': 'not_found',
    });
    const after = (await admin.get('/api/v1/roles')).body.items.find((r: { id: string }) => r.id === roleId);
    expect(after.version).toBe(role.version);
    expect(after.fieldRights).toEqual(role.fieldRights);
    const adminRole = roles.find((r) => r.key === 'admin')!;
    const locked = await admin.patch(`/api/v1/roles/${adminRole.id}`, { version: adminRole.version, fieldRights: { contact: { phones: 'masked' } } });
    expect(locked.status).toBe(400);
    expect(locked.body.error.fields).toEqual({ fieldRights: 'locked' });
  });
});
