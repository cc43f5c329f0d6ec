import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { types } from '../../db/migrations/lib.js';
import { registerEntityType } from '../../platform/entities/registry.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { newId } from '../../platform/ids.js';

// Client modules register their own types later; a scratch table with owners proves the mechanism.
let failNext = false;
registerEntityType({
  type: 'probe_deal',
  module: 'deals',
  find: async () => undefined,
  async transferOwnership(trx, actor, fromUserId, toUserId) {
    const result = await sql`UPDATE probe_deals SET owner_id = ${toUserId} WHERE workspace_id = ${actor.workspaceId} AND owner_id = ${fromUserId}`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  },
});
registerEntityType({
  type: 'probe_task',
  module: 'activities',
  find: async () => undefined,
  async transferOwnership() {
    if (failNext) throw new Error('tasks could not move');
    return 0;
  },
});

describe.each(DIALECTS)('transferring ownership on %s', (dialect) => {
  beforeAll(async () => {
    const server = await testServer(dialect);
    const db = server.handle.db as unknown as Kysely<any>;
    const t = types(db);
    await db.schema.createTable('probe_deals').ifNotExists().addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('workspace_id', t.id, (c) => c.notNull()).addColumn('owner_id', t.id).execute();
  });

  async function setup() {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace();
    const admin = await server.build.user({ workspace, role: 'admin' });
    const leaver = await server.build.user({ workspace, role: 'manager' });
    const heir = await server.build.user({ workspace, role: 'manager' });
    const stranger = await server.build.user({ role: 'manager' });
    const rows = [leaver.id, leaver.id, heir.id].map((owner) => ({ id: newId(), workspace_id: workspace.id, owner_id: owner }));
    rows.push({ id: newId(), workspace_id: stranger.workspace_id, owner_id: leaver.id });
    await (server.handle.db as unknown as Kysely<any>).insertInto('probe_deals').values(rows).execute();
    const owners = async () => {
      const found = await (server.handle.db as unknown as Kysely<any>).selectFrom('probe_deals').select(['owner_id']).where('workspace_id', '=', workspace.id).execute();
      return found.map((r) => r.owner_id as string).sort();
    };
    return { server, workspace, admin, leaver, heir, owners, client: await server.as(admin) };
  }

  it("moves every record of a deactivated user to an active one in one audited step", async () => {
    const { server, workspace, leaver, heir, owners, client } = await setup();
    expect((await client.post(`/api/v1/users/${leaver.id}/deactivate`, { version: leaver.version })).status).toBe(200);
    const res = await client.post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: heir.id });
    expect(res.status).toBe(200);
    // Every registered type answers, the client base's own (nothing of theirs here) included.
    expect(res.body).toEqual({ moved: { probe_deal: 2, probe_task: 0, deal: 0, product: 0, contact: 0, company: 0, activity: 0 } });
    expect(await owners()).toEqual([heir.id, heir.id, heir.id]);
    const [entry] = await listAuditEntries(server.handle.db, workspace.id, { action: 'user.records_transferred' });
    expect(entry).toMatchObject({ entity_type: 'user', entity_id: leaver.id, changes: { fromUserId: leaver.id, toUserId: heir.id, moved: { probe_deal: 2, probe_task: 0, contact: 0, company: 0 } } });
    // The other workspace's row with the same owner id is not touched.
    const foreign = await (server.handle.db as unknown as Kysely<any>).selectFrom('probe_deals').select('owner_id').where('workspace_id', '!=', workspace.id).where('owner_id', '=', leaver.id).execute();
    expect(foreign.length).toBeGreaterThanOrEqual(1);
  });

  it('moves nothing when one record type fails', async () => {
    const { leaver, heir, owners, client } = await setup();
    failNext = true;
    try {
      const res = await client.post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: heir.id });
      expect(res.status).toBe(500);
    } finally {
      failNext = false;
    }
    expect(await owners()).toEqual([heir.id, leaver.id, leaver.id].sort());
  });

  it('refuses a deactivated, unknown or same target, and users without the right', async () => {
    const { server, workspace, leaver, heir, owners, client } = await setup();
    expect((await client.post(`/api/v1/users/${heir.id}/deactivate`, { version: heir.version })).status).toBe(200);
    const inactive = await client.post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: heir.id });
    expect(inactive.status).toBe(400);
    expect(inactive.body.error.fields).toEqual({ toUserId: 'inactive' });
    expect((await client.post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: leaver.id })).body.error.fields).toEqual({ toUserId: 'same_user' });
    const stranger = await server.build.user();
    expect((await client.post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: stranger.id })).body.error.fields).toEqual({ toUserId: 'not_found' });
    expect((await client.post(`/api/v1/users/${leaver.id}/transfer`, {})).body.error.fields).toEqual({ toUserId: 'required' });
    const manager = await server.build.user({ workspace, role: 'manager' });
    expect((await (await server.as(manager)).post(`/api/v1/users/${leaver.id}/transfer`, { toUserId: manager.id })).status).toBe(403);
    expect(await owners()).toEqual([heir.id, leaver.id, leaver.id].sort());
  });
});
