import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { touchSession } from './sessions.repository.js';
import { testServer } from '../../../test/server.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';

describe.each(DIALECTS)('your sessions on %s', (dialect) => {
  it('lists your live sessions with the current one flagged, and none of anyone else', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const workspace = await server.handle.db.selectFrom('workspaces').selectAll().where('id', '=', user.workspace_id).executeTakeFirstOrThrow();
    const other = await server.build.user({ workspace });
    const laptop = await server.as(user);
    const phone = await server.as(user);
    await server.as(other);

    const res = await laptop.get('/api/v1/sessions');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const current = res.body.items.find((s: { current: boolean }) => s.current);
    expect(current).toEqual({ id: expect.any(String), ip: expect.any(String), userAgent: 'lightMyRequest', createdAt: expect.any(String), lastSeenAt: expect.any(String), current: true });
    expect((await phone.get('/api/v1/sessions')).body.items.find((s: { current: boolean }) => s.current).id).not.toBe(current.id);
  });

  it('ends one of your sessions, answers 404 for anyone else’s, and the ended one stops working', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const stranger = await server.build.user();
    const laptop = await server.as(user);
    const phone = await server.as(user);
    const strangerClient = await server.as(stranger);
    const phoneId = (await phone.get('/api/v1/sessions')).body.items.find((s: { current: boolean }) => s.current).id;
    const strangerId = (await strangerClient.get('/api/v1/sessions')).body.items[0].id;

    expect((await laptop.delete(`/api/v1/sessions/${strangerId}`)).status).toBe(404);
    expect((await strangerClient.get('/api/v1/me')).status).toBe(200);
    expect((await laptop.delete('/api/v1/sessions/not-an-id')).status).toBe(400);

    expect((await laptop.delete(`/api/v1/sessions/${phoneId}`)).status).toBe(204);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/sessions')).body.items).toHaveLength(1);
    expect((await laptop.delete(`/api/v1/sessions/${phoneId}`)).status).toBe(404);
    const audit = await listAuditEntries(server.handle.db, user.workspace_id, { action: 'auth.session_revoked' });
    expect(audit.map((a) => a.entity_id)).toEqual([phoneId]);
  });

  it('ending the current session signs you out here', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const id = (await client.get('/api/v1/sessions')).body.items[0].id;
    expect((await client.delete(`/api/v1/sessions/${id}`)).status).toBe(204);
    expect(client.cookie('kt_session')).toBeUndefined();
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('a blocked user’s live session answers 403 account_blocked, except signing out', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    await server.handle.db.updateTable('users').set({ blocked_at: new Date().toISOString(), blocked_reason: 'by_admin' }).where('id', '=', user.id).execute();
    const res = await client.get('/api/v1/sessions');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('account_blocked');
    expect((await client.get('/api/v1/me')).body.error.code).toBe('account_blocked');
    expect((await client.post('/api/v1/auth/sign-out', {})).status).toBe(204);
  });

  it('touches a session at most once per interval: on use after five minutes, never twice when requests race', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const client = await server.as(user);
    const db = server.handle.db;
    const row = () => db.selectFrom('sessions').select(['id', 'last_seen_at', 'expires_at']).where('user_id', '=', user.id).executeTakeFirstOrThrow();
    const fresh = await row();
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect(await row()).toEqual(fresh);
    const stale = new Date(Date.now() - 6 * 60_000).toISOString();
    await db.updateTable('sessions').set({ last_seen_at: stale }).where('id', '=', fresh.id).execute();
    const results = await Promise.all(Array.from({ length: 8 }, () => client.get('/api/v1/me')));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const touched = await row();
    expect(touched.last_seen_at > stale).toBe(true);
    expect(touched.expires_at >= fresh.expires_at).toBe(true);
    // Another process that loaded the stale value writes nothing over a touch less than a minute old.
    const racing = new Date(Date.parse(touched.last_seen_at) + 30_000).toISOString();
    await touchSession(db, fresh.id, racing, racing);
    expect(await row()).toEqual(touched);
  });
});
