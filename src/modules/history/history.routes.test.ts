import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { PROBE, PROBE_BARE, createProbeTable, probe } from '../../../test/fixtures/probe-entity.js';
import { listAuditEntries } from '../../platform/history/history.repository.js';
import { actorForUser, type User } from '../users/users.service.js';

const ctx = { ip: null, userAgent: null, requestId: null };

describe.each(DIALECTS)('history API on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer(dialect);
    await createProbeTable(server.handle.db);
  });

  const actor = (user: User) => actorForUser(server.handle.db, user, ctx);

  async function noteWithThreeVersions() {
    const admin = await server.build.user({ name: 'Анна Админова' });
    const editor = await server.build.user({ workspace: { id: admin.workspace_id } as never, name: 'Ivan Editor' });
    const note = await probe.create(server.handle.db, await actor(admin), 'Первая');
    await probe.rename(server.handle.db, await actor(editor), note.id, 'Вторая');
    await probe.rename(server.handle.db, await actor(admin), note.id, 'Третья');
    return { admin, editor, note, client: await server.as(admin) };
  }

  it('lists versions newest first with the diff against the previous one and who made it', async () => {
    const { admin, editor, note, client } = await noteWithThreeVersions();
    const res = await client.get(`/api/v1/history/${PROBE}/${note.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { version: number; action: string }) => [v.version, v.action])).toEqual([[3, 'update'], [2, 'update'], [1, 'create']]);
    expect(res.body.items[0]).toMatchObject({ actor: { id: admin.id, name: 'Анна Админова' }, changes: { name: ['Вторая', 'Третья'] }, data: { id: note.id, name: 'Третья' } });
    expect(res.body.items[1]).toMatchObject({ actor: { id: editor.id, name: 'Ivan Editor' }, changes: { name: ['Первая', 'Вторая'] } });
    expect(res.body.items[2].changes).toMatchObject({ name: [null, 'Первая'] });
    expect(Date.parse(res.body.items[0].at)).not.toBeNaN();
  });

  it('restores an old version as a new, audited version and refuses a stale currentVersion', async () => {
    const { admin, note, client } = await noteWithThreeVersions();
    const url = `/api/v1/history/${PROBE}/${note.id}/restore`;
    const restored = await client.post(url, { version: 1, currentVersion: 3 });
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({ ok: true, version: 4 });
    expect((await probe.get(server.handle.db, note.id))?.name).toBe('Первая');

    const history = (await client.get(`/api/v1/history/${PROBE}/${note.id}`)).body.items;
    expect(history[0]).toMatchObject({ version: 4, action: 'rollback', actor: { id: admin.id }, changes: { name: ['Третья', 'Первая'] } });
    const audit = await listAuditEntries(server.handle.db, admin.workspace_id, { entityId: note.id, action: `${PROBE}.rolled_back` });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: admin.id, changes: { name: ['Третья', 'Первая'] } });

    const stale = await client.post(url, { version: 2, currentVersion: 3 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', fields: { currentVersion: 'stale' }, current: { version: 4 } });
    expect((await probe.get(server.handle.db, note.id))?.version).toBe(4);

    expect((await client.post(url, { version: 9, currentVersion: 4 })).body.error.fields).toEqual({ version: 'not_found' });
    expect((await client.post(url, { version: 4, currentVersion: 4 })).body.error.fields).toEqual({ version: 'is_current' });
    const bad = await client.post(url, { version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ currentVersion: 'required' });
    expect((await client.post(url, { version: 1, currentVersion: 4, extra: 1 })).body.error.fields).toEqual({ extra: 'unknown_field' });
  });

  it('answers 404 for an unknown type or record, 400 for a type without restore, 409 for a merged record', async () => {
    const { admin, note, client } = await noteWithThreeVersions();
    expect((await client.get(`/api/v1/history/nonsense/${note.id}`)).status).toBe(404);
    expect((await client.post(`/api/v1/history/nonsense/${note.id}/restore`, { version: 1, currentVersion: 3 })).status).toBe(404);
    expect((await client.get(`/api/v1/history/${PROBE}/0190a0a0-0000-7000-8000-00000000dead`)).status).toBe(404);
    expect((await client.get(`/api/v1/history/${PROBE}/not-a-uuid`)).status).toBe(404);

    expect((await client.get(`/api/v1/history/${PROBE_BARE}/${note.id}`)).status).toBe(200);
    const bare = await client.post(`/api/v1/history/${PROBE_BARE}/${note.id}/restore`, { version: 1, currentVersion: 3 });
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields).toEqual({ entityType: 'not_restorable' });

    const survivor = await probe.create(server.handle.db, await actor(admin), 'Survivor');
    await probe.mergeInto(server.handle.db, await actor(admin), note.id, survivor.id);
    const merged = await client.post(`/api/v1/history/${PROBE}/${note.id}/restore`, { version: 1, currentVersion: 4 });
    expect(merged.status).toBe(409);
    expect(merged.body.error).toMatchObject({ code: 'conflict', fields: { _: 'merged' }, mergedInto: survivor.id });
  });

  it("hides another manager's record (own scope) behind 404 and refuses restore without the edit right", async () => {
    const admin = await server.build.user();
    const workspace = { id: admin.workspace_id } as never;
    const [alice, bob] = [await server.build.user({ workspace, role: 'manager' }), await server.build.user({ workspace, role: 'manager' })];
    const reader = await server.build.user({ workspace, role: 'read_only' });
    const bobs = await probe.create(server.handle.db, await actor(bob), 'Bob’s client');
    const alices = await probe.create(server.handle.db, await actor(alice), 'Alice’s client');
    await probe.rename(server.handle.db, await actor(alice), alices.id, 'Alice’s client, renamed');

    const asAlice = await server.as(alice);
    expect((await asAlice.get(`/api/v1/history/${PROBE}/${bobs.id}`)).status).toBe(404);
    expect((await asAlice.post(`/api/v1/history/${PROBE}/${bobs.id}/restore`, { version: 1, currentVersion: 1 })).status).toBe(404);
    expect((await asAlice.get(`/api/v1/history/${PROBE}/${alices.id}`)).body.items).toHaveLength(2);
    expect((await asAlice.post(`/api/v1/history/${PROBE}/${alices.id}/restore`, { version: 1, currentVersion: 2 })).body).toEqual({ ok: true, version: 3 });

    const asReader = await server.as(reader);
    expect((await asReader.get(`/api/v1/history/${PROBE}/${bobs.id}`)).status).toBe(200);
    expect((await asReader.post(`/api/v1/history/${PROBE}/${bobs.id}/restore`, { version: 1, currentVersion: 1 })).status).toBe(403);
  });
});
