import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { freezeClock } from '../../platform/clock.js';

afterEach(() => freezeClock(null));

describe.each(DIALECTS)('my day and the calendar on %s', (dialect) => {
  it('groups one\'s activities into overdue, today and the next 7 days in the user\'s zone, with counts and the sidebar badge', async () => {
    const server = await testServer(dialect);
    freezeClock(new Date('2030-03-10T10:00:00Z'));
    const { client, admin, workspace } = await clientTeam(server, 'BG');
    await server.handle.db.updateTable('workspaces').set({ time_zone: 'Europe/Sofia' }).where('id', '=', workspace.id).execute();
    await server.handle.db.updateTable('users').set({ time_zone: 'Europe/Sofia' }).where('id', '=', admin.id).execute();
    const plan = async (title: string, body: Record<string, unknown>) => {
      const res = await client.post('/api/v1/activities', { kind: 'task', title, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.activity.id as string;
    };
    const late = await plan('Просрочена', { dueAt: '2030-03-08T09:00:00Z' });
    const lateDay = await plan('Вчера цял ден', { dueDay: '2030-03-09' });
    const today = await plan('Днес', { dueAt: '2030-03-10T15:00:00Z' });
    const todayAllDay = await plan('Днес цял ден', { dueDay: '2030-03-10' });
    // 23:30 Sofia time on the 10th is 21:30 UTC: still today there.
    const lateEvening = await plan('Късно вечер', { dueAt: '2030-03-10T21:30:00Z' });
    const meeting = await client.post('/api/v1/activities', { kind: 'meeting', title: 'Среща', dueAt: '2030-03-12T08:00:00Z', endsAt: '2030-03-12T09:00:00Z', place: 'Офис' });
    const later = await plan('След две седмици', { dueAt: '2030-03-25T08:00:00Z' });
    const doneToday = (await client.post('/api/v1/activities', { kind: 'call', title: 'Обаждане', dueAt: '2030-03-10T08:00:00Z' })).body.activity.id;
    const res = await client.get('/api/v1/my-day');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ids = (group: { items: Array<{ id: string }> }) => group.items.map((i) => i.id);
    expect(res.body).toMatchObject({ day: '2030-03-10', timeZone: 'Europe/Sofia' });
    expect(ids(res.body.overdue)).toEqual([late, lateDay]);
    expect(res.body.overdue.count).toBe(2);
    expect(ids(res.body.today).sort()).toEqual([today, todayAllDay, lateEvening, doneToday].sort());
    expect(ids(res.body.upcoming)).toEqual([meeting.body.activity.id]);
    expect(res.body.overdue.items[0].overdue).toBe(true);
    expect(ids(res.body.upcoming)).not.toContain(later);
    expect((await client.get('/api/v1/my-day/counts')).body).toEqual({ overdue: 2, today: 3 });
    // In Moscow's zone the late-evening task is tomorrow's.
    const moscow = await client.get('/api/v1/my-day?timeZone=Europe/Moscow');
    expect(ids(moscow.body.upcoming)).toContain(lateEvening);
    const bad = await client.get('/api/v1/my-day?timeZone=Europe/Atlantis');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ timeZone: 'invalid_time_zone' });
  });

  it('shows a calendar range of a user or a department, refusing reversed and over-long ranges', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'BG');
    const dept = (await client.post('/api/v1/departments', { name: 'Продажби' })).body.department.id;
    const a = await member(server, workspace, 'manager', dept);
    const b = await member(server, workspace, 'manager', dept);
    const mk = async (ownerId: string, dueAt: string) => (await client.post('/api/v1/activities', { kind: 'meeting', title: 'Среща', dueAt, ownerId })).body.activity.id;
    const inA = await mk(a.user.id, '2030-04-02T08:00:00Z');
    const inB = await mk(b.user.id, '2030-04-20T08:00:00Z');
    await mk(b.user.id, '2030-06-20T08:00:00Z');
    const range = 'from=2030-04-01T00:00:00Z&to=2030-05-01T00:00:00Z';
    const dep = await client.get(`/api/v1/calendar?${range}&departmentId=${dept}`);
    expect(dep.status, JSON.stringify(dep.body)).toBe(200);
    expect(dep.body.items.map((i: { id: string }) => i.id)).toEqual([inA, inB]);
    expect(dep.body.truncated).toBe(false);
    expect((await client.get(`/api/v1/calendar?${range}&userId=${b.user.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([inB]);
    // A manager sees only their own part of the department's calendar.
    expect((await a.client.get(`/api/v1/calendar?${range}&departmentId=${dept}`)).body.items.map((i: { id: string }) => i.id)).toEqual([inA]);
    const reversed = await client.get('/api/v1/calendar?from=2030-05-01T00:00:00Z&to=2030-04-01T00:00:00Z');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields).toEqual({ to: 'before_from' });
    const long = await client.get('/api/v1/calendar?from=2030-01-01T00:00:00Z&to=2030-06-01T00:00:00Z');
    expect(long.body.error.fields).toEqual({ to: 'range_too_long' });
    // A meeting that runs into the range from the day before is in it; one that ended before is not.
    const mkSpan = async (dueAt: string, endsAt: string) => (await client.post('/api/v1/activities', { kind: 'meeting', title: 'Конференция', dueAt, endsAt, ownerId: b.user.id })).body.activity.id;
    const running = await mkSpan('2030-03-31T15:00:00Z', '2030-04-01T10:00:00Z');
    await mkSpan('2030-03-31T09:00:00Z', '2030-03-31T18:00:00Z');
    expect((await client.get(`/api/v1/calendar?${range}&userId=${b.user.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([running, inB]);
  });
});
