import { afterEach, describe, expect, it } from 'vitest';
import { flushReads } from './read-buffer.js';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { freezeClock } from '../../platform/clock.js';
import { fromJson } from '../../platform/json.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { contactPointsShown, exportRowUnits, fullUnits, hitUnits, rowUnits } from './read-weights.js';

type Server = TestServer;

/** A workspace with its admin, a manager and `n` of the manager's contacts, each with one phone and one email. */
async function scene(server: Server, alarm: Record<string, unknown>, n = 30) {
  const team = await clientTeam(server);
  const db = server.handle.db;
  await db.updateTable('workspaces').set({ settings: JSON.stringify({ alarm }) }).where('id', '=', team.workspace.id).execute();
  const manager = await member(server, team.workspace, 'manager');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await manager.client.post('/api/v1/contacts', {
      firstName: `Клиент ${i}`, phones: [{ value: `+7 912 345 ${String(i).padStart(2, '0')} ${String(i).padStart(2, '0')}` }], emails: [{ value: `c${i}@example.com` }],
    });
    expect(res.status).toBe(201);
    ids.push(res.body.contact.id);
  }
  const reads = async () => (await flushReads(db), db.selectFrom('read_log').selectAll().where('workspace_id', '=', team.workspace.id).orderBy('created_at').orderBy('id').execute());
  const alarms = () => listAuditEntries(db, team.workspace.id, { action: 'security.alarm' });
  const blockedAt = async (id: string) => (await db.selectFrom('users').select('blocked_at').where('id', '=', id).executeTakeFirstOrThrow()).blocked_at;
  return { ...team, db, manager, ids, reads, alarms, blockedAt };
}

describe('read weights', () => {
  it('weigh a name 1, every phone or email shown 2 more, and a full record 1 more', () => {
    const row = { name: 'Ann', phones: [{ value: '1' }, { value: '2' }], emails: [{ value: 'a@b.c' }], primaryPhone: { value: '1' } };
    expect(contactPointsShown(row)).toBe(3);
    expect(rowUnits(row)).toBe(7);
    expect(fullUnits(row)).toBe(8);
    expect(rowUnits({ name: 'Acme' })).toBe(1);
    expect(rowUnits({ phone: '+7', email: '' })).toBe(3);
    expect(rowUnits(Object.create({ phones: [1, 2, 3] }))).toBe(1);
    expect(hitUnits({ subtitle: null })).toBe(1);
    expect(hitUnits({ subtitle: '+7 912' })).toBe(2);
    expect(exportRowUnits(['displayName', 'firstName', 'lastName', 'phones', 'emails', 'notes'])).toBe(6);
    expect(exportRowUnits(['name'])).toBe(1);
  });
});

describe.each(DIALECTS)('the alarm counts what leaves, on %s', (dialect) => {
  afterEach(() => freezeClock(null));

  it('blocks a manager who reads 30 clients with phones through one list page, and tells the admin what was read', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { unitsPerHour: 100, blockUser: true });
    const small = await s.manager.client.get('/api/v1/contacts?limit=5');
    expect(small.status).toBe(200);
    expect(small.body.items).toHaveLength(5);
    const page = await s.manager.client.get('/api/v1/contacts?limit=200');
    expect(page.status).toBe(403);
    expect(page.body.error.code).toBe('account_blocked');
    expect(await s.blockedAt(s.manager.user.id)).toEqual(expect.any(String));
    expect((await s.manager.client.get('/api/v1/me')).status).toBe(401);
    const [alarm] = await s.alarms();
    // 5 + 30 rows of a name (1), a phone (2) and an email (2).
    expect(alarm!.changes).toEqual({
      kind: 'read', window: 'hour', count: 175, limit: 100, blocked: true,
      top: [{ entityType: 'contact', path: 'list', units: 175, rows: 35 }],
    });
    const logged = await s.reads();
    expect(logged.map((r) => [r.path, r.entity_type, r.rows, r.units, r.via_token])).toEqual([['list', 'contact', 5, 25, 0], ['list', 'contact', 30, 150, 0]]);
    expect(fromJson(logged[1]!.detail)).toEqual({ filter: { sort: 'name' } });
    const mail = await s.db.selectFrom('jobs').select('payload').where('workspace_id', '=', s.workspace.id).where('type', '=', 'mail.send').executeTakeFirstOrThrow();
    expect(fromJson<{ text: string }>(mail.payload).text).toContain('contact, list: 35 records, 175 units');
  });

  it('counts cards, history versions, timeline items, search hits, exports and token pages', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { unitsPerHour: 1_000_000, unitsPerDay: 1_000_000 }, 2);
    const [a, b] = s.ids as [string, string];
    await s.manager.client.patch(`/api/v1/contacts/${a}`, { lastName: 'Two', version: 1 });
    await s.manager.client.post('/api/v1/notes', { subjectType: 'contact', subjectId: a, body: 'called' });
    expect((await s.manager.client.get(`/api/v1/contacts/${a}`)).status).toBe(200);
    expect((await s.manager.client.get(`/api/v1/history/contact/${a}`)).body.items).toHaveLength(2);
    expect((await s.manager.client.get(`/api/v1/timeline?subjectType=contact&subjectId=${a}`)).body.items).toHaveLength(1);
    const found = await s.manager.client.get('/api/v1/search?q=' + encodeURIComponent('Клиент'));
    const hits = found.body.groups.find((g: { type: string }) => g.type === 'contact').items as Array<{ subtitle: string | null }>;
    expect(hits).toHaveLength(2);
    const admin = s.client;
    expect((await admin.get('/api/v1/contacts/export')).status).toBe(200);
    const { secret } = (await admin.post('/api/v1/tokens', { name: 'sync', scopes: ['contacts:read'] })).body;
    expect((await server.client().get(`/api/v1/contacts/${b}`, { authorization: `Bearer ${secret}` })).status).toBe(200);

    const logged = (await s.reads()).map((r) => ({ path: r.path, type: r.entity_type, id: r.entity_id, rows: r.rows, units: r.units, token: r.via_token, user: r.user_id }));
    const m = s.manager.user.id;
    const adminId = s.admin.id;
    expect(logged).toEqual([
      { path: 'card', type: 'contact', id: a, rows: 1, units: 6, token: 0, user: m },
      // Both versions show the phone and the email: each weighs like the card.
      { path: 'history', type: 'contact', id: a, rows: 2, units: 12, token: 0, user: m },
      { path: 'timeline', type: 'contact', id: a, rows: 1, units: 1, token: 0, user: m },
      { path: 'search', type: 'contact', id: null, rows: 2, units: hits.reduce((n, h) => n + hitUnits(h), 0), token: 0, user: m },
      { path: 'export', type: 'contact', id: null, rows: 2, units: 2 * exportRowUnits(['displayName', 'firstName', 'middleName', 'lastName', 'phones', 'emails']), token: 0, user: adminId },
      { path: 'card', type: 'contact', id: b, rows: 1, units: 6, token: 1, user: adminId },
    ]);
    await flushReads(s.db);
    const [minute] = await s.db.selectFrom('access_counters').select('count').where('user_id', '=', m).where('kind', '=', 'read').execute();
    const [hour] = await s.db.selectFrom('access_hour_counters').select('count').where('user_id', '=', m).where('kind', '=', 'read').execute();
    const managerUnits = logged.filter((r) => r.user === m).reduce((n, r) => n + r.units, 0);
    expect(hour!.count).toBe(managerUnits);
    expect(minute!.count).toBeLessThanOrEqual(managerUnits);
  });

  it('sums a day over hour buckets: reads under the hourly limit alarm once the daily one is crossed', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { unitsPerHour: 60, unitsPerDay: 120 }, 10);
    const t0 = Date.parse('2026-12-07T08:10:00.000Z');
    for (let h = 0; h < 2; h++) {
      freezeClock(new Date(t0 + h * 3_600_000));
      expect((await s.manager.client.get('/api/v1/contacts?limit=10')).status).toBe(200);
    }
    expect(await s.alarms()).toEqual([]);
    freezeClock(new Date(t0 + 5 * 3_600_000));
    expect((await s.manager.client.get('/api/v1/contacts?limit=10')).status).toBe(200);
    const [alarm] = await s.alarms();
    expect(alarm!.changes).toMatchObject({ kind: 'read', window: 'day', count: 150, limit: 120, blocked: false });
    // A day later the first hours have left the window.
    freezeClock(new Date(t0 + 26 * 3_600_000));
    expect((await s.manager.client.get('/api/v1/contacts?limit=10')).status).toBe(200);
    expect(await s.alarms()).toHaveLength(1);
  });

  it('takes a role\'s own limits over the workspace\'s', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { unitsPerHour: 1000, roleLimits: { manager: { unitsPerHour: 20 }, constructor: { unitsPerHour: 1 } } }, 5);
    expect((await s.client.get('/api/v1/contacts?limit=5')).status).toBe(200);
    expect(await s.alarms()).toEqual([]);
    expect((await s.manager.client.get('/api/v1/contacts?limit=5')).status).toBe(200);
    const [alarm] = await s.alarms();
    expect(alarm).toMatchObject({ actor_id: s.manager.user.id, changes: { kind: 'read', count: 25, limit: 20 } });
  });

  it('never blocks the last active administrator; the alarm still fires', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { unitsPerHour: 10, viewsPerHour: 1, blockUser: true }, 3);
    const list = await s.client.get('/api/v1/contacts');
    expect(list.status).toBe(200);
    for (const id of s.ids) expect((await s.client.get(`/api/v1/contacts/${id}`)).status).toBe(200);
    expect(await s.blockedAt(s.admin.id)).toBeNull();
    const [alarm] = await s.alarms();
    expect(alarm).toMatchObject({ actor_id: s.admin.id, changes: { kind: 'read', blocked: false, lastAdmin: true } });
    expect((await s.client.get('/api/v1/me')).status).toBe(200);
    const note = await s.db.selectFrom('notifications').select('data').where('user_id', '=', s.admin.id).executeTakeFirstOrThrow();
    expect(fromJson(note.data)).toMatchObject({ lastAdmin: true, blocked: false });

    // With a second administrator the first is no longer the last one: the next alarm blocks.
    const second = await server.build.user({ workspace: s.workspace, role: 'admin' });
    freezeClock(new Date(Date.now() + 61 * 60_000));
    expect((await s.client.get('/api/v1/contacts')).body.error.code).toBe('account_blocked');
    expect(await s.blockedAt(s.admin.id)).toEqual(expect.any(String));
    expect(await s.blockedAt(second.id)).toBeNull();
  });

  it('logs an export the alarm refuses as export_refused, not as exported', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { exportsPerHour: 1, blockUser: true }, 3);
    const head = await member(server, s.workspace, 'marketer');
    const refused = await head.client.get('/api/v1/contacts/export');
    expect(refused.body.error.code).toBe('account_blocked');
    expect(await listAuditEntries(s.db, s.workspace.id, { action: 'contact.exported' })).toEqual([]);
    const [entry] = await listAuditEntries(s.db, s.workspace.id, { action: 'contact.export_refused' });
    expect(entry).toMatchObject({ actor_id: head.user.id, changes: { reason: 'alarm', rows: 3, filter: {} } });

    const manager = await s.manager.client.get('/api/v1/contacts/export');
    expect(manager.status).toBe(403);
    const denied = await listAuditEntries(s.db, s.workspace.id, { action: 'contact.export_refused' });
    expect(denied.map((d) => [d.actor_id, (d.changes as { reason: string }).reason]).sort()).toEqual([[head.user.id, 'alarm'], [s.manager.user.id, 'permission']].sort());
  });
});
