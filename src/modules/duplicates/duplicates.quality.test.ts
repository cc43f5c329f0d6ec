import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { createGenerator } from '../../platform/demo/generator.js';
import { cyrillicToLatin } from '../../platform/text/translit.js';
import { seedCompany, seedContact, seedLink, seedWorkspace } from '../../../test/fixtures/client-rows.js';

/**
 * Detection quality on planted data: 300 ordinary contacts, 30 planted duplicate pairs (the same
 * phone typed differently, the same email in another case, the name in Latin at the same company)
 * and 30 near misses (only the first name the same at one company; a phone one digit off).
 */
const BASE = 300;
const COMPANIES = 30;

/** `+79123456789` → `+7 912 345 6789`: the same number written another way. */
const spaced = (e164: string) => e164.replace(/^(\+\d{1,3})(\d{3})(\d{3})(\d+)$/, '$1 $2 $3 $4');
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe.each(DIALECTS)('duplicate detection quality on %s', (dialect) => {
  it('finds planted duplicates (recall >= 0.95) and little else (precision >= 0.9)', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const workspace = await seedWorkspace(db, 'RU');
    const admin = await server.build.user({ workspace, role: 'admin' });
    // Everything belongs to a manager: the admin's groups come from the index-ordered scans, the manager's from their own records.
    const owner = await server.build.user({ workspace, role: 'manager' });
    const client = await server.as(admin);
    const gen = createGenerator(4242);

    const companies: string[] = [];
    for (let i = 0; i < COMPANIES; i++) companies.push(await seedCompany(db, workspace, { ownerId: owner.id, name: `${gen.companyAt(i).name} ${i}` }));
    const people = [...gen.people(BASE)];
    const ids: string[] = [];
    const companyOf = (i: number) => (i % 3 === 0 ? null : companies[i % COMPANIES]!);
    for (const [i, p] of people.entries()) {
      const id = await seedContact(db, workspace, { ownerId: owner.id, firstName: p.firstName, middleName: p.middleName, lastName: p.lastName, displayName: p.displayName, phones: [p.phone.typed], emails: [p.email] });
      ids.push(id);
      const company = companyOf(i);
      if (company) await seedLink(db, workspace, id, company);
    }

    const planted = new Set<string>();
    const plant = async (original: number, seed: Parameters<typeof seedContact>[2], company: string | null = null) => {
      const id = await seedContact(db, workspace, seed);
      if (company) await seedLink(db, workspace, id, company);
      planted.add(pairKey(ids[original]!, id));
      return id;
    };
    const linked = people.map((_, i) => i).filter((i) => companyOf(i) !== null);
    for (let k = 0; k < 10; k++) {
      const p = people[k * 7]!;
      await plant(k * 7, { ownerId: owner.id, firstName: p.firstName, phones: [spaced(p.phone.e164)] });
    }
    for (let k = 0; k < 10; k++) {
      const p = people[k * 7 + 1]!;
      await plant(k * 7 + 1, { ownerId: owner.id, firstName: p.firstName, lastName: `${p.lastName.slice(0, 1)}.`, emails: [p.email.toUpperCase()] });
    }
    for (let k = 0; k < 10; k++) {
      const i = linked[k * 9 + 2]!;
      const p = people[i]!;
      await plant(i, { ownerId: owner.id, displayName: cyrillicToLatin(p.displayName, 'ru').toUpperCase() }, companyOf(i));
    }

    // Near misses: nothing here is a duplicate.
    for (let k = 0; k < 15; k++) {
      const i = linked[k * 9 + 5]!;
      const other = people[(i + 150) % BASE]!;
      const id = await seedContact(db, workspace, { ownerId: owner.id, firstName: people[i]!.firstName, lastName: `${other.lastName}-${k}` });
      await seedLink(db, workspace, id, companyOf(i)!);
    }
    for (let k = 0; k < 15; k++) {
      const p = people[k * 11 + 3]!;
      const last = Number(p.phone.e164.slice(-1));
      await seedContact(db, workspace, { ownerId: owner.id, displayName: `Near Miss ${k}`, phones: [`${p.phone.e164.slice(0, -1)}${(last + 1) % 10}`] });
    }

    const measure = async (who: typeof client) => {
      const res = await who.get('/api/v1/duplicates?entity=contact&limit=200');
      expect(res.status).toBe(200);
      const found = new Set<string>();
      for (const group of res.body.groups as Array<{ records: Array<{ id: string }> }>) {
        const members = group.records.map((r) => r.id);
        for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) found.add(pairKey(members[a]!, members[b]!));
      }
      const hits = [...planted].filter((pair) => found.has(pair)).length;
      return { found: found.size, recall: hits / planted.size, precision: found.size === 0 ? 0 : hits / found.size };
    };
    const byAdmin = await measure(client);
    const byOwner = await measure(await server.as(owner));

    // The form's check finds the original for each planted duplicate.
    let checked = 0;
    for (const pair of planted) {
      const [a, b] = pair.split('|');
      const answer = await client.post('/api/v1/duplicates/check', { entity: 'contact', id: b });
      if ((answer.body.items as Array<{ id: string; score: number }>).some((item) => item.id === a && item.score >= 70)) checked++;
    }
    for (const [who, m] of [['admin', byAdmin], ['owner', byOwner]] as const) {
      console.log(`[${dialect}] duplicates (${who}): planted ${planted.size}, found pairs ${m.found}, recall ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)}`);
      expect(m.recall).toBeGreaterThanOrEqual(0.95);
      expect(m.precision).toBeGreaterThanOrEqual(0.9);
    }
    console.log(`[${dialect}] duplicates: check recall ${(checked / planted.size).toFixed(3)}`);
    expect(planted.size).toBe(30);
    expect(checked / planted.size).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
