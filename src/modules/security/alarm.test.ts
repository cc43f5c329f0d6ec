import { afterEach, describe, expect, it } from 'vitest';
import { flushReads } from './read-buffer.js';
import pino from 'pino';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { newId } from '../../platform/ids.js';
import { freezeClock } from '../../platform/clock.js';
import { fromJson } from '../../platform/json.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { JobRegistry, type Job } from '../../platform/jobs/jobs.registry.js';
import { actorForUser, systemActor } from '../users/users.service.js';
import { trackAccess } from './alarm.service.js';
import { ALARM_DEFAULTS, alarmSettingsOf } from './alarm-settings.js';
import { ACCESS_COUNTERS_CLEANUP_JOB, ACCESS_HOUR_COUNTERS_CLEANUP_JOB, ACCESS_LOG_CLEANUP_JOB, ACCESS_VIEWS_CLEANUP_JOB, READ_LOG_CLEANUP_JOB, registerSecurityJobs } from './security.jobs.js';

const ctx = { ip: '203.0.113.7', userAgent: 'test', requestId: null };

async function scene(server: TestServer, alarm: Record<string, unknown>) {
  const db = server.handle.db;
  const workspace = await server.build.workspace();
  await db.updateTable('workspaces').set({ settings: JSON.stringify({ alarm }) }).where('id', '=', workspace.id).execute();
  const admin = await server.build.user({ workspace, role: 'admin', name: 'Ada Admin' });
  const adminRu = await server.build.user({ workspace, role: 'admin', locale: 'ru' });
  const formerAdmin = await server.build.user({ workspace, role: 'admin' });
  await db.updateTable('users').set({ is_active: 0 }).where('id', '=', formerAdmin.id).execute();
  await server.build.user({ role: 'admin' }); // another workspace's administrator hears nothing
  const manager = await server.build.user({ workspace, role: 'manager', name: 'Mila Manager' });
  const actor = await actorForUser(db, manager, ctx);
  const notifications = () => db.selectFrom('notifications').selectAll().where('workspace_id', '=', workspace.id).orderBy('user_id').execute();
  const mails = async () => (await db.selectFrom('jobs').selectAll().where('workspace_id', '=', workspace.id).where('type', '=', 'mail.send').execute())
    .map((j) => fromJson<{ to: string[]; subject: string; text: string }>(j.payload));
  const alarms = () => listAuditEntries(db, workspace.id, { action: 'security.alarm' });
  return { db, workspace, admin, adminRu, manager, actor, notifications, mails, alarms };
}

describe.each(DIALECTS)('the exfiltration alarm on %s', (dialect) => {
  afterEach(() => freezeClock(null));

  it('counts distinct cards opened within the hour and alerts every active admin once, in app and by mail in their language', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { viewsPerHour: 3 });
    const ids = [newId(), newId(), newId(), newId(), newId()];
    // A card counts once per clock hour: a still clock keeps the hour from turning mid-test.
    const start = Date.now();
    freezeClock(new Date(start));
    for (const id of ids.slice(0, 3)) await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id });
    await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: ids[0] });
    expect(await s.alarms()).toEqual([]);

    await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'company', entityId: ids[3] });
    const notes = await s.notifications();
    expect(notes.map((n) => n.user_id).sort()).toEqual([s.admin.id, s.adminRu.id].sort());
    expect(notes.every((n) => n.type === 'security.alarm' && n.read_at === null)).toBe(true);
    expect(fromJson(notes[0]!.data)).toEqual({ userId: s.manager.id, userName: 'Mila Manager', kind: 'view', count: 4, limit: 3, blocked: false });

    const mails = await s.mails();
    expect(mails.map((m) => m.to[0]).sort()).toEqual([s.admin.email, s.adminRu.email].sort());
    expect(mails.find((m) => m.to[0] === s.admin.email)!.subject).toBe('Security alarm: Mila Manager');
    const ru = mails.find((m) => m.to[0] === s.adminRu.email)!;
    expect(ru.subject).toBe('Тревога безопасности: Mila Manager');
    expect(ru.text).toContain('карточек клиентов: 4 за последний час');

    const [alarm] = await s.alarms();
    expect(alarm).toMatchObject({ actor_id: s.manager.id, entity_type: 'user', entity_id: s.manager.id, ip: ctx.ip, changes: { kind: 'view', count: 4, limit: 3, blocked: false } });

    await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: ids[4] });
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: 5000 });
    expect(await s.alarms()).toHaveLength(1);
    expect(await s.notifications()).toHaveLength(2);

    // An hour after the alarm the same person can raise it again.
    freezeClock(new Date(start + 61 * 60_000));
    try {
      for (const id of ids.slice(0, 4)) await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: id });
      expect(await s.alarms()).toHaveLength(2);
    } finally {
      freezeClock(null);
    }
  });

  it('sums exported records within the hour', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { exportsPerHour: 100 });
    const bg = await server.build.user({ workspace: s.workspace, role: 'admin', locale: 'bg' });
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: 60 });
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'company', count: 40 });
    expect(await s.alarms()).toEqual([]);
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: 1 });
    const [alarm] = await s.alarms();
    expect(alarm!.changes).toEqual({ kind: 'export', count: 101, limit: 100, blocked: false });
    const mail = (await s.mails()).find((m) => m.to[0] === bg.email)!;
    expect(mail.subject).toBe('Сигнал за сигурност: Mila Manager');
    expect(mail.text).toContain('изнесе 101 записа');
    await expect(trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: -1 })).rejects.toThrow(/whole number/);
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: 0 });
    expect(await s.db.selectFrom('access_log').select('id').where('user_id', '=', s.manager.id).execute()).toHaveLength(3);
  });

  it('with blockUser blocks the user: sessions end, the crossing access, sign-in and API tokens answer account_blocked', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { viewsPerHour: 1, blockUser: true });
    const browser = await server.as(s.manager);
    const { secret } = (await browser.post('/api/v1/tokens', { name: 'sync', scopes: ['contacts:read'] })).body;

    await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: newId() });
    const crossing = trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: newId() });
    await expect(crossing).rejects.toMatchObject({ code: 'account_blocked' });

    const user = await s.db.selectFrom('users').selectAll().where('id', '=', s.manager.id).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ blocked_reason: 'exfiltration_alarm', version: s.manager.version });
    expect(user.blocked_at).toEqual(expect.any(String));
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    const signIn = await server.client().post('/api/v1/auth/sign-in', { email: s.manager.email, password: s.manager.password });
    expect(signIn.status).toBe(403);
    expect(signIn.body.error.code).toBe('account_blocked');
    const api = await server.client().get('/api/v1/me', { authorization: `Bearer ${secret}` });
    expect(api.status).toBe(403);
    expect(api.body.error.code).toBe('account_blocked');
    expect(fromJson((await s.notifications())[0]!.data)).toMatchObject({ blocked: true });
    expect((await s.mails())[0]!.text).toContain('blocked until an administrator unblocks');
    expect((await listAuditEntries(s.db, s.workspace.id, { action: 'user.blocked' })).map((a) => a.entity_id)).toEqual([s.manager.id]);

    await s.db.updateTable('users').set({ blocked_at: null, blocked_reason: null }).where('id', '=', s.manager.id).execute();
    expect((await server.client().post('/api/v1/auth/sign-in', { email: s.manager.email, password: s.manager.password })).status).toBe(200);
  });

  it('raises one alarm when several requests cross the limit at once', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { viewsPerHour: 2 });
    for (let i = 0; i < 2; i++) await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: newId() });
    await Promise.all(Array.from({ length: 6 }, () => trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: newId() })));
    expect(await s.alarms()).toHaveLength(1);
    expect(await s.notifications()).toHaveLength(2);
  });

  it('does not track system work, and reads settings with defaults', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, { viewsPerHour: 1 });
    for (let i = 0; i < 3; i++) await trackAccess(s.db, systemActor(s.workspace.id), { kind: 'view', entityType: 'contact', entityId: newId() });
    expect(await s.db.selectFrom('access_log').selectAll().where('workspace_id', '=', s.workspace.id).execute()).toEqual([]);
    expect(alarmSettingsOf(null)).toEqual(ALARM_DEFAULTS);
    expect(alarmSettingsOf('{"alarm":{"viewsPerHour":50,"exportsPerHour":-1,"blockUser":"yes"}}')).toEqual({ ...ALARM_DEFAULTS, viewsPerHour: 50, exportsPerHour: 1000, blockUser: false });
    expect(alarmSettingsOf({ alarm: { blockUser: true } })).toEqual({ ...ALARM_DEFAULTS, blockUser: true });
  });

  it('cleans up access-log and card-view entries older than a week and alarm counters older than a day, hourly', async () => {
    const server = await testServer(dialect);
    const s = await scene(server, {});
    const old = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const yesterday = new Date(Date.now() - 25 * 3_600_000).toISOString();
    await trackAccess(s.db, s.actor, { kind: 'export', entityType: 'contact', count: 3 });
    await trackAccess(s.db, s.actor, { kind: 'view', entityType: 'contact', entityId: newId() });
    await flushReads(s.db);
    const mine = { workspace_id: s.workspace.id, user_id: s.manager.id };
    await s.db.insertInto('access_log').values([1, 2, 3].map(() => ({
      id: newId(), ...mine, kind: 'export', entity_type: 'contact', entity_id: null, count: 1, created_at: old,
    }))).execute();
    await s.db.insertInto('access_views').values([1, 2, 3].map(() => ({ ...mine, hour: old, entity_type: 'contact', entity_id: newId() }))).execute();
    await s.db.insertInto('access_views').values({ ...mine, hour: yesterday, entity_type: 'contact', entity_id: newId() }).execute();
    await s.db.insertInto('access_counters').values([{ ...mine, kind: 'view', minute: yesterday, count: 9 }, { ...mine, kind: 'view', minute: old, count: 9 }]).execute();
    const registry = new JobRegistry();
    registerSecurityJobs(registry);
    expect(registry.allSchedules().map((j) => [j.type, j.everyMs]).sort()).toEqual([
      [ACCESS_COUNTERS_CLEANUP_JOB, 3_600_000], [ACCESS_HOUR_COUNTERS_CLEANUP_JOB, 3_600_000], [ACCESS_LOG_CLEANUP_JOB, 3_600_000],
      [ACCESS_VIEWS_CLEANUP_JOB, 3_600_000], [READ_LOG_CLEANUP_JOB, 3_600_000],
    ]);
    for (const job of [ACCESS_LOG_CLEANUP_JOB, ACCESS_VIEWS_CLEANUP_JOB, ACCESS_COUNTERS_CLEANUP_JOB]) {
      await registry.handlerFor(job)!({} as Job, { db: s.db, logger: pino({ level: 'silent' }), workerId: 'test' });
    }
    const left = await s.db.selectFrom('access_log').select('created_at').where('workspace_id', '=', s.workspace.id).execute();
    expect(left).toHaveLength(1);
    expect(left[0]!.created_at > old).toBe(true);
    const views = await s.db.selectFrom('access_views').select('hour').where('workspace_id', '=', s.workspace.id).orderBy('hour').execute();
    expect(views.map((v) => v.hour)).toEqual([yesterday, expect.any(String)]);
    const counts = await s.db.selectFrom('access_counters').select(['minute', 'count']).where('workspace_id', '=', s.workspace.id).execute();
    expect(counts.every((c) => c.minute > yesterday)).toBe(true);
    expect(counts.map((c) => c.count).sort()).toEqual([1, 3]);
  });
});
