import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestClient, type TestServer } from '../../../test/server.js';
import { CLIENT_VIEW, matrixTeam, RELATIONS, type MatrixTeam, type Relation } from '../../../test/fixtures/matrix.js';
import { upload } from '../../../test/fixtures/attachments.js';
import { ensureSubjectTypes, insertContact } from '../../../test/fixtures/timeline-subjects.js';

ensureSubjectTypes();

/**
 * The permission matrix of timelines and attachments: every built-in role × the actor's relation
 * to the contact's owner (own / same department or below / other department) × each path. Written
 * out, not derived from the role definitions, so a change to a built-in role shows up here.
 */
const ALL: Relation[] = RELATIONS;
const VIEW = CLIENT_VIEW;
const EDIT: Record<string, Relation[]> = { admin: ALL, head_of_sales: ['own', 'department'], manager: ['own'], marketer: ALL, support_agent: ['own'], read_only: [] };
const DELETE: Record<string, Relation[]> = { admin: ALL, head_of_sales: ['own', 'department'], manager: ['own'], marketer: [], support_agent: [], read_only: [] };

describe.each(DIALECTS)('timeline and attachment permission matrix on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
  });

  it.each(Object.keys(VIEW))('role %s reads, writes and removes exactly where its scopes reach', async (role) => {
    const { actor, owners } = await team.trio(role);
    const token = (await actor.client.post('/api/v1/tokens', { name: 'matrix', scopes: ['contacts:read'] })).body.secret as string;
    const byToken = server.client();

    for (const relation of RELATIONS) {
      const where = `${role} / ${relation}`;
      const contactId = await insertContact(server.handle.db, actor.workspaceId, owners[relation].id, `${role} ${relation}`);
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
