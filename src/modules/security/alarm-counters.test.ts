import fs from 'node:fs';
import { flushReads } from './read-buffer.js';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createPgDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { connect, type DatabaseHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { Dialect } from '../../db/database.js';
import { freezeClock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { actorForUser } from '../users/users.service.js';
import { trackAccess } from './alarm.service.js';

const ctx = { ip: null, userAgent: null, requestId: null };
const T0 = Date.parse('2026-12-07T10:00:00.000Z');
const at = (minutes: number) => freezeClock(new Date(T0 + minutes * 60_000));

/** Two handles on one database, as two app processes would have: a file for SQLite, one database for PostgreSQL. */
async function twoHandles(dialect: Dialect): Promise<[DatabaseHandle, DatabaseHandle]> {
  if (dialect === 'postgres') {
    const url = await createPgDatabase();
    const a = connect({ databaseUrl: url, poolSize: 5 });
    await migrateToLatest(a.db);
    return [a, connect({ databaseUrl: url, poolSize: 5 })];
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kt-alarm-')), 'db.sqlite');
  const a = connect({ sqlitePath: file });
  await migrateToLatest(a.db);
  return [a, connect({ sqlitePath: file })];
}

async function scene(handle: DatabaseHandle, alarm: Record<string, unknown>) {
  const build = factories(handle.db);
  const workspace = await build.workspace();
  await handle.db.updateTable('workspaces').set({ settings: JSON.stringify({ alarm }) }).where('id', '=', workspace.id).execute();
  await build.user({ workspace, role: 'admin' });
  const manager = await build.user({ workspace, role: 'manager' });
  return { workspace, manager, actor: await actorForUser(handle.db, manager, ctx) };
}

const counters = (handle: DatabaseHandle, userId: string) =>
  handle.db.selectFrom('access_counters').select(['kind', 'minute', 'count']).where('user_id', '=', userId).orderBy('minute').execute();

describe.each(DIALECTS)('the alarm counters on %s', (dialect) => {
  const open: DatabaseHandle[] = [];
  afterEach(async () => {
    freezeClock(null);
    await Promise.all(open.splice(0).map((h) => h.close()));
  });

  it('bumps one row per minute in place, counts a card once per hour, and sums only the last 60 minutes', async () => {
    const [handle, other] = await twoHandles(dialect);
    open.push(handle, other);
    const s = await scene(handle, { viewsPerHour: 1000, exportsPerHour: 100 });
    const cards = Array.from({ length: 30 }, () => newId());
    at(0);
    for (const id of cards) await trackAccess(handle.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id });
    for (const id of cards) await trackAccess(handle.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id });
    // Views are written with the read buffer's next batch (every 250 ms); half a minute passes here.
    await flushReads(handle.db);
    at(0.5);
    await trackAccess(handle.db, s.actor, { kind: 'export', entityType: 'contact', count: 60 });
    at(1);
    // Another process never saw these cards: the database still knows they were counted this hour.
    for (const id of cards.slice(0, 10)) await trackAccess(other.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id });
    await trackAccess(other.db, s.actor, { kind: 'view', entityType: 'company', entityId: newId() });
    await flushReads(other.db);
    expect(await counters(handle, s.manager.id)).toEqual([
      { kind: 'view', minute: new Date(T0).toISOString(), count: 30 },
      { kind: 'export', minute: new Date(T0).toISOString(), count: 60 },
      { kind: 'view', minute: new Date(T0 + 60_000).toISOString(), count: 1 },
    ].sort((a, b) => a.minute.localeCompare(b.minute)));
    expect(await handle.db.selectFrom('access_views').select('entity_id').where('user_id', '=', s.manager.id).execute()).toHaveLength(31);
    // The next hour counts the same cards again; the export an hour ago has left the window.
    at(60);
    await trackAccess(handle.db, s.actor, { kind: 'view', entityType: 'contact', entityId: cards[0] });
    await trackAccess(handle.db, s.actor, { kind: 'export', entityType: 'contact', count: 60 });
    expect(await listAuditEntries(handle.db, s.workspace.id, { action: 'security.alarm' })).toEqual([]);
    // 120 exported within the hour (minute 0.5 is 59.5 minutes ago) would have crossed 100: the window is the last 60 buckets.
    at(60.5);
    await trackAccess(handle.db, s.actor, { kind: 'export', entityType: 'contact', count: 41 });
    const [alarm] = await listAuditEntries(handle.db, s.workspace.id, { action: 'security.alarm' });
    expect(alarm!.changes).toEqual({ kind: 'export', count: 101, limit: 100, blocked: false });
  });

  it('counts exactly and alarms once when two processes take the same cards at once', { timeout: 30_000 }, async () => {
    const [a, second] = await twoHandles(dialect);
    open.push(a, second);
    // SQLite runs in one process (DESIGN §1); two connections in one thread would wait on each other's locks synchronously.
    const b = dialect === 'postgres' ? second : a;
    const s = await scene(a, { viewsPerHour: 45, exportsPerHour: 100_000 });
    at(5);
    const cards = Array.from({ length: 50 }, () => newId());
    // Each card is opened four times: twice through each process, all in flight together.
    await Promise.allSettled(cards.flatMap((id) => [a, b, a, b].map((h) =>
      trackAccess(h.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id }))));
    await Promise.all(Array.from({ length: 20 }, (_, i) => trackAccess((i % 2 ? a : b).db, s.actor, { kind: 'export', entityType: 'contact', count: 7 })));
    await Promise.all([flushReads(a.db), flushReads(b.db)]);
    const rows = await counters(a, s.manager.id);
    expect(rows.find((r) => r.kind === 'view')!.count).toBe(50);
    expect(rows.find((r) => r.kind === 'export')!.count).toBe(140);
    expect(await a.db.selectFrom('access_views').select('entity_id').where('user_id', '=', s.manager.id).execute()).toHaveLength(50);
    const alarms = await listAuditEntries(a.db, s.workspace.id, { action: 'security.alarm' });
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.changes).toMatchObject({ kind: 'view', limit: 45 });
    expect((alarms[0]!.changes as { count: number }).count).toBeGreaterThan(45);
  });
});
