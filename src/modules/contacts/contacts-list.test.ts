import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient } from '../../../test/server.js';
import { touchRecordActivity as touchClientActivity } from '../records/records.service.js';
import { actorForUser } from '../users/users.service.js';
import { createContact } from './contacts.service.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';

type Item = { id: string; displayName: string; firstName: string | null; lastName: string | null };

/** Every page of a list, following the cursor. */
async function allPages(client: TestClient, url: string, limit: number): Promise<Item[]> {
  const out: Item[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await client.get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

describe.each(DIALECTS)('contact lists on %s', (dialect) => {
  it('pages through 120 contacts in every sort without gaps or duplicates', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const budget = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Budget', type: 'number' })).body.field;
    const since = (await client.post('/api/v1/custom-fields', { entity: 'contact', label: 'Since', type: 'date' })).body.field;
    const actor = await actorForUser(server.handle.db, admin, { ip: null, userAgent: null, requestId: null });
    const names = ['Анна', 'Борис', 'anna', 'Zoe', 'Ёжиков'];
    const ids = await server.handle.db.transaction().execute(async (trx) => {
      const made: string[] = [];
      for (let i = 0; i < 120; i++) {
        const custom = i % 3 === 0 ? {} : { [budget.key]: i % 7, ...(i % 2 ? { [since.key]: `2024-0${1 + (i % 9)}-1${i % 10}` } : {}) };
        made.push((await createContact(trx, actor, { firstName: names[i % names.length]!, lastName: i % 4 === 0 ? 'Same' : null, custom })).id);
      }
      return made;
    });
    for (const id of ids.slice(0, 40)) await touchClientActivity(server.handle.db, workspace.id, 'contact', id, new Date(Date.UTC(2026, 0, 1 + (ids.indexOf(id) % 5))).toISOString());
    for (const sort of ['name', '-name', 'createdAt', '-updatedAt', 'lastActivityAt', '-lastActivityAt', `custom.${budget.key}`, `-custom.${budget.key}`, `custom.${since.key}`, `-custom.${since.key}`]) {
      const items = await allPages(client, `/api/v1/contacts?sort=${sort}`, 7);
      expect(items.length, sort).toBe(120);
      expect(new Set(items.map((i) => i.id)).size, sort).toBe(120);
    }
    const byName = await allPages(client, '/api/v1/contacts?sort=name', 50);
    // People sort by surname, then first name (decision 0038); one without a surname by the name they have.
    const folded = byName.map((i) => [i.lastName, i.firstName].filter(Boolean).join(' ').toLowerCase().replace('ё', 'е'));
    expect(folded).toEqual([...folded].sort());
    expect(folded[0]).toBe('anna');
    // "Анна Same" sorts as "same анна": among the Latin names, before Zoe.
    expect(folded.indexOf('same анна')).toBeGreaterThan(-1);
    expect(folded.indexOf('same анна')).toBeLessThan(folded.indexOf('zoe'));
    const first = await client.get('/api/v1/contacts?limit=5&count=1');
    expect(first.body.total).toBe(120);
    expect(first.body.items).toHaveLength(5);
    const noCount = await client.get('/api/v1/contacts?limit=5');
    expect(noCount.body.total).toBeUndefined();
    const wrong = await client.get(`/api/v1/contacts?sort=createdAt&cursor=${first.body.nextCursor}`);
    expect(wrong.body.error.fields).toEqual({ cursor: 'invalid' });
    expect((await client.get('/api/v1/contacts?sort=shoeSize')).body.error.fields).toEqual({ sort: 'invalid_option' });
    const forged = Buffer.from(JSON.stringify({ s: 'createdAt', v: 'yesterday', i: ids[0], n: 0 })).toString('base64url');
    expect((await client.get(`/api/v1/contacts?sort=createdAt&cursor=${forged}`)).body.error.fields).toEqual({ cursor: 'invalid' });
    const rich = await client.get(`/api/v1/contacts?filter=${encodeURIComponent(JSON.stringify([{ field: `custom.${budget.key}`, op: 'gte', value: 5 }]))}&count=1`);
    expect(rich.body.total).toBe(ids.filter((_, i) => i % 3 !== 0 && i % 7 >= 5).length);
  });

  it('filters by status, tag, owner, company, dates, activity, columns and search', async () => {
    const server = await testServer(dialect);
    const { workspace, admin, client } = await clientTeam(server);
    const other = await server.build.user({ workspace, role: 'manager' });
    const post = async (body: Record<string, unknown>) => (await client.post('/api/v1/contacts', body)).body.contact;
    const ivan = await post({ firstName: 'Иван', lastName: 'Петров', status: 'client', tags: ['VIP', 'Moscow'], phones: [{ value: '+7 (912) 345-67-89' }], emails: [{ value: 'ivan.petrov@firma.ru' }] });
    const maria = await post({ firstName: 'Maria', lastName: 'Ivanova', status: 'lead', tags: ['VIP'], ownerId: other.id, position: 'Buyer' });
    const bob = await post({ firstName: 'Bob', status: 'former_client', tags: ['Moscow'], phones: [{ value: '+359 88 123 4567' }] });
    const acme = (await client.post('/api/v1/companies', { name: 'Acme' })).body.company;
    await client.post(`/api/v1/contacts/${maria.id}/companies`, { companyId: acme.id, role: 'buyer' });
    const ids = async (query: string) => {
      const res = await client.get(`/api/v1/contacts?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((i: Item) => i.id).sort();
    };
    const sorted = (...xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();
    expect(await ids('status=client,former_client')).toEqual(sorted(ivan, bob));
    expect(await ids('tag=VIP')).toEqual(sorted(ivan, maria));
    expect(await ids('tag=VIP,Moscow')).toEqual(sorted(ivan));
    expect(await ids(`ownerId=${other.id}`)).toEqual(sorted(maria));
    expect(await ids('ownerId=me')).toEqual(sorted(ivan, bob));
    expect(await ids(`companyId=${acme.id}`)).toEqual(sorted(maria));
    expect(await ids('createdFrom=2000-01-01&createdTo=2999-12-31')).toEqual(sorted(ivan, maria, bob));
    expect(await ids('createdFrom=2999-01-01')).toEqual([]);
    expect(await ids('createdTo=2000-01-01')).toEqual([]);
    expect(await ids('noActivityDays=1')).toEqual([]);
    await server.handle.db.updateTable('contacts').set({ created_at: '2020-01-01T00:00:00.000Z' }).where('workspace_id', '=', workspace.id).execute();
    await touchClientActivity(server.handle.db, workspace.id, 'contact', ivan.id, new Date().toISOString());
    expect(await ids('noActivityDays=30')).toEqual(sorted(maria, bob));
    const filter = (f: unknown) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
    expect(await ids(filter([{ field: 'position', op: 'eq', value: 'Buyer' }]))).toEqual(sorted(maria));
    expect(await ids(filter([{ field: 'lastName', op: 'contains', value: 'van' }]))).toEqual(sorted(maria));
    expect(await ids(filter([{ field: 'position', op: 'empty' }]))).toEqual(sorted(ivan, bob));
    expect(await ids(filter([{ field: 'status', op: 'in', value: ['lead', 'client'] }]))).toEqual(sorted(ivan, maria));
    expect(await ids(filter([{ field: 'ownerId', op: 'neq', value: admin.id }]))).toEqual(sorted(maria));
    for (const q of ['+7 (912) 345-67-89', '8 912 345 6789', '9123456789', '345-67-89', 'Петров', 'petrov', 'ПЕТР', 'firma.ru', 'ivanova', 'Иванова']) {
      expect(await ids(`q=${encodeURIComponent(q)}`), q).toEqual(q.toLowerCase().includes('ivanova') || q === 'Иванова' ? sorted(maria) : sorted(ivan));
    }
    expect(await ids(`q=${encodeURIComponent('88 123 4567')}`)).toEqual(sorted(bob));
    expect(await ids('q=bo')).toEqual(sorted(bob));
    expect(await ids('q=zzz')).toEqual([]);
    for (const q of ['100%', 'a_b', '"quoted', 'NOT AND OR', '*', '\\', "o'neil", '%', '((', '+', 'ёё']) await ids(`q=${encodeURIComponent(q)}`);
    const bad = async (query: string) => (await client.get(`/api/v1/contacts?${query}`)).body.error.fields;
    expect(await bad('status=vip')).toEqual({ status: 'invalid_option' });
    expect(await bad('ownerId=bob')).toEqual({ ownerId: 'invalid_id' });
    expect(await bad('filter=nope')).toEqual({ filter: 'invalid' });
    expect(await bad(filter([{ field: 'ownerId', op: 'eq', value: 'x' }]))).toEqual({ filter: 'invalid' });
    expect(await bad(filter([{ field: 'createdAt', op: 'gt', value: 'yesterday' }]))).toEqual({ filter: 'invalid' });
    expect(await bad(filter([{ field: 'custom.nope', op: 'eq', value: 1 }]))).toEqual({ filter: 'invalid' });
    expect(await bad('limit=500')).toEqual({ limit: 'too_large' });
    const list = (await client.get('/api/v1/contacts?sort=name')).body.items;
    expect(list.find((i: Item) => i.id === maria.id)).toMatchObject({ companyNames: ['Acme'], primaryPhone: null, primaryEmail: null });
    expect(list.find((i: Item) => i.id === ivan.id)).toMatchObject({ primaryPhone: { e164: '+79123456789' }, primaryEmail: 'ivan.petrov@firma.ru', companyNames: [] });
  });
});
