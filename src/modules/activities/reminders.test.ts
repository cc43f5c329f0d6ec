import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { clientTeam } from '../../../test/fixtures/clients-kit.js';
import { eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { freezeClock } from '../../platform/clock.js';
import { JobWorker } from '../../platform/jobs/jobs.worker.js';
import { fireDueReminders, registerActivityJobs } from './reminders.jobs.js';

afterEach(() => freezeClock(null));

async function reminders(server: TestServer, userId: string): Promise<Array<{ activityId: string }>> {
  const rows = await server.handle.db.selectFrom('notifications').select(['data', 'type']).where('user_id', '=', userId).where('type', '=', 'task.reminder').execute();
  return rows.map((r) => (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as { activityId: string });
}

describe.each(DIALECTS)('task reminders on %s', (dialect) => {
  it('fire once at their time from the persistent schedule, also after a restart mid-schedule', async () => {
    const server = await testServer(dialect);
    freezeClock(new Date('2030-01-10T08:00:00Z'));
    const { client, admin } = await clientTeam(server, 'BG');
    const task = (await client.post('/api/v1/activities', { kind: 'task', title: 'Обади се', dueAt: '2030-01-10T09:00:00Z', reminderMinutes: 30 })).body.activity;
    expect(task.remindAt).toBe('2030-01-10T08:30:00.000Z');
    const first = new JobWorker({ db: server.handle.db, dialect, logger: silentLogger(), pollMs: 10 });
    registerActivityJobs(first.registry, { everyMs: 60_000 });
    first.start();
    // The sweep ran (its next run is queued) and found nothing due yet.
    await eventually(async () => expect(await server.handle.db.selectFrom('jobs').select('id').where('type', '=', 'activities.reminders').where('status', '=', 'done').executeTakeFirst()).toBeDefined());
    await first.stop();
    expect(await reminders(server, admin.id)).toEqual([]);
    // The process is gone; later a new one starts and the queued sweep, now due, sends the reminder.
    freezeClock(new Date('2030-01-10T08:31:00Z'));
    const second = new JobWorker({ db: server.handle.db, dialect, logger: silentLogger(), pollMs: 10 });
    registerActivityJobs(second.registry, { everyMs: 60_000 });
    second.start();
    try {
      await eventually(async () => expect(await reminders(server, admin.id)).toHaveLength(1));
    } finally {
      await second.stop();
    }
    expect((await reminders(server, admin.id))[0]).toMatchObject({ activityId: task.id });
    expect(await fireDueReminders(server.handle.db)).toBe(0);
    expect((await client.get(`/api/v1/activities/${task.id}`)).body.activity.remindedAt).toBe('2030-01-10T08:31:00.000Z');
  });

  it('never fire for a deleted or completed task, and follow a moved due time', async () => {
    const server = await testServer(dialect);
    freezeClock(new Date('2030-01-10T08:00:00Z'));
    const { client, admin } = await clientTeam(server, 'BG');
    const plan = async (title: string) => (await client.post('/api/v1/activities', { kind: 'task', title, dueAt: '2030-01-10T09:00:00Z', reminderMinutes: 10 })).body.activity;
    const deleted = await plan('Изтрита');
    const completed = await plan('Приключена');
    const moved = await plan('Преместена');
    expect((await client.delete(`/api/v1/activities/${deleted.id}?version=1`)).status).toBe(204);
    expect((await client.post(`/api/v1/activities/${completed.id}/complete`, { version: 1 })).status).toBe(200);
    expect((await client.post(`/api/v1/activities/${moved.id}/reschedule`, { dueAt: '2030-01-10T12:00:00Z', version: 1 })).status).toBe(200);
    // A reminder for a completed task is refused outright.
    const late = await client.patch(`/api/v1/activities/${completed.id}`, { reminderMinutes: 5, version: 2 });
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toEqual({ reminderMinutes: 'activity_done' });
    freezeClock(new Date('2030-01-10T09:00:00Z'));
    expect(await fireDueReminders(server.handle.db)).toBe(0);
    freezeClock(new Date('2030-01-10T11:50:00Z'));
    expect(await fireDueReminders(server.handle.db)).toBe(1);
    expect((await reminders(server, admin.id)).map((r) => r.activityId)).toEqual([moved.id]);
  });

  it('fire each reminder exactly once when two workers sweep at the same time', async () => {
    const server = await testServer(dialect);
    freezeClock(new Date('2030-01-10T08:00:00Z'));
    const { client, admin } = await clientTeam(server, 'BG');
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push((await client.post('/api/v1/activities', { kind: 'task', title: `Задача ${i}`, dueAt: '2030-01-10T09:00:00Z', reminderMinutes: 15 })).body.activity.id);
    freezeClock(new Date('2030-01-10T08:45:00Z'));
    const sent = await Promise.all([fireDueReminders(server.handle.db), fireDueReminders(server.handle.db), fireDueReminders(server.handle.db)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(24);
    expect((await reminders(server, admin.id)).map((r) => r.activityId).sort()).toEqual(ids.sort());
  });

  it('remind an all-day task at 09:00 local across the last Sunday of October: Sofia moves its clocks, Moscow does not', async () => {
    const server = await testServer(dialect);
    // Signed in now; the clock then goes back to October (a session's expiry is checked against now).
    const sofia = await clientTeam(server, 'BG');
    const moscow = await clientTeam(server, 'RU');
    await server.handle.db.updateTable('workspaces').set({ time_zone: 'Europe/Sofia' }).where('id', '=', sofia.workspace.id).execute();
    await server.handle.db.updateTable('workspaces').set({ time_zone: 'Europe/Moscow' }).where('id', '=', moscow.workspace.id).execute();
    freezeClock(new Date('2026-10-23T12:00:00Z'));
    const daily = async (team: typeof sofia) => {
      const created = await team.client.post('/api/v1/activities', { kind: 'task', title: 'Daily', dueDay: '2026-10-24', recurrence: { every: 'daily' }, reminderMinutes: 0 });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const task = created.body.activity;
      const done = await team.client.post(`/api/v1/activities/${task.id}/complete`, { version: 1 });
      return { first: task, next: done.body.next };
    };
    const bg = await daily(sofia);
    const ru = await daily(moscow);
    // Saturday: 09:00 EEST (UTC+3) in Sofia, 09:00 MSK (UTC+3) in Moscow.
    expect(bg.first.remindAt).toBe('2026-10-24T06:00:00.000Z');
    expect(ru.first.remindAt).toBe('2026-10-24T06:00:00.000Z');
    // Sunday: Sofia is on EET (UTC+2) now; Moscow stays.
    expect(bg.next).toMatchObject({ dueDay: '2026-10-25', allDay: true, remindAt: '2026-10-25T07:00:00.000Z' });
    expect(ru.next).toMatchObject({ dueDay: '2026-10-25', allDay: true, remindAt: '2026-10-25T06:00:00.000Z' });
    freezeClock(new Date('2026-10-25T06:30:00Z'));
    expect(await fireDueReminders(server.handle.db)).toBe(1);
    expect((await reminders(server, moscow.admin.id)).map((r) => r.activityId)).toEqual([ru.next.id]);
    freezeClock(new Date('2026-10-25T07:00:00Z'));
    expect(await fireDueReminders(server.handle.db)).toBe(1);
    expect((await reminders(server, sofia.admin.id)).map((r) => r.activityId)).toEqual([bg.next.id]);
  });
});
