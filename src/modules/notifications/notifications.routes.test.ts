import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { freezeClock } from '../../platform/clock.js';
import { notify } from './notifications.service.js';

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  it('lists your own newest first with the unread count, pages, and marks one or all read', async () => {
    const server = await testServer(dialect);
    const user = await server.build.user();
    const stranger = await server.build.user();
    const base = Date.now();
    try {
      for (let i = 1; i <= 3; i++) {
        freezeClock(new Date(base + i * 1000));
        await notify(server.handle.db, [{ workspaceId: user.workspace_id, userId: user.id, type: 'security.alarm', data: { n: i } }]);
      }
      await notify(server.handle.db, [{ workspaceId: stranger.workspace_id, userId: stranger.id, type: 'security.alarm', data: { n: 99 } }]);
    } finally {
      freezeClock(null);
    }
    const client = await server.as(user);

    const all = await client.get('/api/v1/notifications');
    expect(all.status).toBe(200);
    expect(all.body.unread).toBe(3);
    expect(all.body.items.map((n: { data: { n: number } }) => n.data.n)).toEqual([3, 2, 1]);
    expect(all.body.items[0]).toEqual({ id: expect.any(String), type: 'security.alarm', data: { n: 3 }, readAt: null, createdAt: new Date(base + 3000).toISOString() });
    expect(all.body.nextCursor).toBeNull();

    const page1 = await client.get('/api/v1/notifications?limit=2');
    expect(page1.body.items.map((n: { data: { n: number } }) => n.data.n)).toEqual([3, 2]);
    const page2 = await client.get(`/api/v1/notifications?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((n: { data: { n: number } }) => n.data.n)).toEqual([1]);
    expect(page2.body.nextCursor).toBeNull();
    expect((await client.get('/api/v1/notifications?cursor=garbage')).status).toBe(400);

    const strangerClient = await server.as(stranger);
    const strangers = (await strangerClient.get('/api/v1/notifications')).body.items;
    expect(strangers).toHaveLength(1);
    expect((await client.post(`/api/v1/notifications/${strangers[0].id}/read`, {})).status).toBe(404);

    expect((await client.post(`/api/v1/notifications/${all.body.items[1].id}/read`, {})).status).toBe(204);
    const after = (await client.get('/api/v1/notifications')).body;
    expect(after.unread).toBe(2);
    expect(after.items[1].readAt).toEqual(expect.any(String));

    expect((await client.post('/api/v1/notifications/read-all', {})).status).toBe(204);
    expect((await client.get('/api/v1/notifications')).body.unread).toBe(0);
    expect((await strangerClient.get('/api/v1/notifications')).body.unread).toBe(1);
  });

  it('needs a signed-in user', async () => {
    const server = await testServer(dialect);
    expect((await server.client().get('/api/v1/notifications')).status).toBe(401);
  });
});
