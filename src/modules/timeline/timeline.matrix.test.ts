import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import type { User } from '../users/users.service.js';
import { upload } from '../../../test/fixtures/attachments.js';
import { ensureSubjectTypes, insertContact } from '../../../test/fixtures/timeline-subjects.js';

ensureSubjectTypes();

/**
 * The permission matrix of timelines and attachments: every built-in role × the actor's relation
 * to the contact's owner (own / same department or below / other department) × each path. Written
 * out, not derived from the role definitions, so a change to a built-in role shows up here.
 */
type Relation = 'own' | 'department' | 'other';
const RELATIONS: Relation[] = ['own', 'department', 'other'];
const ALL: Relation[] = RELATIONS;

const VIEW: Record<string, Relation[]> = { admin: ALL, head_of_sales: ['own', 'department'], manager: ['own'], marketer: ALL, support_agent: ALL, read_only: ALL };
const EDIT: Record<string, Relation[]> = { admin: ALL, head_of_sales: ['own', 'department'], manager: ['own'], marketer: ALL, support_agent: ['own'], read_only: [] };
const DELETE: Record<string, Relation[]> = { admin: ALL, head_of_sales: ['own', 'department'], manager: ['own'], marketer: [], support_agent: [], read_only: [] };

describe.each(DIALECTS)('timeline and attachment permission matrix on %s', (dialect) => {
  let server: TestServer;
  let admin: TestClient;
  const departments: Record<string, string> = {};

  beforeAll(async () => {
    server = await testServer(dialect);
    admin = await server.as(await server.build.user({ role: 'admin' }));
    const sales = (await admin.post('/api/v1/departments', { name: 'Sales' })).body.department.id;
    const teamA = (await admin.post('/api/v1/departments', { name: 'Team A', parentId: sales })).body.department.id;
    const support = (await admin.post('/api/v1/departments', { name: 'Support' })).body.department.id;
    Object.assign(departments, { sales, teamA, support });
  });

  async function member(role: string, departmentId: string, label: string): Promise<{ user: User; client: TestClient }> {
    const email = `${label}-${Math.random().toString(36).slice(2, 8)}@matrix.test`;
    const res = await admin.post('/api/v1/users', { name: label, email, role, departmentId, password: 'matrix-password-1' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const user = await server.handle.db.selectFrom('users').selectAll().where('id', '=', res.body.user.id).executeTakeFirstOrThrow();
    return { user, client: await server.as({ email, password: 'matrix-password-1' }) };
  }

  it.each(Object.keys(VIEW))('role %s reads, writes and removes exactly where its scopes reach', async (role) => {
    const actor = await member(role, departments.sales!, `${role}-actor`);
    const colleague = await member('manager', departments.teamA!, `${role}-colleague`);
    const outsider = await member('manager', departments.support!, `${role}-outsider`);
    const owners: Record<Relation, User> = { own: actor.user, department: colleague.user, other: outsider.user };
    const token = (await actor.client.post('/api/v1/tokens', { name: 'matrix', scopes: ['contacts:read'] })).body.secret as string;
    const byToken = server.client();

    for (const relation of RELATIONS) {
      const where = `${role} / ${relation}`;
      const contactId = await insertContact(server.handle.db, actor.user.workspace_id, owners[relation].id, `${role} ${relation}`);
      const byAdmin = (await admin.post('/api/v1/notes', { subjectType: 'contact', subjectId: contactId, body: 'от админа' })).body.note;
      const canView = VIEW[role]!.includes(relation);
      const write = !canView ? 404 : EDIT[role]!.includes(relation) ? 201 : 403;
      const remove = !canView ? 404 : DELETE[role]!.includes(relation) ? 204 : 403;
      const subject = `subjectType=contact&subjectId=${contactId}`;

      expect((await actor.client.get(`/api/v1/timeline?${subject}`)).status, `${where}: timeline`).toBe(canView ? 200 : 404);
      expect((await byToken.get(`/api/v1/timeline?${subject}`, { authorization: `Bearer ${token}` })).status, `${where}: timeline by read token`).toBe(canView ? 200 : 404);
      expect((await actor.client.get(`/api/v1/attachments?${subject}`)).status, `${where}: attachments`).toBe(canView ? 200 : 404);
      expect((await actor.client.post('/api/v1/notes', { subjectType: 'contact', subjectId: contactId, body: 'x' })).status, `${where}: write a note`).toBe(write);
      const uploaded = await upload(server, actor.client, { subjectType: 'contact', subjectId: contactId, fileName: 'a.txt' }, Buffer.from(where), 'text/plain');
      expect(uploaded.status, `${where}: upload`).toBe(write);
      expect((await byToken.post('/api/v1/notes', { subjectType: 'contact', subjectId: contactId, body: 'x' }, { authorization: `Bearer ${token}` })).status, `${where}: note by read token`)
        .toBe(canView ? 403 : 404);
      expect((await actor.client.delete(`/api/v1/notes/${byAdmin.id}`)).status, `${where}: delete another's note`).toBe(remove);
    }
  });
});
