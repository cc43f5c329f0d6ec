import { describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, type TestClient } from './server.js';
import { clientTeam, member } from './fixtures/clients-kit.js';

type Item = { id: string; name: string };

/** Every page of a list, following the cursor. */
async function allPages(client: TestClient, url: string, limit: number): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const res = await client.get(`${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(...res.body.items.map((i: Item) => i.id));
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  return out;
}

describe.each(DIALECTS)('a list searched with q= on %s', (dialect) => {
  it('ranks names starting with the query (as typed, then other spellings) before the other matches, and pages through them once', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server);
    const manager = await member(server, workspace, 'manager');
    const post = async (body: Record<string, unknown>, as = client) => {
      const res = await as.post('/api/v1/companies', body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.company.id as string;
    };
    // Created out of rank order, so neither creation order nor name order alone gives the ranking.
    const lutik = await post({ name: 'Лютик', emails: [{ value: 'office.ivanov@lutik.ru' }] });
    const latin = await post({ name: 'Ivanov Trading' });
    const ivanova = await post({ name: 'Иванова Ателие' });
    await post({ name: 'Смирнов и сыновья' });
    const romashka = await post({ name: 'Ромашка', emails: [{ value: 'ivanov@romashka.ru' }] }, manager.client);
    const ivanov = await post({ name: 'Иванов Групп' });

    const ranked = [ivanov, ivanova, latin, lutik, romashka];
    const first = await client.get(`/api/v1/companies?q=${encodeURIComponent('Иванов')}&count=1`);
    expect(first.body.items.map((i: Item) => i.id)).toEqual(ranked);
    expect(first.body.total).toBe(ranked.length);
    for (const limit of [1, 2, 3]) expect(await allPages(client, `/api/v1/companies?q=${encodeURIComponent('Иванов')}`, limit), `limit ${limit}`).toEqual(ranked);
    // Typed in Latin, the Latin name comes first, then the Cyrillic ones.
    expect(await allPages(client, '/api/v1/companies?q=ivanov', 2)).toEqual([latin, ivanov, ivanova, lutik, romashka]);
    // Another order is a plain sort of the same matches.
    const byCreation = await allPages(client, `/api/v1/companies?q=${encodeURIComponent('Иванов')}&sort=createdAt`, 2);
    expect(byCreation).toEqual([lutik, latin, ivanova, romashka, ivanov]);
    // Filters and scope still apply: the manager sees their own company only.
    expect(await allPages(manager.client, '/api/v1/companies?q=ivanov', 1)).toEqual([romashka]);
    const scoped = await client.get(`/api/v1/companies?q=ivanov&ownerId=${manager.user.id}&count=1`);
    expect([scoped.body.items.map((i: Item) => i.id), scoped.body.total]).toEqual([[romashka], 1]);
    // A cursor of another kind of list, or a forged one, is refused.
    const plain = (await client.get('/api/v1/companies?limit=1')).body.nextCursor as string;
    expect((await client.get(`/api/v1/companies?q=ivanov&cursor=${plain}`)).body.error.fields).toEqual({ cursor: 'invalid' });
    const forged = Buffer.from(JSON.stringify({ r: 1, t: 9, v: 'x', i: ivanov })).toString('base64url');
    expect((await client.get(`/api/v1/companies?q=ivanov&cursor=${forged}`)).body.error.fields).toEqual({ cursor: 'invalid' });
  });
});
