import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import '../index.js';
import { testServer } from '../../../test/server.js';
import type { Executor } from '../../db/database.js';
import { rebuildPairs } from './duplicate-rebuild.js';

type Pair = { a: { id: string; title: string }; b: { id: string; title: string }; score: number; evidence: string[]; details: Array<{ kind: string; value?: string; text: string }> };
const titles = (p: Pair) => [p.a.title, p.b.title].sort().join(' + ');

describe.each(DIALECTS)('fuzzy duplicate evidence on %s', (dialect) => {
  it('finds typos, initials, pet forms, patronymics and other scripts, strong only with context', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'RU');
    const company = (name: string) => client.post('/api/v1/companies', { name }).then((r) => r.body.company.id as string);
    const [acme, beta, gamma] = [await company('Acme'), await company('Beta'), await company('Gamma')];
    const person = async (displayName: string, { companyIds = [], ...extra }: { companyIds?: string[] } & Record<string, unknown> = {}) => {
      const r = await client.post('/api/v1/contacts', { displayName, ...extra });
      expect(r.status).toBe(201);
      for (const companyId of companyIds) expect((await client.post(`/api/v1/contacts/${r.body.contact.id}/companies`, { companyId })).status).toBe(201);
      return r.body.contact.id as string;
    };
    await person('Пётр Иванов', { companyIds: [acme] });
    await person('Пётр Ивонов', { companyIds: [acme] });
    await person('Александр Смирнов', { companyIds: [beta] });
    await person('Саша Смирнов', { companyIds: [beta] });
    await person('Мария Петровна Кузнецова', { birthday: '1990-03-04' });
    await person('Мария Кузнецова', { birthday: '1990-03-04' });
    await person('Д. Волков', { companyIds: [gamma] });
    await person('Дмитрий Волков', { companyIds: [gamma] });
    await person('Джеймс Браун', { companyIds: [gamma] });
    await person('James Brown', { companyIds: [gamma] });
    // Hard negatives: a namesake at another company, colleagues with other names, a shared mailbox.
    await person('Пётр Иванов', { companyIds: [beta] });
    await person('Олег Зуев', { companyIds: [acme], emails: [{ value: 'info@acme.test' }] });
    await person('Анна Белова', { companyIds: [acme], emails: [{ value: 'info@acme.test' }] });

    const res = await client.get('/api/v1/duplicates/pairs?entity=contact&limit=100');
    const likely = (res.body.items as Pair[]).filter((p) => p.score >= 70).map((p) => [titles(p), p.evidence]);
    expect(likely).toEqual(expect.arrayContaining([
      ['Пётр Иванов + Пётр Ивонов', ['company', 'name_typo']],
      ['Александр Смирнов + Саша Смирнов', ['company', 'nickname']],
      ['Мария Кузнецова + Мария Петровна Кузнецова', ['name', 'birthday']],
      ['Д. Волков + Дмитрий Волков', ['company', 'name_initial']],
      ['James Brown + Джеймс Браун', ['sound', 'company']],
    ]));
    expect(likely).toHaveLength(5);
    const weak = (res.body.items as Pair[]).filter((p) => p.score < 70).map((p) => [titles(p), p.score]);
    // The namesake at another company is listed as a possibility only; the typo of a namesake elsewhere too.
    expect(weak).toEqual(expect.arrayContaining([['Пётр Иванов + Пётр Иванов', 40]]));
    expect((res.body.items as Pair[]).map(titles)).not.toContain('Анна Белова + Олег Зуев');
    const typo = (res.body.items as Pair[]).find((p) => titles(p) === 'Пётр Иванов + Пётр Ивонов')!;
    expect(typo.details.find((d) => d.kind === 'name_typo')?.text).toBe('Name differs by one letter');

    // The viewer's language explains the evidence.
    const me = (await client.get('/api/v1/me')).body.user;
    await client.patch('/api/v1/me', { locale: 'ru', version: me.version });
    const ru = (await client.get('/api/v1/duplicates/pairs?entity=contact&evidence=nickname')).body.items as Pair[];
    expect(ru.map((p) => p.details.find((d) => d.kind === 'nickname')?.text)).toEqual(['Краткая форма имени Александр']);
    const bgMe = (await client.get('/api/v1/me')).body.user;
    await client.patch('/api/v1/me', { locale: 'bg', version: bgMe.version });
    const bg = (await client.get('/api/v1/duplicates/pairs?entity=contact&evidence=name_typo')).body.items as Pair[];
    expect(bg.flatMap((p) => p.details.map((d) => d.text))).toContain('Името се различава с една буква');
  });

  it('finds a mistyped first letter and typos in two words, and a rebuild stores what the writes kept', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'RU');
    const acme = (await client.post('/api/v1/companies', { name: 'Acme' })).body.company.id as string;
    const person = async (displayName: string, extra: Record<string, unknown> = {}, companyId?: string) => {
      const r = await client.post('/api/v1/contacts', { displayName, ...extra });
      expect(r.status).toBe(201);
      if (companyId) expect((await client.post(`/api/v1/contacts/${r.body.contact.id}/companies`, { companyId })).status).toBe(201);
    };
    await person('Пётр Иванов', {}, acme);
    await person('Пётр Уванов', {}, acme);
    // Typos in both words and nothing else in common: only the name's blocking keys bring them together.
    await person('Petr Kuznetsov');
    await person('Petar Kuznecov');
    // Two surnames a first letter apart, five letters long: colleagues, not one person.
    await person('Олег Белов', {}, acme);
    await person('Олег Делов', {}, acme);
    await person('Анна Смирнова', { phones: [{ value: '+7 912 111-22-33' }], birthday: '1990-01-02' });
    await person('Анна Мирнова', { phones: [{ value: '89121112233' }], birthday: '1990-01-02' });
    await person('Ирина Лис', { emails: [{ value: 'office@lis.test' }] }, acme);
    await person('Игорь Лис', { emails: [{ value: 'office@lis.test' }] });

    const items = (await client.get('/api/v1/duplicates/pairs?entity=contact&limit=100')).body.items as Pair[];
    const found = items.map((p) => [titles(p), p.score, p.evidence]);
    expect(found).toEqual(expect.arrayContaining([
      ['Пётр Иванов + Пётр Уванов', 72, ['company', 'name_typo']],
      ['Анна Мирнова + Анна Смирнова', 93, ['phone', 'birthday', 'name_typo']],
    ]));
    expect(items.map(titles)).not.toContain('Олег Белов + Олег Делов');

    // The rebuild (walks of the blocking keys, pages of records) stores exactly the pairs kept on write.
    const db = server.handle.db;
    const stored = async () => (await db.selectFrom('duplicate_pairs' as never).select(['a_id', 'b_id', 'score', 'evidence', 'details'] as never[]).where('workspace_id' as never, '=', workspace.id as never).orderBy('a_id' as never).orderBy('b_id' as never).execute() as Array<{ a_id: string; b_id: string; score: unknown; evidence: unknown; details: unknown }>)
      .map((r) => ({ ...r, score: Number(r.score), evidence: Number(r.evidence), details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Array<{ kind: string }> }))
      .map((r) => ({ ...r, details: [...r.details].sort((x, y) => x.kind.localeCompare(y.kind)) }));
    const kept = await stored();
    // A name typo alone is weak (35: stored, not listed), but found: the blocking keys met.
    const ids = new Map((await db.selectFrom('contacts' as never).select(['id', 'display_name'] as never[]).execute() as Array<{ id: string; display_name: string }>).map((c) => [c.id, c.display_name]));
    expect(kept.map((p) => [[ids.get(String(p.a_id)), ids.get(String(p.b_id))].sort().join(' + '), p.score, p.details.map((d) => d.kind)])).toEqual(expect.arrayContaining([['Petar Kuznecov + Petr Kuznetsov', 35, ['name_typo']]]));
    await db.deleteFrom('duplicate_pairs' as never).execute();
    await rebuildPairs(db, 'contact', workspace.id, (work) => db.transaction().execute((trx) => work(trx as unknown as Executor)), { batch: 3 });
    expect(await stored()).toEqual(kept);
  });

  it('pairs companies across legal forms, tax ids with a checksum, domains and phones', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    for (const body of [
      { name: 'Техно ЕООД', phones: [{ value: '+359 2 981 1234' }] },
      { name: '„Техно“', phones: [{ value: '02 981 1234' }] },
      { name: 'Acme Ltd', website: 'acme.co.uk' },
      { name: 'ACME', website: 'https://www.acme.co.uk/' },
      { name: 'Балкан АД', taxId: 'BG121759222' },
      { name: 'Balkan Holding', taxId: '121759222' },
      // A mistyped tax id (no checksum) is not evidence; the names differ too.
      { name: 'Алфа ООД', taxId: '121759223' },
      { name: 'Омега ООД', taxId: '121759223' },
    ]) expect((await client.post('/api/v1/companies', body)).status).toBe(201);
    const items = (await client.get('/api/v1/duplicates/pairs?entity=company')).body.items as Pair[];
    expect(items.map((p) => [titles(p), p.evidence])).toEqual(expect.arrayContaining([
      ['Техно ЕООД + „Техно“', ['phone', 'name']],
      ['ACME + Acme Ltd', ['name', 'domain']],
      ['Balkan Holding + Балкан АД', ['tax_id']],
    ]));
    expect(items.map(titles)).not.toContain('Алфа ООД + Омега ООД');
  });

  it('refuses merging records of different types, and leaves no pair on a record deleted during a rebuild', async () => {
    const server = await testServer(dialect);
    const { workspace, client } = await clientTeam(server, 'RU');
    const person = (await client.post('/api/v1/contacts', { displayName: 'Ромашка Петрова', phones: [{ value: '+7 912 111-22-33' }] })).body.contact;
    const company = (await client.post('/api/v1/companies', { name: 'Ромашка', phones: [{ value: '+7 912 111-22-33' }] })).body.company;
    const mixed = await client.post('/api/v1/merges', { entity: 'contact', survivorId: person.id, mergedIds: [company.id] });
    expect(mixed.status).toBe(404);
    expect(mixed.body.error.fields).toEqual({ mergedIds: 'not_found' });
    expect((await client.post('/api/v1/merges', { entity: 'deal', survivorId: person.id, mergedIds: [company.id] })).body.error.fields).toEqual({ entity: 'invalid_option' });
    expect((await client.get(`/api/v1/contacts/${person.id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/companies/${company.id}`)).status).toBe(200);

    const ids: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < 6; i++) ids.push((await client.post('/api/v1/contacts', { displayName: `Иван Пименов ${i}`, emails: [{ value: `ivan${Math.floor(i / 2)}@pimenov.test` }] })).body.contact);
    const db = server.handle.db;
    await db.deleteFrom('duplicate_pairs' as never).execute();
    const victim = [...ids].sort((x, y) => (x.id < y.id ? 1 : -1))[0]!;
    let pages = 0;
    // The record with the largest id goes to the trash while the first page is being rebuilt.
    await rebuildPairs(db, 'contact', workspace.id, async (work) => {
      const result = await db.transaction().execute((trx) => work(trx as unknown as Executor));
      if (pages++ === 0) expect((await client.delete(`/api/v1/contacts/${victim.id}?version=${victim.version}`)).status).toBe(204);
      return result;
    }, { batch: 2 });
    const stored = await db.selectFrom('duplicate_pairs' as never).select(['a_id' as never, 'b_id' as never]).where('workspace_id' as never, '=', workspace.id as never).execute() as Array<{ a_id: string; b_id: string }>;
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(stored.filter((p) => p.a_id === victim.id || p.b_id === victim.id)).toEqual([]);
  });
});
