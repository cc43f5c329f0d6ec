import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { signIn } from '../../modules/auth/auth.service.js';
import { createWorkspace } from '../../modules/workspaces/workspaces.service.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, seedDemo } from './seed.js';

const ctx = { ip: null, userAgent: null, requestId: null };
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
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.close()));
  });

  it('creates the demo workspace with an admin who can sign in and eight staff members', async () => {
    const { db } = await freshDatabase();
    const result = await seedDemo(db, dialect);
    expect(result).toMatchObject({ adminEmail: DEMO_ADMIN_EMAIL, adminPassword: DEMO_PASSWORD, created: 10 });

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
  });

  it('adds nothing when run again, and gives the same staff on another install', async () => {
    const first = await freshDatabase();
    const once = await seedDemo(first.db, dialect);
    const twice = await seedDemo(first.db, dialect);
    expect(twice).toEqual({ ...once, created: 0 });
    expect(await first.db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);

    const second = await freshDatabase();
    const elsewhere = await seedDemo(second.db, dialect);
    expect(await staff(second.db, elsewhere.workspaceId)).toEqual(await staff(first.db, once.workspaceId));
  });

  it('adds the missing demo staff to an install that already has a workspace', async () => {
    const { db } = await freshDatabase();
    const existing = await db.transaction().execute((trx) =>
      createWorkspace(trx, { name: 'Acme', locale: 'en', timeZone: 'UTC', defaultCountry: 'GB', defaultCurrency: 'GBP' }),
    );
    const result = await seedDemo(db, dialect);
    expect(result).toMatchObject({ workspaceId: existing.id, created: 9 });
    await db.deleteFrom('users').where('email', '=', DEMO_ADMIN_EMAIL).execute();
    expect((await seedDemo(db, dialect)).created).toBe(1);
    expect(await db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);
  });

  it('gives different staff for a different seed', async () => {
    const a = await freshDatabase();
    const b = await freshDatabase();
    const ra = await seedDemo(a.db, dialect);
    const rb = await seedDemo(b.db, dialect, { seed: 7 });
    const namesA = (await staff(a.db, ra.workspaceId)).map((u) => u.name);
    const namesB = (await staff(b.db, rb.workspaceId)).map((u) => u.name);
    expect(namesA).not.toEqual(namesB);
  });
});
