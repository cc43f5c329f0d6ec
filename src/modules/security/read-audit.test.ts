import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { clientTeam, member } from '../../../test/fixtures/clients-kit.js';
import { freezeClock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { JobRegistry, type Job } from '../../platform/jobs/jobs.registry.js';
import { READ_LOG_CLEANUP_JOB, registerSecurityJobs } from './security.jobs.js';

describe.each(DIALECTS)('the read audit and refused attempts on %s', (dialect) => {
  afterEach(() => freezeClock(null));

  it('logs 100 refused requests of one person in a minute as one row with a count of 100, and nothing for ids that do not exist', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin, admin: adminUser } = await clientTeam(server);
    const alice = await member(server, workspace, 'manager');
    const bob = await member(server, workspace, 'manager');
    const theirs = (await bob.client.post('/api/v1/contacts', { firstName: 'Bob client' })).body.contact;
    freezeClock(new Date('2026-12-07T10:15:05.000Z'));
    const answers = await Promise.all(Array.from({ length: 100 }, () => alice.client.get(`/api/v1/contacts/${theirs.id}`)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([404]));
    // A hidden record answers exactly as a missing one.
    const missing = await alice.client.get(`/api/v1/contacts/${newId()}`);
    expect(missing.body).toEqual({ error: { ...answers[0]!.body.error } });
    expect((await alice.client.get(`/api/v1/history/contact/${theirs.id}`)).status).toBe(404);
    expect((await alice.client.get('/api/v1/contacts/export')).status).toBe(403);
    freezeClock(new Date('2026-12-07T10:16:01.000Z'));
    expect((await alice.client.get(`/api/v1/contacts/${theirs.id}`)).status).toBe(404);

    const rows = await server.handle.db.selectFrom('refused_attempts').selectAll().where('workspace_id', '=', workspace.id).orderBy('minute').orderBy('route').execute();
    expect(rows.map((r) => [r.minute, r.route, r.status, r.entity_type, r.last_entity_id, r.count])).toEqual([
      ['2026-12-07T10:15:00.000Z', 'GET /api/v1/contacts/:id', 404, 'contact', theirs.id, 100],
      ['2026-12-07T10:15:00.000Z', 'GET /api/v1/contacts/export', 403, null, null, 1],
      ['2026-12-07T10:15:00.000Z', 'GET /api/v1/history/:entityType/:entityId', 404, 'contact', theirs.id, 1],
      ['2026-12-07T10:16:00.000Z', 'GET /api/v1/contacts/:id', 404, 'contact', theirs.id, 1],
    ]);
    expect(rows.every((r) => r.user_id === alice.user.id)).toBe(true);

    const listed = await admin.get(`/api/v1/security/refused?userId=${alice.user.id}&from=2026-12-07`);
    expect(listed.status).toBe(200);
    expect(listed.body.items[0]).toEqual({
      minute: '2026-12-07T10:16:00.000Z', user: { id: alice.user.id, name: alice.user.name }, route: 'GET /api/v1/contacts/:id',
      status: 404, entityType: 'contact', lastEntityId: theirs.id, count: 1,
    });
    expect(listed.body.items.map((i: { count: number }) => i.count).reduce((a: number, b: number) => a + b)).toBe(103);
    expect((await alice.client.get('/api/v1/security/refused')).status).toBe(403);
    expect(adminUser.id).not.toBe(alice.user.id);
  });

  it('answers "who opened this client" and "what did this person read today"', async () => {
    const server = await testServer(dialect);
    const { workspace, client: admin } = await clientTeam(server);
    const mila = await member(server, workspace, 'manager');
    const target = (await mila.client.post('/api/v1/contacts', { firstName: 'Ольга', phones: [{ value: '+7 912 345 67 89' }] })).body.contact;
    await mila.client.post('/api/v1/contacts', { firstName: 'Другой' });
    freezeClock(new Date('2026-12-07T09:00:00.000Z'));
    await mila.client.get('/api/v1/contacts?limit=10&q=' + encodeURIComponent('Ольга'));
    await mila.client.get(`/api/v1/contacts/${target.id}`);
    await mila.client.get(`/api/v1/history/contact/${target.id}`);
    freezeClock(new Date('2026-12-07T09:05:00.000Z'));
    await admin.get(`/api/v1/contacts/${target.id}`);
    await admin.get('/api/v1/contacts/export');

    const who = await admin.get(`/api/v1/security/reads?entityId=${target.id}`);
    expect(who.status).toBe(200);
    expect(who.body.items.map((i: { user: { id: string }; path: string }) => [i.user.id === mila.user.id ? 'mila' : 'admin', i.path])).toEqual([
      ['admin', 'card'], ['mila', 'history'], ['mila', 'card'],
    ]);
    const today = await admin.get(`/api/v1/security/reads?userId=${mila.user.id}&from=2026-12-07&limit=2`);
    expect(today.body.items.map((i: { path: string }) => i.path)).toEqual(['history', 'card']);
    expect(today.body.totals).toEqual({ requests: 3, rows: 3, units: 1 + 2 + 4 + 4 });
    const next = await admin.get(`/api/v1/security/reads?userId=${mila.user.id}&from=2026-12-07&limit=2&cursor=${today.body.nextCursor}`);
    expect(next.body.items).toMatchObject([{ path: 'list', rows: 1, entityType: 'contact', detail: { filter: { q: 'Ольга', sort: 'name' } } }]);
    expect(next.body.nextCursor).toBeNull();
    const exports = await admin.get('/api/v1/security/reads?entityType=contact&from=2026-12-07T09:04:00Z');
    expect(exports.body.items.map((i: { path: string; rows: number }) => [i.path, i.rows])).toEqual([['export', 2], ['card', 1]]);
    const head = await member(server, workspace, 'head_of_sales');
    expect((await head.client.get('/api/v1/security/reads')).status).toBe(403);
    expect((await mila.client.get(`/api/v1/security/reads?userId=${mila.user.id}`)).status).toBe(403);
  });

  it('keeps the read log as many days as each workspace says', async () => {
    const server = await testServer(dialect);
    const db = server.handle.db;
    const short = await clientTeam(server);
    const long = await clientTeam(server);
    await short.client.patch('/api/v1/workspace', { settings: { readAuditDays: 3 }, version: (await short.client.get('/api/v1/workspace')).body.workspace.version });
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    for (const team of [short, long]) {
      await db.insertInto('read_log').values([5, 1].map((days) => ({
        id: newId(), workspace_id: team.workspace.id, user_id: team.admin.id, path: 'list', entity_type: 'contact', entity_id: null, rows: 1, units: 1, detail: null, via_token: 0, created_at: at(days),
      }))).execute();
    }
    const registry = new JobRegistry();
    registerSecurityJobs(registry);
    await registry.handlerFor(READ_LOG_CLEANUP_JOB)!({} as Job, { db, logger: pino({ level: 'silent' }), workerId: 'test' });
    const left = async (workspaceId: string) => (await db.selectFrom('read_log').select('created_at').where('workspace_id', '=', workspaceId).execute()).length;
    expect(await left(short.workspace.id)).toBe(1);
    expect(await left(long.workspace.id)).toBe(2);
  });
});
