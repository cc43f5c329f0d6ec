import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

describe.each(DIALECTS)('workspace settings on %s', (dialect) => {
  it('shows defaults, saves a partial change with optimistic locking, and refuses non-admins', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    expect(ws.settings).toEqual({ trashRetentionDays: 30, alarm: { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false }, clientCountries: [] });

    const res = await client.patch('/api/v1/workspace', { name: 'Нов ЕООД', settings: { alarm: { blockUser: true } }, version: ws.version });
    expect(res.status).toBe(200);
    expect(res.body.workspace).toMatchObject({ name: 'Нов ЕООД', settings: { trashRetentionDays: 30, alarm: { viewsPerHour: 200, blockUser: true } }, version: ws.version + 1 });
    expect((await client.patch('/api/v1/workspace', { name: 'Other', version: ws.version })).status).toBe(409);

    const bad = await client.patch('/api/v1/workspace', { settings: { trashRetentionDays: 0, alarm: { viewsPerHour: 'many' } }, version: ws.version + 1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['settings.alarm.viewsPerHour', 'settings.trashRetentionDays']);

    const manager = await server.build.user({ workspace: { id: admin.workspace_id } as never, role: 'manager' });
    expect((await (await server.as(manager)).patch('/api/v1/workspace', { name: 'Mine', version: ws.version + 1 })).status).toBe(403);
  });
});
