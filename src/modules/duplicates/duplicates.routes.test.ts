import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { seedCompany, seedContact, seedLink, seedWorkspace } from '../../../test/fixtures/client-rows.js';

async function team(server: TestServer) {
  const workspace = await seedWorkspace(server.handle.db, 'RU');
  const admin = await server.build.user({ workspace, role: 'admin' });
  return { workspace, admin, client: await server.as(admin) };
}

describe.each(DIALECTS)('duplicates on %s', (dialect) => {
  it('checks a draft against phones, emails, names at the same company, and tax ids', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const acme = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Ромашка', taxId: '7707083893' });
    const ivan = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Иван', lastName: 'Петров', phones: ['+7 (912) 345-67-89'], emails: ['Ivan@Romashka.ru'] });
    await seedLink(db, workspace, ivan, acme);
    const namesake = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Ivan', lastName: 'Petrov' });
    const gone = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Стёртый', phones: ['8 912 345 6789'] });
    await db.updateTable('contacts').set({ deleted_at: new Date().toISOString() }).where('id', '=', gone).execute();

    const byPhone = await client.post('/api/v1/duplicates/check', { entity: 'contact', firstName: 'Вася', phones: [{ value: '8 912 345 6789' }] });
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.items).toEqual([{ id: ivan, title: 'Иван Петров', score: 90, reasons: ['phone'] }]);
    const byEmail = await client.post('/api/v1/duplicates/check', { entity: 'contact', emails: ['  IVAN@romashka.RU'] });
    expect(byEmail.body.items).toEqual([{ id: ivan, title: 'Иван Петров', score: 90, reasons: ['email'] }]);
    const byName = await client.post('/api/v1/duplicates/check', { entity: 'contact', firstName: 'Ivan', lastName: 'Petrov', companyIds: [acme] });
    expect(byName.body.items).toEqual([
      { id: ivan, title: 'Иван Петров', score: 70, reasons: ['name'] },
      { id: namesake, title: 'Ivan Petrov', score: 40, reasons: ['name'] },
    ]);
    const all = await client.post('/api/v1/duplicates/check', { entity: 'contact', displayName: 'иван петров', phones: ['+79123456789'], emails: [{ type: 'work', value: 'ivan@romashka.ru' }] });
    expect(all.body.items[0]).toEqual({ id: ivan, title: 'Иван Петров', score: 90, reasons: ['phone', 'email', 'name'] });

    // A stored record is checked by its id with what it has, and never finds itself.
    const self = await client.post('/api/v1/duplicates/check', { entity: 'contact', id: ivan });
    expect(self.body.items).toEqual([{ id: namesake, title: 'Ivan Petrov', score: 40, reasons: ['name'] }]);
    const fromNamesake = await client.post('/api/v1/duplicates/check', { entity: 'contact', id: namesake, companyIds: [acme] });
    expect(fromNamesake.body.items).toEqual([{ id: ivan, title: 'Иван Петров', score: 70, reasons: ['name'] }]);

    const twin = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Romashka LLC', taxId: '77-0708-3893' });
    const byTax = await client.post('/api/v1/duplicates/check', { entity: 'company', name: 'Другая', taxId: '7707083893' });
    expect(byTax.body.items.map((i: { id: string; score: number }) => [i.id, i.score])).toEqual([[twin, 95], [acme, 95]]);
    // "Romashka LLC" is "Ромашка" with a legal form: the same name too.
    expect((await client.post('/api/v1/duplicates/check', { entity: 'company', id: twin })).body.items).toEqual([{ id: acme, title: 'Ромашка', score: 95, reasons: ['tax_id', 'name'] }]);
    expect((await client.post('/api/v1/duplicates/check', { entity: 'company', name: 'ромашка' })).body.items.map((i: { id: string; score: number; reasons: string[] }) => [i.id, i.score, i.reasons]).sort()).toEqual(
      [[acme, 40, ['name']], [twin, 40, ['name']]].sort(),
    );
    expect((await client.post('/api/v1/duplicates/check', { entity: 'company', name: 'Ромашка Плюс' })).body.items).toEqual([]);
  });

  it('checks only records the actor can see, and validates the draft', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const db = server.handle.db;
    const [alice, bob] = [await server.build.user({ workspace, role: 'manager' }), await server.build.user({ workspace, role: 'manager' })];
    const mine = await seedContact(db, workspace, { ownerId: alice.id, displayName: 'Анна', emails: ['anna@x.test'] });
    const theirs = await seedContact(db, workspace, { ownerId: bob.id, displayName: 'Анна Б', emails: ['anna@x.test'] });
    const asAlice = await server.as(alice);
    expect((await asAlice.post('/api/v1/duplicates/check', { entity: 'contact', emails: ['anna@x.test'] })).body.items.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect((await client.post('/api/v1/duplicates/check', { entity: 'contact', emails: ['anna@x.test'] })).body.items).toHaveLength(2);
    expect((await asAlice.post('/api/v1/duplicates/check', { entity: 'contact', id: theirs })).status).toBe(404);

    const bad = await client.post('/api/v1/duplicates/check', { entity: 'deal', id: 'x', phones: ['1'.repeat(61)], colour: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ entity: 'invalid_option', id: 'not_found', 'phones.0': 'too_long', colour: 'unknown_field' });
    expect((await client.post('/api/v1/duplicates/check', { entity: 'contact', phones: ['12'] })).body.items).toEqual([]);
  });

  it('lists groups with their reasons, strongest first, within the actor\'s scope', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const manager = await server.build.user({ workspace, role: 'manager' });
    const acme = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Acme' });
    const other = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Other' });
    const a1 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Мария Соколова', phones: ['+7 912 111-22-33'], createdAt: '2026-01-01T00:00:00.000Z' });
    const a2 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Maria Sokolova', phones: ['89121112233'], createdAt: '2026-01-02T00:00:00.000Z' });
    const a3 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Яна Соколова', emails: ['m@sokol.ru'], createdAt: '2026-01-03T00:00:00.000Z' });
    const a4 = await seedContact(db, workspace, { ownerId: manager.id, displayName: 'Соколова Я.', emails: ['M@Sokol.ru'], createdAt: '2026-01-04T00:00:00.000Z' });
    const b1 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Пётр Орлов', createdAt: '2026-01-05T00:00:00.000Z' });
    const b2 = await seedContact(db, workspace, { ownerId: manager.id, displayName: 'Petr Orlov', createdAt: '2026-01-06T00:00:00.000Z' });
    const c1 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Олег Зуев' });
    const c2 = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Олег Зуев' });
    for (const [contact, company] of [[b1, acme], [b2, acme], [c1, acme], [c2, other]] as const) await seedLink(db, workspace, contact, company);

    const res = await client.get('/api/v1/duplicates?entity=contact');
    expect(res.status).toBe(200);
    expect(res.body.groups.map((g: { score: number; reasons: string[]; records: Array<{ id: string }> }) => [g.score, g.reasons, g.records.map((r) => r.id)])).toEqual([
      [90, ['phone', 'name'], [a1, a2]],
      [90, ['email'], [a3, a4]],
      [70, ['name'], [b1, b2]],
    ]);
    expect(res.body.groups[0].records[0]).toEqual({ id: a1, title: 'Мария Соколова', subtitle: null, createdAt: '2026-01-01T00:00:00.000Z' });
    expect((await client.get('/api/v1/duplicates?entity=contact&limit=1')).body.groups).toHaveLength(1);
    expect((await (await server.as(manager)).get('/api/v1/duplicates?entity=contact')).body.groups).toEqual([]);

    await seedCompany(db, workspace, { ownerId: admin.id, name: 'Zeta', taxId: 'BG 175074752' });
    await seedCompany(db, workspace, { ownerId: admin.id, name: 'Zeta Ltd', taxId: 'bg175-074-752', phones: ['+7 912 111-22-33'] });
    const companies = await client.get('/api/v1/duplicates?entity=company');
    expect(companies.body.groups.map((g: { score: number; reasons: string[]; records: Array<{ title: string }> }) => [g.score, g.reasons, g.records.map((r) => r.title)])).toEqual([
      [95, ['tax_id', 'name'], ['Zeta', 'Zeta Ltd']],
    ]);
    expect((await client.get('/api/v1/duplicates?entity=person')).body.error.fields).toEqual({ entity: 'invalid_option' });
  });
});
