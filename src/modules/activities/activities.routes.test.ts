import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';

describe.each(DIALECTS)('activities on %s', (dialect) => {
  it('logs a call and plans a task on a contact, company and deal, mirrored on their feeds under the activity id, and follows delete and restore', async () => {
    const server = await testServer(dialect);
    const { client } = await clientTeam(server, 'BG');
    const company = (await client.post('/api/v1/companies', { name: 'Ромашка' })).body.company;
    const person = (await client.post('/api/v1/contacts', { firstName: 'Вера', lastName: 'Петрова' })).body.contact;
    const deal = (await client.post('/api/v1/deals', { title: 'Доставка', companyId: company.id })).body.deal;
    const call = await client.post('/api/v1/activities', {
      kind: 'call', title: 'Обаждане за офертата', direction: 'out', durationSeconds: 320, result: 'Иска отстъпка', contactId: person.id, companyId: company.id, dealId: deal.id,
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    expect(call.body.activity).toMatchObject({
      kind: 'call', status: 'done', direction: 'out', durationSeconds: 320, result: 'Иска отстъпка',
      contact: { id: person.id, name: 'Вера Петрова' }, company: { id: company.id, name: 'Ромашка' }, deal: { id: deal.id, name: 'Доставка' }, version: 1,
    });
    expect(call.body.activity.doneAt).toEqual(expect.any(String));
    const task = (await client.post('/api/v1/activities', { kind: 'task', title: 'Изпрати договор', dueAt: '2030-01-10T09:00:00+02:00', priority: 'high', checklist: [{ text: 'Проект' }], dealId: deal.id })).body.activity;
    expect(task).toMatchObject({ status: 'planned', dueAt: '2030-01-10T07:00:00.000Z', allDay: false, priority: 'high', checklist: [{ text: 'Проект', done: false }] });

    const feed = async (type: string, id: string) => (await client.get(`/api/v1/timeline?subjectType=${type}&subjectId=${id}`)).body.items
      .filter((i: { kind: string }) => i.kind === 'activity').map((i: { id: string; data: { activityId: string } }) => i.data.activityId).sort();
    expect(await feed('contact', person.id)).toEqual([call.body.activity.id]);
    expect(await feed('company', company.id)).toEqual([call.body.activity.id]);
    expect(await feed('deal', deal.id)).toEqual([call.body.activity.id, task.id].sort());
    const contactItems = (await client.get(`/api/v1/timeline?subjectType=contact&subjectId=${person.id}`)).body.items;
    expect(contactItems.find((i: { kind: string }) => i.kind === 'activity').id).toBe(call.body.activity.id);

    // Lists filter by status, kind and link; the card reads back.
    const ids = async (query: string) => (await client.get(`/api/v1/activities?${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids('status=planned')).toEqual([task.id]);
    expect(await ids('kind=call')).toEqual([call.body.activity.id]);
    expect((await ids(`filter=${encodeURIComponent(JSON.stringify([{ field: 'dealId', op: 'eq', value: deal.id }]))}&sort=dueAt`)).sort()).toEqual([call.body.activity.id, task.id].sort());
    expect((await client.get(`/api/v1/activities/${task.id}`)).body.activity.title).toBe('Изпрати договор');

    // Unlinking the company takes it off the company's feed; delete takes it off every feed; restore brings it back.
    const moved = await client.patch(`/api/v1/activities/${call.body.activity.id}`, { companyId: null, version: 1 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await feed('company', company.id)).toEqual([]);
    expect((await client.delete(`/api/v1/activities/${call.body.activity.id}?version=2`)).status).toBe(204);
    expect(await feed('contact', person.id)).toEqual([]);
    const restored = await client.post(`/api/v1/trash/activity/${call.body.activity.id}/restore`, {});
    expect(restored.status, JSON.stringify(restored.body)).toBeLessThan(300);
    expect(await feed('contact', person.id)).toEqual([call.body.activity.id]);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const server = await testServer(dialect);
    const { client, workspace } = await clientTeam(server, 'BG');
    const hiddenOwner = await member(server, workspace, 'manager');
    const other = await member(server, workspace, 'manager');
    const hidden = (await hiddenOwner.client.post('/api/v1/contacts', { firstName: 'Скрит', lastName: 'Човек' })).body.contact;
    const bad = async (body: Record<string, unknown>, field: string, code: string) => {
      const res = await other.client.post('/api/v1/activities', { kind: 'meeting', title: 'Среща', ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.fields[field], JSON.stringify(res.body)).toBe(code);
    };
    await bad({ dueAt: '2030-01-10T10:00:00Z', endsAt: '2030-01-10T09:00:00Z' }, 'endsAt', 'before_start');
    await bad({ participants: [{ type: 'contact', id: hidden.id }] }, 'participants.0.id', 'not_found');
    await bad({ contactId: hidden.id }, 'contactId', 'not_found');
    await bad({ kind: 'task', dueAt: '2030-01-08T10:00:00Z', recurrence: { every: 'weekly', weekdays: [1] } }, 'dueAt', 'not_in_recurrence');
    await bad({ kind: 'task', dueAt: '2030-01-07T10:00:00Z', recurrence: { every: 'weekly', weekdays: [] } }, 'recurrence.weekdays', 'required');
    await bad({ kind: 'task', dueAt: '2030-01-07T10:00:00Z', recurrence: { every: 'daily', until: '2029-12-01' } }, 'recurrence.until', 'before_start');
    await bad({ kind: 'task', status: 'done', dueAt: '2030-01-07T10:00:00Z', reminderMinutes: 15 }, 'reminderMinutes', 'activity_done');
    await bad({ kind: 'séance' }, 'kind', 'invalid_option');
    await bad({ kind: 'site_visit' }, 'kind', 'invalid_option');
    await bad({ dueAt: 'tomorrow' }, 'dueAt', 'invalid_date');
    expect((await client.get('/api/v1/activities?count=1')).body.total).toBe(0);
  });
});
