import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { analyticsTeam, placeDeal, stagesOf, widget } from '../../../test/fixtures/analytics-kit.js';
import { member } from '../../../test/fixtures/clients-kit.js';

const NOV = 'from=2026-11-01&to=2026-11-30';

describe.each(DIALECTS)('analytics access on %s', (dialect) => {
  it('counts for a manager only their own deals, gives a role without amounts null money, and drills only into visible records', async () => {
    const server = await testServer(dialect);
    const { workspace, client, anna, pipeline } = await analyticsTeam(server);
    const { won } = stagesOf(pipeline);
    const mine = await placeDeal(server, anna.client, { amount: 1_000, createdAt: '2026-11-02T10:00:00.000Z', path: [{ stage: won, at: '2026-11-05T10:00:00.000Z' }] });
    const theirs = await placeDeal(server, client, { amount: 50_000, createdAt: '2026-11-02T10:00:00.000Z', path: [{ stage: won, at: '2026-11-06T10:00:00.000Z' }] });

    expect((await widget(client, 'revenue', `${NOV}&by=owner`)).data.totals).toMatchObject({ deals: 2, revenue: 51_000 });
    const annas = await widget(anna.client, 'revenue', `${NOV}&by=owner`);
    expect(annas.data.totals).toMatchObject({ deals: 1, revenue: 1_000 });
    expect(annas.data.rows.map((r) => r.cells.owner)).toEqual(['Anna']);
    const funnel = await widget(anna.client, 'funnel', NOV);
    expect(funnel.data.rows.at(-1)!.drill!.deals!.ids).toEqual([mine]);
    // The drill-down by ids lists only what the viewer may see, whatever ids it is given.
    const drill = await anna.client.get(`/api/v1/analytics/drill?type=deals&ids=${mine},${theirs}`);
    expect(drill.status, JSON.stringify(drill.body)).toBe(200);
    expect(drill.body.ids).toEqual([mine]);
    expect(drill.body.items).toHaveLength(1);

    const manager = (await client.get('/api/v1/roles')).body.items.find((r: { key: string }) => r.key === 'manager');
    const role = await client.post('/api/v1/roles', { name: 'Manager (no amounts)', copyFromId: manager.id, fieldRights: { deal: { amount: 'hidden' } } });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const blind = await member(server, workspace, role.body.role.key);
    // A role that may not see amounts may not set one either (403 field_hidden): the admin enters their deal.
    await placeDeal(server, client, { amount: 7_000, ownerId: blind.user.id, createdAt: '2026-11-02T10:00:00.000Z', path: [{ stage: won, at: '2026-11-07T10:00:00.000Z' }] });
    const hidden = await widget(blind.client, 'avg_deal', NOV);
    expect(hidden.data.totals).toEqual({ owner: 'Total', won: 1, revenue: null, average: null });
    const pf = await widget(blind.client, 'forecast', NOV);
    // Every figure made of deal amounts is null; the plan itself is not a deal amount.
    expect(pf.data.rows.filter((r) => r.cells.stage !== 'Plan').map((r) => r.cells.weighted)).toEqual(pf.data.rows.slice(1).map(() => null));
    expect(pf.data.rows.find((r) => r.cells.stage === 'Plan')!.cells.weighted).toBe(0);

  });

  it('keeps dashboards personal until shared, shows a role its default, and refuses a stale version', async () => {
    const server = await testServer(dialect);
    const { client, anna, boris } = await analyticsTeam(server);
    const widgets = [{ id: 'w1', key: 'funnel', params: { bucket: 'month' }, x: 0, y: 0, w: 6, h: 4 }];
    const created = await anna.client.post('/api/v1/dashboards', { name: 'My week', widgets });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const dash = created.body.dashboard;
    expect(dash).toMatchObject({ name: 'My week', widgets, canEdit: true, version: 1 });
    expect((await boris.client.get('/api/v1/dashboards')).body).toEqual({ items: [], homeId: null });
    expect((await boris.client.get(`/api/v1/dashboards/${dash.id}`)).status).toBe(404);

    const roles = (await client.get('/api/v1/roles')).body.items as Array<{ id: string; key: string }>;
    const managerRole = roles.find((r) => r.key === 'manager')!;
    const teamDash = (await client.post('/api/v1/dashboards', { name: 'Sales team', widgets })).body.dashboard;
    expect((await anna.client.request('PUT', `/api/v1/roles/${managerRole.id}/dashboard`, { dashboardId: teamDash.id })).status).toBe(403);
    const set = await client.request('PUT', `/api/v1/roles/${managerRole.id}/dashboard`, { dashboardId: teamDash.id });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    // Boris has none of his own: he opens the role's default; Anna opens hers.
    const borisList = (await boris.client.get('/api/v1/dashboards')).body;
    expect(borisList.homeId).toBe(teamDash.id);
    expect(borisList.items.map((d: { id: string; canEdit: boolean }) => [d.id, d.canEdit])).toEqual([[teamDash.id, false]]);
    expect((await anna.client.get('/api/v1/dashboards')).body.homeId).toBe(dash.id);
    expect((await boris.client.patch(`/api/v1/dashboards/${teamDash.id}`, { name: 'Mine now', version: 1 })).status).toBe(403);

    const shared = await anna.client.patch(`/api/v1/dashboards/${dash.id}`, { shared: { roleIds: [], userIds: [boris.user.id] }, version: 1 });
    expect(shared.status, JSON.stringify(shared.body)).toBe(200);
    expect(shared.body.dashboard.version).toBe(2);
    expect((await boris.client.get(`/api/v1/dashboards/${dash.id}`)).status).toBe(200);
    const stale = await anna.client.patch(`/api/v1/dashboards/${dash.id}`, { name: 'Old', version: 1 });
    expect(stale.status).toBe(409);
    const badWidget = await anna.client.patch(`/api/v1/dashboards/${dash.id}`, { widgets: [{ ...widgets[0], key: 'nope' }], version: 2 });
    expect(badWidget.body.error.fields).toEqual({ 'widgets.0.key': 'invalid_option' });
    expect((await anna.client.request('DELETE', `/api/v1/dashboards/${dash.id}?version=2`)).status).toBe(204);
  });
});
