import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { signIn } from '../auth/auth.service.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, seedDemo } from './seed.js';
import { DEMO_COMPANIES, DEMO_PEOPLE, DEMO_SOURCES } from './demo-clients.js';
import { DEMO_COST_MONTHS } from './demo-source-costs.js';

const ctx = { ip: null, userAgent: null, requestId: null };
// Tests about the staff skip the client base (hundreds of records written through the services).
const STAFF = { only: ['users'] };
const authSettings = { sessionTtlDays: 1, loginMaxFailures: 5, loginLockMinutes: 1 };

function staff(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('users')
    .select(['email', 'name', 'role', 'locale', 'time_zone'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('email')
    .execute();
}

describe.each(DIALECTS)('seedDemo on %s', (dialect) => {
  const handles: DatabaseHandle[] = [];
  async function freshDatabase(): Promise<DatabaseHandle> {
    const handle = await testDatabase(dialect);
    handles.push(handle);
    return handle;
  }
  async function clientCounts(db: Kysely<Database>, workspaceId: string) {
    const count = async (table: 'companies' | 'contacts' | 'contact_companies' | 'timeline_items') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow()).n);
    return { companies: await count('companies'), contacts: await count('contacts'), links: await count('contact_companies'), notes: await count('timeline_items') };
  }
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.close()));
  });

  it('creates the demo workspace with an admin who can sign in and eight staff members', async () => {
    const { db } = await freshDatabase();
    const result = await seedDemo(db, dialect);
    const clients = await clientCounts(db, result.workspaceId);
    const deals = await db.selectFrom('deals').select(['won_at', 'lost_at', 'lost_reason_id', 'company_id', 'amount']).where('workspace_id', '=', result.workspaceId).execute();
    const products = await db.selectFrom('products').select('id').where('workspace_id', '=', result.workspaceId).execute();
    const activities = await db.selectFrom('activities').select(['status', 'deal_id', 'kind']).where('workspace_id', '=', result.workspaceId).execute();
    const costs = await db.selectFrom('source_costs').select('id').where('workspace_id', '=', result.workspaceId).execute();
    expect(costs).toHaveLength(DEMO_COST_MONTHS * DEMO_SOURCES.length);
    expect(result).toMatchObject({ adminEmail: DEMO_ADMIN_EMAIL, adminPassword: DEMO_PASSWORD, created: 10 + clients.companies + clients.contacts + products.length + deals.length + activities.length + costs.length });
    // Weeks of history on the deals, and planned next steps.
    expect(activities.length).toBeGreaterThanOrEqual(deals.length);
    expect(activities.every((a) => a.deal_id !== null)).toBe(true);
    expect(activities.some((a) => a.status === 'planned')).toBe(true);
    expect(new Set(activities.map((a) => a.kind))).toEqual(new Set(['call', 'meeting', 'email', 'note', 'task']));
    // Deals for every company, on every stage: some won, some lost with a reason, each with a line item.
    expect(products).toHaveLength(5);
    expect(deals.length).toBeGreaterThanOrEqual(DEMO_COMPANIES);
    expect(deals.every((d) => d.company_id !== null && Number(d.amount) > 0)).toBe(true);
    expect(deals.some((d) => d.won_at !== null)).toBe(true);
    expect(deals.filter((d) => d.lost_at !== null).every((d) => d.lost_reason_id !== null)).toBe(true);
    expect(clients.companies).toBe(DEMO_COMPANIES);
    // Every company comes with its people, linked by their role there; people on their own besides.
    expect(clients.contacts).toBe(DEMO_PEOPLE + clients.links);
    expect(clients.links).toBeGreaterThanOrEqual(DEMO_COMPANIES);
    expect(clients.notes).toBeGreaterThan(0);

    const workspace = await db.selectFrom('workspaces').selectAll().where('id', '=', result.workspaceId).executeTakeFirstOrThrow();
    expect(workspace).toMatchObject({ name: DEMO_WORKSPACE.name, locale: 'ru', time_zone: 'Europe/Moscow', default_country: 'RU', default_currency: 'RUB' });

    const users = await staff(db, result.workspaceId);
    expect(users.map((u) => u.role).sort()).toEqual(
      ['admin', 'head_of_sales', 'manager', 'manager', 'manager', 'marketer', 'read_only', 'support_agent', 'support_agent'],
    );
    expect(users.every((u) => u.email.endsWith('@kartoteka.local'))).toBe(true);
    expect(users.find((u) => u.locale === 'bg')?.time_zone).toBe('Europe/Sofia');

    const session = await signIn(db, authSettings, { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }, ctx);
    expect(session.user).toMatchObject({ role: 'admin', workspace_id: result.workspaceId });
    const history = await db.selectFrom('audit_log').select('action').where('workspace_id', '=', result.workspaceId).where('action', '=', 'user.created').execute();
    expect(history).toHaveLength(9);

    // Run again: nothing added, the client base stays as it was.
    expect((await seedDemo(db, dialect)).created).toBe(0);
    expect(await clientCounts(db, result.workspaceId)).toEqual(clients);
  }, 120_000);

  it('adds nothing when run again, and gives the same staff on another install', async () => {
    const first = await freshDatabase();
    const once = await seedDemo(first.db, dialect, STAFF);
    const twice = await seedDemo(first.db, dialect, STAFF);
    expect(twice).toEqual({ ...once, created: 0 });
    expect(await first.db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);

    const second = await freshDatabase();
    const elsewhere = await seedDemo(second.db, dialect, STAFF);
    expect(await staff(second.db, elsewhere.workspaceId)).toEqual(await staff(first.db, once.workspaceId));
  });

  it('adds the missing demo staff to an install that already has a workspace', async () => {
    const { db } = await freshDatabase();
    const existing = await db.transaction().execute((trx) =>
      createWorkspace(trx, { name: 'Acme', locale: 'en', timeZone: 'UTC', defaultCountry: 'GB', defaultCurrency: 'GBP' }),
    );
    const result = await seedDemo(db, dialect, STAFF);
    expect(result).toMatchObject({ workspaceId: existing.id, created: 9 });
    await db.deleteFrom('users').where('email', '=', DEMO_ADMIN_EMAIL).execute();
    expect((await seedDemo(db, dialect, STAFF)).created).toBe(1);
    expect(await db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);
  });

  it('gives different staff for a different seed', async () => {
    const a = await freshDatabase();
    const b = await freshDatabase();
    const ra = await seedDemo(a.db, dialect, STAFF);
    const rb = await seedDemo(b.db, dialect, { ...STAFF, seed: 7 });
    const namesA = (await staff(a.db, ra.workspaceId)).map((u) => u.name);
    const namesB = (await staff(b.db, rb.workspaceId)).map((u) => u.name);
    expect(namesA).not.toEqual(namesB);
  });
});
