import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { freezeClock } from '../../platform/clock.js';

afterEach(() => freezeClock(null));

describe.each(DIALECTS)('tasks on %s', (dialect) => {
  it('completes a weekly task with a result and creates the next occurrence at the same local time across a DST change', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'BG');
    await server.handle.db.updateTable('workspaces').set({ time_zone: 'Europe/Sofia' }).where('id', '=', workspace.id).execute();
    freezeClock(new Date('2026-10-20T08:00:00Z'));
    // Thursday 22 October 2026, 10:00 in Sofia (EEST, UTC+3); the clocks go back on Sunday 25 October.
    const res = await client.post('/api/v1/activities', {
      kind: 'task', title: 'Седмичен отчет', dueAt: '2026-10-22T10:00:00+03:00', recurrence: { every: 'weekly', weekdays: [4], count: 2 }, reminderMinutes: 30,
      checklist: [{ text: 'Продажби', done: true }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const task = res.body.activity;
    expect(task).toMatchObject({ remindAt: '2026-10-22T06:30:00.000Z', recurrence: { every: 'weekly', weekdays: [4], count: 2 }, seriesId: null, occurrence: 1 });
    const done = await client.post(`/api/v1/activities/${task.id}/complete`, { result: 'Изпратен', version: 1 });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.activity).toMatchObject({ status: 'done', result: 'Изпратен', remindAt: null });
    // 10:00 local again, now EET (UTC+2); the checklist starts over.
    expect(done.body.next).toMatchObject({ status: 'planned', dueAt: '2026-10-29T08:00:00.000Z', seriesId: task.id, occurrence: 2, remindAt: '2026-10-29T07:30:00.000Z', checklist: [{ text: 'Продажби', done: false }] });
    // The count is reached: the second occurrence has no successor.
    const last = await client.post(`/api/v1/activities/${done.body.next.id}/complete`, { version: done.body.next.version });
    expect(last.body.next).toBeNull();
    // Completing twice is refused.
    const again = await client.post(`/api/v1/activities/${task.id}/complete`, { version: done.body.activity.version });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toEqual({ status: 'already_done' });
  });

  it('reschedules a task (its reminder moves and fires again), keeps all-day tasks as days, and answers 409 on a stale version', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'RU');
    await server.handle.db.updateTable('workspaces').set({ time_zone: 'Europe/Moscow' }).where('id', '=', workspace.id).execute();
    const task = (await client.post('/api/v1/activities', { kind: 'task', title: 'Позвонить', dueDay: '2030-03-05', reminderMinutes: 60 })).body.activity;
    // All-day: the local midnight of the day; the reminder an hour before 09:00 Moscow time.
    expect(task).toMatchObject({ allDay: true, dueDay: '2030-03-05', dueAt: '2030-03-04T21:00:00.000Z', remindAt: '2030-03-05T05:00:00.000Z' });
    const moved = await client.post(`/api/v1/activities/${task.id}/reschedule`, { dueAt: '2030-03-06T15:00:00+03:00', version: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.activity).toMatchObject({ allDay: false, dueDay: null, dueAt: '2030-03-06T12:00:00.000Z', remindAt: '2030-03-06T11:00:00.000Z', remindedAt: null, version: 2 });
    const stale = await client.post(`/api/v1/activities/${task.id}/reschedule`, { dueDay: '2030-03-07', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2 });
    const none = await client.post(`/api/v1/activities/${task.id}/reschedule`, { version: 2 });
    expect(none.body.error.fields).toEqual({ dueAt: 'required' });
  });

  it('reassigns a task (recorded in its history) and tells the new assignee', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'BG');
    const colleague = await member(server, workspace, 'manager');
    const task = (await client.post('/api/v1/activities', { kind: 'task', title: 'Оферта', dueAt: '2030-01-10T09:00:00Z' })).body.activity;
    const moved = await client.patch(`/api/v1/activities/${task.id}`, { ownerId: colleague.user.id, version: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.activity.owner.id).toBe(colleague.user.id);
    const inbox = (await colleague.client.get('/api/v1/notifications')).body.items;
    expect(inbox).toEqual([expect.objectContaining({ type: 'task.assigned', data: expect.objectContaining({ activityId: task.id, title: 'Оферта' }) })]);
    const history = (await client.get(`/api/v1/history/activity/${task.id}`)).body.items;
    expect(history.length).toBe(2);
    // The colleague sees and edits their own task now.
    expect((await colleague.client.get(`/api/v1/activities/${task.id}`)).status).toBe(200);
  });

  it('lets settings managers add and retire kinds of activity; a retired kind is offered no more', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'BG');
    const created = await client.post('/api/v1/activity-types', { key: 'site_visit', names: { en: 'Site visit', ru: 'Выезд на объект', bg: 'Посещение на обект' }, color: '#228be6' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await client.post('/api/v1/activity-types', { key: 'site_visit', names: { en: 'A', ru: 'Б', bg: 'В' } })).body.error.fields).toEqual({ key: 'taken' });
    expect((await client.post('/api/v1/activity-types', { key: 'call', names: { en: 'A', ru: 'Б', bg: 'В' } })).body.error.fields).toEqual({ key: 'reserved' });
    const manager = await member(server, workspace, 'manager');
    expect((await manager.client.post('/api/v1/activity-types', { key: 'demo', names: { en: 'Demo', ru: 'Демо', bg: 'Демо' } })).status).toBe(403);
    const visit = await client.post('/api/v1/activities', { kind: 'site_visit', title: 'Оглед', dueAt: '2030-01-10T09:00:00Z' });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    const kinds = (await client.get('/api/v1/activity-types')).body.items.map((k: { key: string }) => k.key);
    expect(kinds).toEqual(['call', 'meeting', 'email', 'note', 'task', 'site_visit']);
    await client.patch(`/api/v1/activity-types/${created.body.activityType.id}`, { retired: true, version: 1 });
    const refused = await client.post('/api/v1/activities', { kind: 'site_visit', title: 'Оглед 2' });
    expect(refused.body.error.fields).toEqual({ kind: 'invalid_option' });
  });
});
