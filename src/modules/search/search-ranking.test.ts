import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { createCompany } from '../companies/companies.service.js';
import { createContact } from '../contacts/contacts.service.js';
import { actorForUser } from '../users/users.service.js';
import { planSearch } from '../../platform/search/search-plan.js';
import { rankMatch, TIER } from '../../platform/search/search-rank.js';

interface Hit { id: string; title: string; rank: number; match: { field: string; text: string; start: number; end: number } }
interface Group { type: string; items: Hit[] }

type Person = { firstName: string; middleName?: string; lastName?: string; emails?: Array<{ value: string }> };

/**
 * A Russian workspace where the people matched through a patronymic (Иванович, Петрович) and an
 * email domain were written first, so the search index hands them out before the names asked for.
 */
async function russianBase(server: TestServer) {
  const workspace = await server.build.workspace({ locale: 'ru' });
  const admin = await server.build.user({ workspace, role: 'admin' });
  const actor = await actorForUser(server.handle.db, admin, { ip: null, userAgent: null, requestId: null });
  const people: Person[] = [
    ...['Сидоров', 'Смирнов', 'Попов', 'Волков', 'Лебедев', 'Козлов'].map((lastName) => ({ firstName: 'Олег', middleName: 'Иванович', lastName })),
    ...['Кузнецова', 'Новикова'].map((lastName) => ({ firstName: 'Анна', middleName: 'Ивановна', lastName })),
    ...['Морозов', 'Соколов', 'Зайцев', 'Павлов', 'Семёнов'].map((lastName) => ({ firstName: 'Игорь', middleName: 'Петрович', lastName })),
    ...['ivan', 'olga', 'boris'].map((name) => ({ firstName: name, lastName: 'Smith', emails: [{ value: `${name}@romashka.ru` }] })),
    { firstName: 'Ольга', lastName: 'Иванова' },
    { firstName: 'Алексей', middleName: 'Сергеевич', lastName: 'Иванов' },
    { firstName: 'Пётр', lastName: 'Петров' },
  ];
  const made = await server.handle.db.transaction().execute(async (trx) => {
    const ids: Record<string, string> = {};
    for (const p of people) ids[`${p.firstName} ${p.lastName}`] = (await createContact(trx, actor, { ...p, emails: p.emails ?? [] } as never)).id;
    ids.company = (await createCompany(trx, actor, { name: 'Ромашка' } as never)).id;
    return ids;
  });
  return { made, client: await server.as(admin) };
}

async function search(client: TestClient, q: string): Promise<Group[]> {
  const res = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=5`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.groups as Group[];
}

const group = (groups: Group[], type: string) => groups.find((g) => g.type === type)?.items ?? [];

describe('search ranking', () => {
  it('ranks an exact surname, then a name start, then a company, a patronymic, an email', () => {
    const person = {
      names: [], phones: [], emails: ['anna@ivanov.ru'],
      fields: [{ field: 'lastName', value: 'Иванов', role: 'surname' as const }, { field: 'middleName', value: 'Ивановна', role: 'middle' as const }],
    };
    expect(rankMatch(planSearch('Иванов', 'RU'), person, 'RU')).toEqual({ tier: TIER.surname, field: 'lastName', text: 'Иванов', start: 0, end: 6 });
    expect(rankMatch(planSearch('ivanov', 'RU'), person, 'RU')).toMatchObject({ tier: TIER.surname, field: 'lastName', start: 0, end: 0 });
    expect(rankMatch(planSearch('Иван', 'RU'), person, 'RU')).toMatchObject({ tier: TIER.prefix, field: 'lastName' });
    expect(rankMatch(planSearch('вановна', 'RU'), person, 'RU')).toMatchObject({ tier: TIER.middle, field: 'middleName', start: 1, end: 8 });
    expect(rankMatch(planSearch('ivanov.ru', 'RU'), { ...person, fields: [] }, 'RU')).toMatchObject({ tier: TIER.contact, field: 'email', text: 'anna@ivanov.ru', start: 5, end: 14 });
    const company = { names: [], phones: [], emails: [], fields: [{ field: 'name', value: 'ООО «Ромашка»', role: 'company' as const }] };
    expect(rankMatch(planSearch('ромашка', 'RU'), company, 'RU')).toMatchObject({ tier: TIER.company, field: 'name', start: 5, end: 12 });
  });
});

describe.each(DIALECTS)('global search ranking on %s', (dialect) => {
  it('puts Иванов before the patronymics, Пётр Петров first, and the company above the emails that hold its name', async () => {
    const server = await testServer(dialect);
    const { made, client } = await russianBase(server);

    const ivanov = group(await search(client, 'Иванов'), 'contact');
    // The surname, then the surname that starts with it, before five people whose patronymic holds it.
    expect(ivanov.slice(0, 2).map((h) => h.id)).toEqual([made['Алексей Иванов'], made['Ольга Иванова']]);
    expect(ivanov[0]).toMatchObject({ title: 'Иванов Алексей Сергеевич', rank: 0, match: { field: 'lastName', text: 'Иванов', start: 0, end: 6 } });
    expect(ivanov[1]).toMatchObject({ rank: 1, match: { field: 'lastName' } });
    expect(ivanov.slice(2).every((h) => h.match.field === 'middleName' && h.rank === 4)).toBe(true);

    const petrov = group(await search(client, 'Петров'), 'contact');
    expect(petrov[0]).toMatchObject({ id: made['Пётр Петров'], title: 'Петров Пётр', rank: 0 });
    expect(petrov.slice(1).every((h) => h.match.field === 'middleName')).toBe(true);

    const romashka = await search(client, 'romashka');
    expect(romashka[0]).toMatchObject({ type: 'company', items: [{ id: made.company, match: { field: 'name' } }] });
    expect(group(romashka, 'contact').map((h) => h.match.field)).toEqual(['email', 'email', 'email']);

    // The list's search box ranks the same way: the surname first, the patronymics after.
    const list = await client.get(`/api/v1/contacts?q=${encodeURIComponent('Иванов')}&limit=3`);
    expect(list.body.items.slice(0, 2).map((c: { id: string }) => c.id)).toEqual([made['Алексей Иванов'], made['Ольга Иванова']]);
  });
});
