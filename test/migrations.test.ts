import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, emptyDatabase } from './db.js';
import { migrateToLatest, migrateToNothing, pendingMigrations } from '../src/db/migrate.js';
import type { DatabaseHandle } from '../src/db/connect.js';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let handle: DatabaseHandle;
  afterAll(() => handle?.close());

  it('run up, down to nothing, and up again', async () => {
    handle = await emptyDatabase(dialect);
    const up = await migrateToLatest(handle.db);
    expect(up.length).toBeGreaterThan(0);
    expect(await pendingMigrations(handle.db)).toEqual([]);
    const tables = await handle.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['workspaces', 'users', 'sessions', 'audit_log', 'jobs']));

    const down = await migrateToNothing(handle.db);
    expect(down.length).toBe(up.length);
    const left = (await handle.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
    expect(left).toEqual([]);

    expect(await migrateToLatest(handle.db)).toEqual(up);
  });

  it('keeps the audit log append-only', async () => {
    const db = handle.db;
    const id = '0190a0a0-0000-7000-8000-000000000001';
    const t = new Date().toISOString();
    await db.insertInto('workspaces').values({ id, name: 'W', locale: 'en', time_zone: 'UTC', default_country: 'BG', default_currency: 'BGN', settings: '{}', created_at: t, updated_at: t, version: 1 }).execute();
    await db.insertInto('audit_log').values({ id, workspace_id: id, actor_id: null, action: 'x', entity_type: null, entity_id: null, changes: null, ip: null, user_agent: null, request_id: null, created_at: t }).execute();
    await expect(db.updateTable('audit_log').set({ action: 'y' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await sql<{ action: string }>`select action from audit_log`.execute(db);
    expect(rows.rows.map((r) => r.action)).toEqual(['x']);
  });
});
