import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { seedCompany, seedContact, seedLink, seedWorkspace } from '../../../test/fixtures/client-rows.js';

interface Hit { id: string; title: string; subtitle: string | null; matched: string }
interface Group { type: string; items: Hit[] }

async function team(server: TestServer, country = 'RU') {
  const workspace = await seedWorkspace(server.handle.db, country);
  const admin = await server.build.user({ workspace, role: 'admin' });
  return { workspace, admin, client: await server.as(admin) };
}

async function search(client: TestClient, q: string, limit?: number): Promise<Record<string, Hit[]>> {
  const res = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.groups as Group[]).map((g) => [g.type, g.items]));
}

/** Each group's total and whether it was capped. */
async function totals(client: TestClient, q: string, limit?: number): Promise<Record<string, [number, boolean]>> {
  const res = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.groups as Array<Group & { total: number; totalCapped: boolean }>).map((g) => [g.type, [g.total, g.totalCapped]]));
}

const ids = (hits: Hit[] | undefined) => (hits ?? []).map((h) => h.id);

describe.each(DIALECTS)('GET /api/v1/search on %s', (dialect) => {
  it('finds English names written in Cyrillic by their English spelling, and back', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const made: Record<string, string> = {};
    for (const name of ['Уильямс', 'Джонсон', 'Браун', 'Уокер', 'Smith', 'Thompson']) made[name] = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Алекс', lastName: name });
    const other = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Алекс', lastName: 'Петрова' });
    for (const [query, name] of [['Williams', 'Уильямс'], ['Johnson', 'Джонсон'], ['Brown', 'Браун'], ['Walker', 'Уокер'], ['Смит', 'Smith'], ['Томпсон', 'Thompson']]) {
      const found = await search(client, query!);
      expect(ids(found.contact), query).toEqual([made[name!]]);
      expect(found.contact![0]!.matched).toBe('name');
    }
    expect(ids((await search(client, 'Petrov')).contact)).toEqual([other]);
    expect(ids((await search(client, 'Петров')).contact)).toEqual([other]);
  });

  it('finds names across Cyrillic and Latin, Russian and Bulgarian', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const ivanov = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Сергей', lastName: 'Иванов' });
    const petrova = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Анна', lastName: 'Петрова', position: 'Бухгалтер' });
    const tsvetelina = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Цветелина', lastName: 'Стоянова' });
    const petrov = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'John', lastName: 'Petrov' });
    const company = await seedCompany(db, workspace, { ownerId: admin.id, name: 'ООО «Ромашка»', city: 'Москва' });
    await seedLink(db, workspace, petrova, company);

    expect(ids((await search(client, 'Ivanov')).contact)).toEqual([ivanov]);
    expect(ids((await search(client, 'ivan')).contact)).toEqual([ivanov]);
    expect((await search(client, 'Ivanov')).contact![0]).toEqual({ id: ivanov, title: 'Сергей Иванов', subtitle: null, matched: 'name', rank: 0, match: { field: 'lastName', text: 'Иванов', start: 0, end: 0 } });
    const found = await search(client, 'Petrova');
    expect(found.contact).toEqual([{ id: petrova, title: 'Анна Петрова', subtitle: 'Бухгалтер, ООО «Ромашка»', matched: 'name', rank: 0, match: { field: 'lastName', text: 'Петрова', start: 0, end: 0 } }]);
    expect(ids((await search(client, 'Tsvetelina')).contact)).toEqual([tsvetelina]);
    expect(ids((await search(client, 'Anna Petrova')).contact)).toEqual([petrova]);
    expect(ids((await search(client, 'Petrova Anna')).contact)).toEqual([petrova]);
    expect(ids((await search(client, 'Sergey')).contact)).toEqual([ivanov]);
    expect(ids((await search(client, 'Siergiej')).contact)).toEqual([]);
    expect(ids((await search(client, 'Stoyanova')).contact)).toEqual([tsvetelina]);
    expect(ids((await search(client, 'стоянова цветелина')).contact)).toEqual([tsvetelina]);
    expect(ids((await search(client, 'Петров')).contact).sort()).toEqual([petrova, petrov].sort());
    expect((await search(client, 'Ромашка')).company).toEqual([{ id: company, title: 'ООО «Ромашка»', subtitle: 'Москва', matched: 'name', rank: 2, match: { field: 'name', text: 'ООО «Ромашка»', start: 5, end: 12 } }]);
    expect((await search(client, 'romashka')).company).toHaveLength(1);
  });

  it('finds phones in any format, emails by a part, and tax ids', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const ru = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Олег', lastName: 'Смирнов', phones: ['+7 (912) 345-67-89'], emails: ['O.Smirnov@Romashka.ru'] });
    const bg = await seedContact(db, workspace, { ownerId: admin.id, firstName: 'Георги', lastName: 'Димитров', phones: ['+359 88 123 4567'] });
    const company = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Агрокомерс', taxId: '7707083893' });
    const eik = await seedCompany(db, workspace, { ownerId: admin.id, name: 'Балкан', taxId: 'BG 175 074 752' });

    for (const q of ['+7 (912) 345-67-89', '8 912 345 6789', '9123456789', '345-67-89']) {
      expect((await search(client, q)).contact, q).toEqual([{ id: ru, title: 'Олег Смирнов', subtitle: null, matched: 'phone', rank: 5, match: { field: 'phone', text: '+79123456789', start: 0, end: 12 } }]);
    }
    expect(ids((await search(client, '0881234567')).contact)).toEqual([bg]);
    expect(ids((await search(client, '+359881234567')).contact)).toEqual([bg]);
    expect((await search(client, 'smirnov@rom')).contact).toEqual([expect.objectContaining({ id: ru, matched: 'email' })]);
    expect((await search(client, 'ROMASHKA.RU')).contact).toEqual([expect.objectContaining({ id: ru, matched: 'email' })]);
    expect((await search(client, 'o.smirnov@romashka.ru')).contact).toEqual([expect.objectContaining({ id: ru, matched: 'email' })]);
    expect(ids((await search(client, '+7 912 345-67-89 доб. 5')).contact)).toEqual([ru]);
    expect((await search(client, '7707083893')).company).toEqual([{ id: company, title: 'Агрокомерс', subtitle: '7707083893', matched: 'other', rank: 6, match: { field: 'other', text: '', start: 0, end: 0 } }]);
    expect(ids((await search(client, 'bg 175 074')).company)).toEqual([eik]);
    expect(ids((await search(client, 'BG175074752')).company)).toEqual([eik]);
    expect(ids((await search(client, '770708')).contact)).toEqual([]);
  });

  it('ranks names that start with the query first, answers short queries by prefix, and honours the limit', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    const inside = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Анна Иванова' });
    const first = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Иванова Мария' });
    const latin = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Ivanova Elena' });
    const mariya = await seedContact(db, workspace, { ownerId: admin.id, displayName: 'Мария Кузнецова' });
    expect(ids((await search(client, 'Mariya')).contact)).toEqual([mariya, first]);
    expect(ids((await search(client, 'kuznetsova')).contact)).toEqual([mariya]);
    expect(ids((await search(client, 'иванова')).contact)).toEqual([latin, first, inside]);
    expect(ids((await search(client, 'Ив')).contact)).toEqual([latin, first]);
    expect(ids((await search(client, 'iv')).contact)).toEqual([latin, first]);
    expect(ids((await search(client, 'ivanova', 2)).contact)).toEqual([latin, first]);
    for (let i = 0; i < 8; i++) await seedContact(db, workspace, { ownerId: admin.id, displayName: `Сидоров ${i}` });
    expect((await search(client, 'сидоров')).contact).toHaveLength(5);
    expect((await search(client, 'сидоров', 20)).contact).toHaveLength(8);
    expect(await totals(client, 'сидоров')).toEqual({ contact: [8, false], company: [0, false], product: [0, false], deal: [0, false] });
    expect(await totals(client, 'sidorov', 2)).toEqual({ contact: [8, false], company: [0, false], product: [0, false], deal: [0, false] });
    // A query shorter than a trigram is counted by name prefix; a whole phone number exactly.
    expect(await totals(client, 'Си', 3)).toEqual({ contact: [8, false], company: [0, false], product: [0, false], deal: [0, false] });
    for (let i = 0; i < 3; i++) await seedContact(db, workspace, { ownerId: admin.id, displayName: `Общий ${i}`, phones: ['+7 912 555-00-00'] });
    expect(await totals(client, '+7 912 555-00-00', 2)).toEqual({ contact: [3, false], company: [0, false], product: [0, false], deal: [0, false] });
    expect((await search(client, 'Нет такого')).contact).toEqual([]);
  });

  it('counts a group up to 200 and says "more"; the list it leads to counts them all', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await team(server);
    const db = server.handle.db;
    for (let i = 0; i < 203; i++) await seedContact(db, workspace, { ownerId: admin.id, displayName: `Многоликов ${i}` });
    expect((await totals(client, 'ноголиков')).contact).toEqual([200, true]);
    expect((await totals(client, 'Многоликов')).contact).toEqual([200, true]);
    const list = await client.get(`/api/v1/contacts?q=${encodeURIComponent('Многоликов')}&count=1&limit=1`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(203);
  });

  it('shows each user only what their scope reaches, and never deleted records', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await team(server);
    const db = server.handle.db;
    const alice = await server.build.user({ workspace, role: 'manager' });
    const bob = await server.build.user({ workspace, role: 'manager' });
    const mine = await seedContact(db, workspace, { ownerId: alice.id, displayName: 'Козлов Пётр', phones: ['+7 912 000-11-22'] });
    const theirs = await seedContact(db, workspace, { ownerId: bob.id, displayName: 'Козлов Павел', phones: ['+7 912 000-11-23'] });
    const gone = await seedContact(db, workspace, { ownerId: alice.id, displayName: 'Козлов Удалённый' });
    await db.updateTable('contacts').set({ deleted_at: new Date().toISOString() }).where('id', '=', gone).execute();
    const other = await team(server);
    await seedContact(db, other.workspace, { ownerId: other.admin.id, displayName: 'Козлов Чужой' });

    const asAlice = await server.as(alice);
    for (const q of ['козлов', 'kozlov', 'Ко', '912 000']) expect(ids((await search(asAlice, q)).contact), q).toEqual([mine]);
    expect(ids((await search(client, 'kozlov')).contact)).toEqual([theirs, mine]);
    // Totals count only what each may see, and never the deleted record or another workspace's.
    expect((await totals(asAlice, 'kozlov', 1)).contact).toEqual([1, false]);
    expect((await totals(client, 'kozlov', 1)).contact).toEqual([2, false]);
    expect((await totals(asAlice, 'Ко', 1)).contact).toEqual([1, false]);

    const readOnly = await server.build.user({ workspace, role: 'read_only' });
    expect(Object.keys(await search(await server.as(readOnly), 'kozlov'))).toEqual(['contact', 'company', 'product', 'deal']);
    const support = await server.build.user({ workspace, role: 'support_agent' });
    expect(ids((await search(await server.as(support), 'kozlov')).contact)).toHaveLength(2);

    // A token that may read contacts only gets no company group at all.
    const token = await client.post('/api/v1/tokens', { name: 'contacts only', scopes: ['contacts:read'] });
    expect(token.status).toBe(201);
    const byToken = await server.client().get('/api/v1/search?q=kozlov', { authorization: `Bearer ${token.body.secret}` });
    expect(byToken.status).toBe(200);
    expect(byToken.body.groups.map((g: Group) => g.type)).toEqual(['contact']);
  });

  it('validates the query and needs a signed-in user', async () => {
    const server = await testServer(dialect);
    const { client } = await team(server);
    for (const [url, field, code] of [['/api/v1/search?q=', 'q', 'required'], ['/api/v1/search?q=%20%20', 'q', 'required'], ['/api/v1/search', 'q', 'required'], [`/api/v1/search?q=${'x'.repeat(201)}`, 'q', 'too_long'], ['/api/v1/search?q=ab&limit=21', 'limit', 'too_large'], ['/api/v1/search?q=ab&limit=0', 'limit', 'too_small']]) {
      const res = await client.get(url!);
      expect(res.status, url).toBe(400);
      expect(res.body.error.fields, url).toEqual({ [field!]: code });
    }
    expect((await client.get('/api/v1/search?q=ab&x=1')).body.error.fields).toEqual({ x: 'unknown_field' });
    expect((await client.get('/api/v1/search?q="""%25_\\')).status).toBe(200);
    expect((await server.client().get('/api/v1/search?q=abc')).status).toBe(401);
  });
});
