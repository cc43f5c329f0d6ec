/**
 * Creating companies as the base grows (issue 10 item 5): `--size` companies, each created with
 * four contact persons linked to it by role, in one transaction per company as a person entering a
 * new client does it, through the services (validation, derived rows, duplicate keys and pairs,
 * search documents, history, audit, outbox). Each 10,000 companies (a tenth of a smaller run) are
 * one row of the table, so a rate that falls with the size shows. The floor writes the same five records with bare INSERTs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { optimizeDatabase } from '../../src/db/optimize.js';
import { createCompany } from '../../src/modules/companies/companies.service.js';
import { linkCompany } from '../../src/modules/contacts/contact-companies.service.js';
import { createContact } from '../../src/modules/contacts/contacts.service.js';
import '../../src/modules/index.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import { createWorkspace } from '../../src/modules/workspaces/workspaces.service.js';
import { benchContactId, CONTACT_COLUMNS, contactRow, fillContacts } from '../contact-rows.js';
import { stats, timeOnce, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

const PEOPLE = 4;

export async function benchCompanyCreate(ctx: SuiteContext): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'company_create');
  const filled = await fillContacts(handle, ctx.generator, 0, ctx.log);
  const db: Kysely<Database> = handle.db;
  // As a new install's first start does: its statistics are taken on empty tables.
  await optimizeDatabase(db, { atStart: true });
  const user = await findUser(db, filled.workspaceId, filled.adminId);
  if (!user) throw new Error('company bench: admin missing');
  const admin = await actorForUser(db, user, { ip: null, userAgent: null, requestId: null });
  // The floor's rows go to a workspace of their own, so they never meet the matcher's keys.
  const floorWorkspace = (await db.transaction().execute((trx) =>
    createWorkspace(trx, { name: 'Floor', locale: 'ru', timeZone: 'Europe/Moscow', defaultCountry: 'RU', defaultCurrency: 'RUB' }))).id;
  const placeholders = (pg: boolean) => CONTACT_COLUMNS.map((_, i) => (pg ? `$${i + 1}` : '?')).join(',');
  const insertText = (pg: boolean) => `INSERT INTO contacts (${CONTACT_COLUMNS.join(',')}) VALUES (${placeholders(pg)})`;
  const sqliteInsert = handle.raw.sqlite?.prepare(insertText(false));
  const floorInsert = async (values: unknown[]) => {
    if (sqliteInsert) sqliteInsert.run(values);
    else await handle.raw.pool!.query({ name: 'bench_company_floor', text: insertText(true), values });
  };
  // Rows of 10,000 companies as the issue asks; a smaller run still gets ten rows to show a trend.
  const WINDOW = Math.min(10_000, Math.max(100, Math.ceil(ctx.size / 10)));
  let floorN = 0;
  const results: Result[] = [];
  for (let start = 0; start < ctx.size; start += WINDOW) {
    const end = Math.min(ctx.size, start + WINDOW);
    const op: number[] = [];
    const floor: number[] = [];
    const windowStarted = performance.now();
    let opTotal = 0;
    for (let i = start; i < end; i++) {
      const company = ctx.generator.companyAt(i);
      const people = Array.from({ length: PEOPLE }, (_, j) => company.contacts[j] ?? { ...ctx.generator.personAt(i * PEOPLE + j), roleLabel: null });
      const ms = await timeOnce(() => db.transaction().execute(async (trx) => {
        const saved = await createCompany(trx, admin, {
          name: company.name, legalName: company.legalName, taxId: company.taxId, website: company.website,
          phones: [{ type: 'work', value: company.phone.e164 }], emails: [{ type: 'work', value: company.email }],
          addresses: [{ type: 'legal', city: company.city, street: company.address, postcode: company.postalCode }],
        });
        for (const person of people) {
          const contact = await createContact(trx, admin, {
            firstName: person.firstName, lastName: person.lastName, middleName: person.middleName,
            phones: [{ value: person.phone.e164 }], emails: [{ value: person.email }],
          });
          await linkCompany(trx, admin, contact.id, { companyId: saved.id, role: person.roleLabel ?? null });
        }
      }));
      op.push(ms);
      opTotal += ms;
      floor.push(await timeOnce(async () => {
        for (let j = 0; j <= PEOPLE; j++) {
          const built = contactRow(ctx.generator.personAt(floorN), floorWorkspace, floorN, 'RU');
          built.row.id = benchContactId(20_000_000 + floorN++);
          await floorInsert(CONTACT_COLUMNS.map((c) => (built.row as Record<string, unknown>)[c] ?? null));
        }
      }));
    }
    const windowS = (performance.now() - windowStarted) / 1000;
    ctx.log(`  companies ${start.toLocaleString('en-US')}–${end.toLocaleString('en-US')}: ${Math.round((end - start) / (opTotal / 1000))} companies/s (window ${windowS.toFixed(0)} s with the floor)`);
    results.push({
      operation: `create company + ${PEOPLE} linked people, companies ${start.toLocaleString('en-US')}–${end.toLocaleString('en-US')}`,
      dialect: ctx.dialect,
      size: `${end.toLocaleString('en-US')} companies`,
      op: stats(op),
      floor: stats(floor),
      rate: { op: (end - start) / (opTotal / 1000), floor: (end - start) / (stats(floor).total / 1000), unit: 'companies/s' },
      note: 'floor: five contact rows, bare INSERTs',
    });
  }
  return results;
}
