import { afterEach, describe, expect, it } from 'vitest';
import '../index.js';
import { connect } from '../../db/connect.js';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
import { runEscalations } from './escalation.service.js';

afterEach(() => freezeClock(null));

const at = (iso: string) => freezeClock(new Date(iso));
const rule = { enabled: true, minutes: 10, weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Sofia' };

async function notificationsOf(client: TestClient) {
  return ((await client.get('/api/v1/notifications')).body.items as Array<{ type: string; data: Record<string, unknown> }>);
}

/** A workspace with a department (a head and two managers), its rule on, and a deal a manager owns. */
async function setup(dialect: (typeof DIALECTS)[number]) {
  const server = await testServer(dialect);
  const workspace = await server.build.workspace();
  const admin = await server.build.user({ workspace, role: 'admin' });
  const head = await server.build.user({ workspace, role: 'head_of_sales', name: 'Елена Петрова' });
  const owner = await server.build.user({ workspace, role: 'manager', name: 'Иван Иванов' });
  const colleague = await server.build.user({ workspace, role: 'manager' });
  const adminClient = await server.as(admin);
  const department = (await adminClient.post('/api/v1/departments', { name: 'Продажи', headUserId: head.id })).body.department;
  await server.handle.db.updateTable('users').set({ department_id: department.id }).where('id', 'in', [head.id, owner.id, colleague.id]).execute();
  const saved = await adminClient.put('/api/v1/escalation-settings', { ...rule, version: 0 });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return { server, workspace, adminClient, head, owner, colleague, ownerClient: await server.as(owner), headClient: await server.as(head), colleagueClient: await server.as(colleague) };
}

describe.each(DIALECTS)('escalation on %s', (dialect) => {
  it('keeps a rule per workspace for settings managers; bad input is refused with fields and changes nothing', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace();
    const admin = await server.as(await server.build.user({ workspace, role: 'admin' }));
    const manager = await server.as(await server.build.user({ workspace, role: 'manager' }));

    const defaults = await admin.get('/api/v1/escalation-settings');
    expect(defaults.body).toEqual({ enabled: false, minutes: 30, weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', timeZone: 'Europe/Sofia', version: 0 });
    expect((await manager.get('/api/v1/escalation-settings')).status).toBe(403);
    expect((await manager.put('/api/v1/escalation-settings', { ...rule, version: 0 })).status).toBe(403);

    const bad = [
      [{ minutes: 0 }, 'minutes', 'too_small'],
      [{ minutes: 10081 }, 'minutes', 'too_big'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone', 'invalid_time_zone'],
      [{ from: '18:00', to: '09:00' }, 'to', 'not_after_from'],
      [{ from: '09:00', to: '09:00' }, 'to', 'not_after_from'],
      [{ from: '9:00' }, 'from', 'invalid_time'],
      [{ weekdays: [] }, 'weekdays', 'required'],
      [{ weekdays: [1, 8] }, 'weekdays.1', 'invalid_weekday'],
    ] as const;
    for (const [patch, field, code] of bad) {
      const res = await admin.put('/api/v1/escalation-settings', { ...rule, ...patch, version: 0 });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body.error.fields[field], JSON.stringify(res.body)).toBe(code);
    }
    expect((await admin.get('/api/v1/escalation-settings')).body).toEqual(defaults.body);

    const saved = await admin.put('/api/v1/escalation-settings', { ...rule, weekdays: [5, 1, 1], to: '24:00', version: 0 });
    expect(saved.body).toEqual({ ...rule, weekdays: [1, 5], to: '24:00', version: 1 });
    const stale = await admin.put('/api/v1/escalation-settings', { ...rule, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.version).toBe(1);
  });

  it('notifies the owner after N working minutes and the department head N minutes later, once each; handled requests resolve', async () => {
    at('2026-12-07T15:55:00.000Z'); // Monday 17:55 in Sofia; the working day ends at 18:00.
    const { ownerClient, headClient, colleagueClient, owner, head, adminClient } = await setup(dialect);
    const deal = (await ownerClient.post('/api/v1/deals', { title: 'Заявка с сайта', amount: 0, currency: 'EUR' })).body.deal;
    const handled = (await ownerClient.post('/api/v1/deals', { title: 'Handled at once', amount: 0, currency: 'EUR' })).body.deal;
    const pipeline = (await adminClient.get('/api/v1/pipelines')).body.items[0];
    at('2026-12-07T15:58:00.000Z');
    expect((await ownerClient.post(`/api/v1/deals/${handled.id}/move`, { stageId: pipeline.stages[1].id, version: handled.version })).status).toBe(200);

    // Monday evening and Tuesday 09:04: 5 + 4 working minutes, not yet.
    for (const t of ['2026-12-07T17:00:00.000Z', '2026-12-08T07:04:00.000Z']) {
      at(t);
      await runEscalations((await testServer(dialect)).handle.db);
      expect(await notificationsOf(ownerClient)).toEqual([]);
    }
    // Tuesday 09:05: the owner hears of it, once.
    at('2026-12-08T07:05:00.000Z');
    const db = (await testServer(dialect)).handle.db;
    await runEscalations(db);
    await runEscalations(db);
    const ownerNotes = await notificationsOf(ownerClient);
    expect(ownerNotes).toHaveLength(1);
    expect(ownerNotes[0]).toMatchObject({ type: 'escalation.owner', data: { subjectType: 'deal', subjectId: deal.id, title: 'Заявка с сайта', level: 1, minutes: 10, startedAt: '2026-12-07T15:55:00.000Z' } });
    expect(await notificationsOf(headClient)).toEqual([]);

    // 09:15: the head of the owner's department, once.
    at('2026-12-08T07:15:00.000Z');
    await runEscalations(db);
    await runEscalations(db);
    const headNotes = await notificationsOf(headClient);
    expect(headNotes).toHaveLength(1);
    expect(headNotes[0]).toMatchObject({ type: 'escalation.head', data: { subjectId: deal.id, level: 2, ownerId: owner.id, ownerName: 'Иван Иванов' } });
    expect(await notificationsOf(ownerClient)).toHaveLength(1);

    // The supervisor's screen: the head (department scope) sees both levels; a colleague nothing.
    const open = (await headClient.get('/api/v1/escalations')).body.items;
    expect(open.map((e: { level: number }) => e.level)).toEqual([2, 1]);
    expect(open[0]).toMatchObject({ subjectType: 'deal', subjectId: deal.id, title: 'Заявка с сайта', ownerId: owner.id, ownerName: 'Иван Иванов', notifiedUserId: head.id, notifiedUserName: 'Елена Петрова', startedAt: '2026-12-07T15:55:00.000Z', dueAt: '2026-12-08T07:15:00.000Z', resolvedAt: null });
    expect((await ownerClient.get('/api/v1/escalations')).body.items).toHaveLength(2);
    expect((await colleagueClient.get('/api/v1/escalations')).body.items).toEqual([]);
    expect((await headClient.get('/api/v1/escalations?state=resolved')).body.items).toEqual([]);
    expect((await headClient.get('/api/v1/escalations?state=closed')).status).toBe(400);

    // Handled after all: the escalations resolve on the next pass; nothing fires again.
    at('2026-12-08T07:20:00.000Z');
    const current = (await ownerClient.get(`/api/v1/deals/${deal.id}`)).body.deal;
    expect((await ownerClient.post(`/api/v1/deals/${deal.id}/move`, { stageId: pipeline.stages[1].id, version: current.version })).status).toBe(200);
    await runEscalations(db);
    expect((await headClient.get('/api/v1/escalations')).body.items).toEqual([]);
    const resolved = (await headClient.get('/api/v1/escalations?state=resolved')).body.items;
    expect(resolved.map((e: { resolvedAt: string }) => e.resolvedAt)).toEqual(['2026-12-08T07:20:00.000Z', '2026-12-08T07:20:00.000Z']);
    expect((await notificationsOf(ownerClient)).length + (await notificationsOf(headClient)).length).toBe(2);
  });

  it('escalates a planned call not done N working minutes after its due time; doing it resolves the escalation', async () => {
    at('2026-12-08T07:30:00.000Z'); // Tuesday 09:30 in Sofia.
    const { ownerClient, headClient, owner } = await setup(dialect);
    const created = await ownerClient.post('/api/v1/activities', { kind: 'call', title: 'Перезвонить клиенту', status: 'planned', dueAt: '2026-12-08T08:00:00.000Z' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const call = created.body.activity;
    const logged = (await ownerClient.post('/api/v1/activities', { kind: 'call', title: 'Already done', dueAt: '2026-12-08T07:00:00.000Z' })).body.activity;
    expect(logged.status).toBe('done');
    const db = (await testServer(dialect)).handle.db;
    at('2026-12-08T08:09:00.000Z');
    await runEscalations(db);
    expect(await notificationsOf(ownerClient)).toEqual([]);
    at('2026-12-08T08:10:00.000Z');
    await runEscalations(db);
    await runEscalations(db);
    const notes = await notificationsOf(ownerClient);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ type: 'escalation.owner', data: { subjectType: 'activity', subjectId: call.id, title: 'Перезвонить клиенту', level: 1, startedAt: '2026-12-08T08:00:00.000Z' } });
    at('2026-12-08T08:20:00.000Z');
    await runEscalations(db);
    expect((await notificationsOf(headClient))[0]).toMatchObject({ type: 'escalation.head', data: { subjectType: 'activity', subjectId: call.id, level: 2, ownerId: owner.id } });
    expect((await headClient.get('/api/v1/escalations')).body.items.map((e: { subjectId: string }) => e.subjectId)).toEqual([call.id, call.id]);

    at('2026-12-08T08:25:00.000Z');
    expect((await ownerClient.post(`/api/v1/activities/${call.id}/complete`, { result: 'Договорились о встрече', version: call.version })).status).toBe(200);
    await runEscalations(db);
    expect((await headClient.get('/api/v1/escalations')).body.items).toEqual([]);
    expect((await headClient.get('/api/v1/escalations?state=resolved')).body.items).toHaveLength(2);
  });

  it('fires each level once when two processes scan at the same moment', async () => {
    at('2026-12-07T10:00:00.000Z');
    const { server, ownerClient, headClient } = await setup(dialect);
    for (let i = 0; i < 3; i++) await ownerClient.post('/api/v1/deals', { title: `Request ${i}`, amount: 0, currency: 'EUR' });
    at('2026-12-07T11:00:00.000Z');
    // A second process: its own connection pool on the same database (PostgreSQL), or the same file's handle (SQLite).
    const url = (server.handle.raw as { pool?: { options: { connectionString: string } } }).pool?.options.connectionString;
    const second = url ? connect({ databaseUrl: url, poolSize: 2 }) : null;
    try {
      await Promise.all([runEscalations(server.handle.db), runEscalations((second ?? server.handle).db), runEscalations(server.handle.db)]);
    } finally {
      await second?.close();
    }
    expect((await notificationsOf(ownerClient)).map((n) => n.type)).toEqual(['escalation.owner', 'escalation.owner', 'escalation.owner']);
    expect((await notificationsOf(headClient)).map((n) => n.type)).toEqual(['escalation.head', 'escalation.head', 'escalation.head']);
  });
});
