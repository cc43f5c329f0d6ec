import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './db.js';
import { testServer, TestClient, type TestServer } from './server.js';
import { createProbeTable, probe, PROBE } from './fixtures/probe-entity.js';
import { actorForUser, type User } from '../src/modules/users/users.service.js';

/**
 * The permission matrix: every built-in role × the actor's relation to a client record's owner
 * (own / same department or below / other department) × every path that reaches client records
 * through the generic record screens — history (session and API token), trash, and restore. The
 * probe record type stands for a client module governed by the `contacts` rights. Real contacts
 * through list, get, search, count, export, timeline, attachments and tokens: client-permission-matrix.test.ts.
 */
type Relation = 'own' | 'department' | 'other';
const RELATIONS: Relation[] = ['own', 'department', 'other'];

// Written out, not derived from the role definitions, so a change to a built-in role shows up here.
const VIEW: Record<string, Relation[]> = {
  admin: ['own', 'department', 'other'],
  head_of_sales: ['own', 'department'],
  manager: ['own'],
  marketer: ['own', 'department', 'other'],
  support_agent: ['own', 'department', 'other'],
  read_only: ['own', 'department', 'other'],
};
const EDIT: Record<string, Relation[] | 'forbidden'> = {
  admin: ['own', 'department', 'other'],
  head_of_sales: ['own', 'department'],
  manager: ['own'],
  marketer: ['own', 'department', 'other'],
  support_agent: ['own'],
  read_only: 'forbidden',
};
const ctx = { ip: null, userAgent: null, requestId: null };

describe.each(DIALECTS)('permission matrix on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  let adminUser: User & { password: string };
  const departments: Record<string, string> = {};

  beforeAll(async () => {
    server = await testServer(dialect);
    await createProbeTable(server.handle.db);
    adminUser = await server.build.user({ role: 'admin' });
    admin = await server.as(adminUser);
    const sales = (await admin.post('/api/v1/departments', { name: 'Sales' })).body.department.id;
    const teamA = (await admin.post('/api/v1/departments', { name: 'Team A', parentId: sales })).body.department.id;
    const support = (await admin.post('/api/v1/departments', { name: 'Support' })).body.department.id;
    Object.assign(departments, { sales, teamA, support });
  });

  async function member(role: string, departmentId: string, label: string) {
    const email = `${label}-${Math.random().toString(36).slice(2, 8)}@matrix.test`;
    const res = await admin.post('/api/v1/users', { name: label, email, role, departmentId, password: 'matrix-password-1' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const user = await server.handle.db.selectFrom('users').selectAll().where('id', '=', res.body.user.id).executeTakeFirstOrThrow();
    return { user, client: await server.as({ email, password: 'matrix-password-1' }) };
  }

  async function tokenClient(client: TestClient, scopes: string[]) {
    const res = await client.post('/api/v1/tokens', { name: 'matrix', scopes });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { get: (url: string) => server.client().get(url, { authorization: `Bearer ${res.body.secret}` }) };
  }

  it.each(Object.keys(VIEW))('role %s reaches exactly the records its scope allows, through every path', async (role) => {
    const actor = await member(role, departments.sales!, `${role}-actor`);
    const colleague = await member('manager', departments.teamA!, `${role}-colleague`);
    const outsider = await member('manager', departments.support!, `${role}-outsider`);
    const owners: Record<Relation, User> = { own: actor.user, department: colleague.user, other: outsider.user };
    const adminActor = await actorForUser(server.handle.db, adminUser, ctx);

    const live: Record<string, string> = {};
    const deleted: Record<string, string> = {};
    for (const relation of RELATIONS) {
      const record = await probe.create(server.handle.db, adminActor, `${role} ${relation}`, owners[relation].id);
      await probe.rename(server.handle.db, adminActor, record.id, `${role} ${relation} v2`);
      live[relation] = record.id;
      const gone = await probe.create(server.handle.db, adminActor, `${role} ${relation} deleted`, owners[relation].id);
      await probe.remove(server.handle.db, adminActor, gone.id);
      deleted[relation] = gone.id;
    }

    const readToken = await tokenClient(actor.client, ['contacts:read']);
    const otherToken = await tokenClient(actor.client, ['deals:read']);
    const trash = await actor.client.get('/api/v1/trash');
    const trashIds = new Set((trash.body.items ?? []).map((i: { id: string }) => i.id));

    for (const relation of RELATIONS) {
      const canView = VIEW[role]!.includes(relation);
      const where = `${role} / ${relation}`;
      const history = `/api/v1/history/${PROBE}/${live[relation]}`;
      expect((await actor.client.get(history)).status, `${where}: history by session`).toBe(canView ? 200 : 404);
      expect((await readToken.get(history)).status, `${where}: history by contacts:read token`).toBe(canView ? 200 : 404);
      // A token without any contacts scope has no right to the module at all: 403, not a hidden record.
      expect((await otherToken.get(history)).status, `${where}: history by a token without contacts`).toBe(403);
      expect(trashIds.has(deleted[relation]), `${where}: trash`).toBe(canView);

      const edit = EDIT[role]!;
      const restore = await actor.client.post(`${history}/restore`, { version: 1, currentVersion: 2 });
      const expected = !canView ? 404 : edit === 'forbidden' ? 403 : edit.includes(relation) ? 200 : 404;
      expect(restore.status, `${where}: restore a version (${JSON.stringify(restore.body)})`).toBe(expected);
    }
  });
});
