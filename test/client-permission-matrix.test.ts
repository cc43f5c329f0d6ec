import { beforeAll, describe, expect, it } from 'vitest';
import { flushReads } from '../src/modules/security/read-buffer.js';
import { DIALECTS } from './db.js';
import { testServer, TestClient, type TestServer } from './server.js';
import { download, upload } from './fixtures/attachments.js';
import { CLIENT_VIEW, matrixTeam, RELATIONS, type MatrixTeam, type Relation } from './fixtures/matrix.js';

/**
 * The permission matrix over real client records (contacts): every built-in role × the record
 * owner's relation to the actor (own / same department or below / other department) × every path
 * that reaches a client record — list, get, search, count, export, timeline, attachment download,
 * an API token, and the trash. Expected outcomes are written out, not derived from the role
 * definitions, so a change to a built-in role shows up here. test/permission-matrix.test.ts covers
 * history and restore over the same roles.
 */
const VIEW = CLIENT_VIEW;
// Export is a right of its own, off for managers, support and read-only by default.
const EXPORT: Record<string, Relation[] | 'forbidden'> = {
  admin: ['own', 'department', 'other'],
  head_of_sales: ['own', 'department'],
  manager: 'forbidden',
  marketer: ['own', 'department', 'other'],
  support_agent: 'forbidden',
  read_only: 'forbidden',
};

describe.each(DIALECTS)('client permission matrix on %s', (dialect) => {
  let server: TestServer;
  let team: MatrixTeam;
  let admin: TestClient;

  beforeAll(async () => {
    server = await testServer(dialect);
    team = await matrixTeam(server);
    admin = team.admin;
  });

  it.each(Object.keys(VIEW))('role %s reaches exactly the client records its scope allows, through every path', async (role) => {
    const { actor, owners: members } = await team.trio(role);
    const owners = Object.fromEntries(RELATIONS.map((r) => [r, members[r].id])) as Record<Relation, string>;
    // A token no other test uses, so list, search and export answer only this test's records.
    const token = `zq${role.replace(/_/g, '')}${Math.random().toString(36).slice(2, 7)}`;

    const live: Record<string, string> = {};
    const deleted: Record<string, string> = {};
    const attachments: Record<string, string> = {};
    for (const [n, relation] of RELATIONS.entries()) {
      const created = await admin.post('/api/v1/contacts', {
        firstName: `${token}${relation}`, lastName: 'Matrix', ownerId: owners[relation], phones: [{ value: `+7 912 555 0${n}0${n}` }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      live[relation] = created.body.contact.id;
      expect((await admin.post('/api/v1/notes', { subjectType: 'contact', subjectId: live[relation], body: 'A note' })).status).toBe(201);
      const file = await upload(server, admin, { subjectType: 'contact', subjectId: live[relation]!, fileName: 'offer.txt' }, Buffer.from(`offer ${relation}`), 'text/plain');
      expect(file.status, JSON.stringify(file.body)).toBe(201);
      attachments[relation] = file.body.attachment.id;

      const gone = await admin.post('/api/v1/contacts', { firstName: `${token}${relation}gone`, ownerId: owners[relation] });
      expect((await admin.delete(`/api/v1/contacts/${gone.body.contact.id}?version=1`)).status).toBe(204);
      deleted[relation] = gone.body.contact.id;
    }

    const tokenRes = await actor.client.post('/api/v1/tokens', { name: 'matrix', scopes: ['contacts:read'] });
    expect(tokenRes.status).toBe(201);
    const byToken = (url: string) => server.client().get(url, { authorization: `Bearer ${tokenRes.body.secret}` });
    const list = await actor.client.get(`/api/v1/contacts?q=${token}&count=1&limit=200`);
    expect(list.status).toBe(200);
    const listed = new Set(list.body.items.map((c: { id: string }) => c.id));
    const search = await actor.client.get(`/api/v1/search?q=${token}&limit=20`);
    expect(search.status).toBe(200);
    const found = new Set(search.body.groups.flatMap((g: { items: Array<{ id: string }> }) => g.items.map((i) => i.id)));
    const trash = await actor.client.get('/api/v1/trash');
    const trashed = new Set((trash.body.items ?? []).map((i: { id: string }) => i.id));
    const exported = await actor.client.get(`/api/v1/contacts/export?q=${token}`);

    const visible = VIEW[role]!;
    expect(list.body.total, `${role}: count`).toBe(visible.length);
    const exportable = EXPORT[role]!;
    expect(exported.status, `${role}: export`).toBe(exportable === 'forbidden' ? 403 : 200);

    for (const relation of RELATIONS) {
      const where = `${role} / ${relation}`;
      const canView = visible.includes(relation);
      const id = live[relation]!;
      expect(listed.has(id), `${where}: list`).toBe(canView);
      expect((await actor.client.get(`/api/v1/contacts/${id}`)).status, `${where}: get`).toBe(canView ? 200 : 404);
      expect(found.has(id), `${where}: search`).toBe(canView);
      expect((await actor.client.get(`/api/v1/timeline?subjectType=contact&subjectId=${id}`)).status, `${where}: timeline`).toBe(canView ? 200 : 404);
      expect((await download(server, actor.client, attachments[relation]!)).status, `${where}: attachment`).toBe(canView ? 200 : 404);
      expect((await byToken(`/api/v1/contacts/${id}`)).status, `${where}: API token`).toBe(canView ? 200 : 404);
      expect(trashed.has(deleted[relation]), `${where}: trash`).toBe(canView);
      if (exportable !== 'forbidden') {
        expect((exported.body as string).includes(`${token}${relation} Matrix`), `${where}: export`).toBe(exportable.includes(relation));
      }
    }

    // What was read is in the read log (cards by session and by token, each with its record), and
    // what was refused is counted: a hidden card is a 404 like a missing one, counted per route.
    const db = server.handle.db;
    await flushReads(db);
    const reads = await db.selectFrom('read_log').select(['path', 'entity_id', 'via_token']).where('user_id', '=', actor.id).execute();
    const cards = reads.filter((r) => r.path === 'card');
    for (const relation of RELATIONS) {
      const opened = cards.filter((r) => r.entity_id === live[relation]).map((r) => r.via_token).sort();
      expect(opened, `${role} / ${relation}: read log`).toEqual(visible.includes(relation) ? [0, 1] : []);
    }
    expect(reads.some((r) => r.path === 'list') && reads.some((r) => r.path === 'search'), `${role}: list and search in the read log`).toBe(true);
    const refused = await db.selectFrom('refused_attempts').select(['route', 'status', 'count']).where('user_id', '=', actor.id).execute();
    const refusedCards = refused.filter((r) => r.route === 'GET /api/v1/contacts/:id').reduce((n, r) => n + r.count, 0);
    expect(refusedCards, `${role}: refused cards`).toBe(2 * (RELATIONS.length - visible.length));
    const refusedFeeds = refused.filter((r) => r.route === 'GET /api/v1/timeline').reduce((n, r) => n + r.count, 0);
    expect(refusedFeeds, `${role}: refused timelines`).toBe(RELATIONS.length - visible.length);
    const refusedExports = refused.filter((r) => r.route === 'GET /api/v1/contacts/export');
    expect(refusedExports.map((r) => [r.status, r.count]), `${role}: refused export`).toEqual(exportable === 'forbidden' ? [[403, 1]] : []);
    const exportEntries = await db.selectFrom('audit_log').select('action').where('actor_id', '=', actor.id).where('action', 'like', 'contact.export%').execute();
    expect(exportEntries.map((e) => e.action), `${role}: export audit`).toEqual([exportable === 'forbidden' ? 'contact.export_refused' : 'contact.exported']);
  });
});
