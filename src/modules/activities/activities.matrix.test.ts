import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { matrixTeam, RELATIONS, type MatrixTeam, type Relation } from '../../../test/fixtures/matrix.js';

/**
 * The permission matrix over activities: every built-in role × the owner's relation to the actor ×
 * list, count, card, export, calendar, my day and edit; plus an activity of an outsider linked to a
 * contact the actor may see (visible through its link, never editable through it). Expected outcomes
 * are written out, not derived from the role definitions.
 */
const VIEW: Record<string, Relation[] | 'forbidden'> = {
  admin: ['own', 'department', 'other'],
  head_of_sales: ['own', 'department'],
  manager: ['own'],
  marketer: 'forbidden',
  support_agent: ['own'],
  read_only: ['own', 'department', 'other'],
};
const EDIT: Record<string, Relation[]> = {
  admin: ['own', 'department', 'other'], head_of_sales: ['own', 'department'], manager: ['own'], marketer: [], support_agent: ['own'], read_only: [],
};
/** Whether an outsider's activity on a contact the actor owns is seen through the link (roles whose activity scope is own or department). */
const THROUGH_LINK: Record<string, boolean> = { admin: true, head_of_sales: true, manager: true, marketer: false, support_agent: true, read_only: true };

describe.each(DIALECTS)('activity permission matrix on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
  });

  it.each(Object.keys(VIEW))('role %s reaches exactly the activities its scope and the links allow, through every path', async (role) => {
    const { actor, owners } = await team.trio(role);
    const due = '2030-02-03T10:00:00Z';
    const made: Record<string, string> = {};
    for (const relation of RELATIONS) {
      const res = await admin.post('/api/v1/activities', { kind: 'task', title: `${role} ${relation}`, dueAt: due, ownerId: owners[relation].id });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      made[relation] = res.body.activity.id;
    }
    const contact = (await admin.post('/api/v1/contacts', { firstName: 'Linked', lastName: role, ownerId: actor.id })).body.contact;
    const linked = (await admin.post('/api/v1/activities', { kind: 'call', title: `${role} linked`, contactId: contact.id, ownerId: owners.other.id, dueAt: due, status: 'planned' })).body.activity;
    const client = actor.client;
    const view = VIEW[role]!;
    const list = await client.get('/api/v1/activities?count=1&limit=50');
    if (view === 'forbidden') {
      expect(list.status).toBe(403);
      for (const id of [...Object.values(made), linked.id]) expect([403, 404]).toContain((await client.get(`/api/v1/activities/${id}`)).status);
      expect((await client.get('/api/v1/my-day')).status).toBe(403);
      expect((await client.get(`/api/v1/calendar?from=2030-02-01T00:00:00Z&to=2030-02-10T00:00:00Z`)).status).toBe(403);
      return;
    }
    const expected = [...view.map((r) => made[r]!), ...(THROUGH_LINK[role] ? [linked.id] : [])];
    const mine = (items: Array<{ id: string }>) => items.map((i) => i.id).filter((id) => [...Object.values(made), linked.id].includes(id)).sort();
    expect(mine(list.body.items)).toEqual([...new Set(expected)].sort());
    for (const relation of RELATIONS) {
      const res = await client.get(`/api/v1/activities/${made[relation]}`);
      expect(res.status, `${role} get ${relation}`).toBe(view.includes(relation) ? 200 : 404);
      // The calendar of the owner shows what the viewer may see of it.
      const cal = await client.get(`/api/v1/calendar?from=2030-02-01T00:00:00Z&to=2030-02-10T00:00:00Z&userId=${owners[relation].id}`);
      expect(cal.status).toBe(200);
      expect(cal.body.items.map((i: { id: string }) => i.id).includes(made[relation]), `${role} calendar ${relation}`).toBe(view.includes(relation));
      const patch = await client.patch(`/api/v1/activities/${made[relation]}`, { title: 'changed', version: 1 });
      expect(patch.status, `${role} edit ${relation}`).toBe(EDIT[role]!.includes(relation) ? 200 : view.includes(relation) ? 403 : 404);
    }
    const throughLink = await client.get(`/api/v1/activities/${linked.id}`);
    expect(throughLink.status).toBe(THROUGH_LINK[role] ? 200 : 404);
    if (THROUGH_LINK[role] && !EDIT[role]!.includes('other')) {
      expect(throughLink.body.activity.abilities).toEqual({ edit: false, delete: false });
      expect((await client.patch(`/api/v1/activities/${linked.id}`, { title: 'changed', version: 1 })).status).toBe(403);
    }
  });
});
