import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';

describe.each(DIALECTS)('workspace settings on %s', (dialect) => {
  it('shows defaults, saves a partial change with optimistic locking, and refuses non-admins', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    expect(ws.settings).toEqual({
      trashRetentionDays: 30, clientCountries: [], readAuditDays: 90, dealsRequireClient: false, dealsNeedNextStep: false, nameOrder: null,
      alarm: { viewsPerHour: 200, exportsPerHour: 1000, blockUser: false, unitsPerHour: 3000, unitsPerDay: 15000, roleLimits: {} },
      signIn: { passwordMinLength: 10, idleTimeoutMinutes: null, maxSessionAgeHours: null, maxSessionsPerUser: null, ipAllowlists: {} },
    });

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

  it("shows the alarm's limits only to those who manage settings", async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const workspace = { id: admin.workspace_id } as never;
    const adminClient = await server.as(admin);
    for (const role of ['head_of_sales', 'manager', 'marketer', 'support_agent', 'read_only']) {
      const user = await server.build.user({ workspace, role });
      const res = await (await server.as(user)).get('/api/v1/workspace');
      expect(res.status, role).toBe(200);
      expect(res.body.workspace.settings, role).toEqual({ trashRetentionDays: 30, clientCountries: [], dealsRequireClient: false, dealsNeedNextStep: false, nameOrder: null });
      expect(res.body.workspace.name, role).toBe((await adminClient.get('/api/v1/workspace')).body.workspace.name);
    }
    expect((await adminClient.get('/api/v1/workspace')).body.workspace.settings.alarm).toEqual({
      viewsPerHour: 200, exportsPerHour: 1000, blockUser: false, unitsPerHour: 3000, unitsPerDay: 15000, roleLimits: {},
    });
    // Role limits are the alarm's too: a manager never reads them.
    await adminClient.patch('/api/v1/workspace', { settings: { alarm: { roleLimits: { manager: { unitsPerHour: 500 } } } }, version: (await adminClient.get('/api/v1/workspace')).body.workspace.version });
    const reader = await server.build.user({ workspace, role: 'manager' });
    const seen = (await (await server.as(reader)).get('/api/v1/workspace')).body.workspace.settings;
    expect(seen).toEqual({ trashRetentionDays: 30, clientCountries: [], dealsRequireClient: false, dealsNeedNextStep: false, nameOrder: null });

    // A custom role with the right sees them; the right, not the role's name, decides.
    const roles = (await adminClient.get('/api/v1/roles')).body.items;
    const manager = roles.find((r: { key: string }) => r.key === 'manager');
    const custom = await adminClient.post('/api/v1/roles', { name: 'Office manager', copyFromId: manager.id, permissions: { settings: { manage_settings: 'all' } } });
    expect(custom.status).toBe(201);
    const office = await server.build.user({ workspace, role: custom.body.role.key });
    expect((await (await server.as(office)).get('/api/v1/workspace')).body.workspace.settings.alarm).toMatchObject({ viewsPerHour: 200 });

    // An administrator's API token without the settings admin scope does not see them either.
    const token = await adminClient.post('/api/v1/tokens', { name: 'Reader', scopes: ['contacts:read'] });
    const viaToken = await server.client().get('/api/v1/workspace', { authorization: `Bearer ${token.body.secret}` });
    expect(viaToken.status).toBe(200);
    expect(viaToken.body.workspace.settings.alarm).toBeUndefined();
  });

  it('answers a stale change with 409 and the current workspace in the API shape', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const client = await server.as(admin);
    const ws = (await client.get('/api/v1/workspace')).body.workspace;
    const saved = await client.patch('/api/v1/workspace', { timeZone: 'Europe/Moscow', settings: { alarm: { viewsPerHour: 50 } }, version: ws.version });
    expect(saved.status).toBe(200);
    const stale = await client.patch('/api/v1/workspace', { name: 'Late', version: ws.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toEqual(saved.body.workspace);
    expect(stale.body.error.current).toMatchObject({ timeZone: 'Europe/Moscow', settings: { alarm: { viewsPerHour: 50 } }, version: ws.version + 1 });
    expect(stale.body.error.current).not.toHaveProperty('time_zone');
  });
});
