import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
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
});
