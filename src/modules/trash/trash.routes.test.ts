import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer, type TestServer } from '../../../test/server.js';
import { silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { PROBE, PROBE_BARE, createProbeTable, probe } from '../../../test/fixtures/probe-entity.js';
import { addMs, now } from '../../platform/clock.js';
import { JobRegistry, type Job } from '../../platform/jobs/jobs.registry.js';
import { listAuditEntries, listVersions } from '../../platform/history/history.repository.js';
import { actorForUser, systemActor, type User } from '../users/users.service.js';
import { TRASH_PURGE_JOB, registerTrashJobs, retentionDays, trashPurgeHandler } from './trash.jobs.js';

const ctx = { ip: null, userAgent: null, requestId: null };
const DAY = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('trash on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer(dialect);
    await createProbeTable(server.handle.db);
  });

  const actor = (user: User) => actorForUser(server.handle.db, user, ctx);

  async function team() {
    const admin = await server.build.user({ name: 'Админ' });
    const workspace = { id: admin.workspace_id } as never;
    const alice = await server.build.user({ workspace, role: 'manager', name: 'Алиса' });
    const bob = await server.build.user({ workspace, role: 'manager', name: 'Bob' });
    return { admin, alice, bob };
  }

  it('lists what each person may see, newest deletion first, with who deleted it and what they may do', async () => {
    const { admin, alice, bob } = await team();
    const db = server.handle.db;
    const a = await probe.create(db, await actor(alice), 'Клиент Алисы');
    const b = await probe.create(db, await actor(bob), 'Bob’s client');
    const live = await probe.create(db, await actor(alice), 'Still here');
    await probe.remove(db, await actor(alice), a.id, addMs(now(), -2000));
    await probe.remove(db, await actor(admin), b.id, addMs(now(), -1000));

    const asAdmin = await server.as(admin);
    const all = await asAdmin.get('/api/v1/trash');
    expect(all.status).toBe(200);
    expect(all.body.items).toEqual([
      { entityType: PROBE, id: b.id, title: 'Bob’s client', deletedAt: expect.any(String), deletedBy: { id: admin.id, name: 'Админ' }, abilities: { restore: true, purge: true } },
      { entityType: PROBE, id: a.id, title: 'Клиент Алисы', deletedAt: expect.any(String), deletedBy: { id: alice.id, name: 'Алиса' }, abilities: { restore: true, purge: true } },
    ]);
    expect(all.body.items.map((i: { id: string }) => i.id)).not.toContain(live.id);
    expect((await asAdmin.get(`/api/v1/trash?entityType=${PROBE}&limit=1`)).body.items.map((i: { id: string }) => i.id)).toEqual([b.id]);

    const asAlice = await server.as(alice);
    const hers = await asAlice.get('/api/v1/trash');
    expect(hers.body.items).toEqual([expect.objectContaining({ id: a.id, abilities: { restore: true, purge: false } })]);

    expect((await asAdmin.get(`/api/v1/trash?entityType=${PROBE_BARE}`)).body.error.fields).toEqual({ entityType: 'unknown' });
    expect((await asAdmin.get('/api/v1/trash?entityType=nonsense')).status).toBe(400);
    expect((await asAdmin.get('/api/v1/trash?sort=name')).body.error.fields).toEqual({ sort: 'unknown_field' });
  });

  it('restores from the trash within the actor’s reach', async () => {
    const { alice, bob } = await team();
    const db = server.handle.db;
    const a = await probe.create(db, await actor(alice), 'Mine');
    const b = await probe.create(db, await actor(bob), 'His');
    await probe.remove(db, await actor(alice), a.id);
    await probe.remove(db, await actor(bob), b.id);

    const asAlice = await server.as(alice);
    expect((await asAlice.post(`/api/v1/trash/${PROBE}/${b.id}/restore`, {})).status).toBe(404);
    expect((await asAlice.post(`/api/v1/trash/${PROBE}/${a.id}/restore`, {})).status).toBe(204);
    expect((await probe.get(db, a.id))?.deleted_at).toBeNull();
    expect((await listVersions(db, alice.workspace_id, PROBE, a.id)).map((v) => v.action)).toEqual(['restore', 'delete', 'create']);
    // Live again, so no longer in the trash.
    expect((await asAlice.post(`/api/v1/trash/${PROBE}/${a.id}/restore`, {})).status).toBe(404);
    expect((await asAlice.post(`/api/v1/trash/nonsense/${a.id}/restore`, {})).status).toBe(404);
    expect((await asAlice.post(`/api/v1/trash/${PROBE_BARE}/${a.id}/restore`, {})).body.error.fields).toEqual({ entityType: 'not_restorable' });
  });

  it('purges only with the delete right at scope all, removes the versions and audits it', async () => {
    const { admin, alice } = await team();
    const db = server.handle.db;
    const a = await probe.create(db, await actor(alice), 'Секрет');
    const live = await probe.create(db, await actor(alice), 'Live');
    await probe.remove(db, await actor(alice), a.id);

    const asAlice = await server.as(alice);
    const refused = await asAlice.delete(`/api/v1/trash/${PROBE}/${a.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const asAdmin = await server.as(admin);
    expect((await asAdmin.delete(`/api/v1/trash/${PROBE}/${live.id}`)).status).toBe(404);
    expect((await asAdmin.delete(`/api/v1/trash/${PROBE_BARE}/${a.id}`)).body.error.fields).toEqual({ entityType: 'not_purgeable' });
    expect((await asAdmin.delete(`/api/v1/trash/${PROBE}/${a.id}`)).status).toBe(204);
    expect(await probe.get(db, a.id)).toBeUndefined();
    expect(await listVersions(db, admin.workspace_id, PROBE, a.id)).toEqual([]);
    expect((await asAdmin.get(`/api/v1/history/${PROBE}/${a.id}`)).status).toBe(404);
    const purged = await listAuditEntries(db, admin.workspace_id, { action: `${PROBE}.purged` });
    expect(purged).toHaveLength(1);
    expect(purged[0]).toMatchObject({ actor_id: admin.id, entity_id: a.id, changes: { title: 'Секрет', reason: 'manual' } });
    expect((await asAdmin.delete(`/api/v1/trash/${PROBE}/${a.id}`)).status).toBe(404);
  });

  it('the daily job purges what has been in the trash longer than each workspace’s retention', async () => {
    const db = server.handle.db;
    const ws30 = await server.build.workspace();
    const ws5 = await server.build.workspace();
    await db.updateTable('workspaces').set({ settings: JSON.stringify({ trashRetentionDays: 5 }) }).where('id', '=', ws5.id).execute();
    const sys30 = systemActor(ws30.id);
    const sys5 = systemActor(ws5.id);
    const old30 = await probe.create(db, sys30, 'Forty days gone', null);
    const recent30 = await probe.create(db, sys30, 'Ten days gone', null);
    const fresh30 = await probe.create(db, sys30, 'Deleted just now', null);
    const recent5 = await probe.create(db, sys5, 'Ten days gone, short retention', null);
    const live5 = await probe.create(db, sys5, 'Never deleted', null);
    await probe.remove(db, sys30, old30.id, addMs(now(), -40 * DAY));
    await probe.remove(db, sys30, recent30.id, addMs(now(), -10 * DAY));
    await probe.remove(db, sys30, fresh30.id);
    await probe.remove(db, sys5, recent5.id, addMs(now(), -10 * DAY));

    const job: Job = { id: 'job', type: TRASH_PURGE_JOB, payload: null, workspaceId: null, attempts: 1, maxAttempts: 3, runAt: now(), uniqueKey: null, createdAt: now() };
    await trashPurgeHandler()(job, { db, logger: silentLogger(), workerId: 'test' });

    expect(await probe.get(db, old30.id)).toBeUndefined();
    expect(await probe.get(db, recent30.id)).toBeDefined();
    expect(await probe.get(db, fresh30.id)).toBeDefined();
    expect(await probe.get(db, recent5.id)).toBeUndefined();
    expect(await probe.get(db, live5.id)).toBeDefined();
    const audited = await listAuditEntries(db, ws5.id, { action: `${PROBE}.purged` });
    expect(audited).toEqual([expect.objectContaining({ actor_id: null, entity_id: recent5.id, changes: expect.objectContaining({ reason: 'retention' }) })]);

    // Running again finds nothing more to do.
    await trashPurgeHandler()(job, { db, logger: silentLogger(), workerId: 'test' });
    expect(await probe.get(db, recent30.id)).toBeDefined();
  });

  it('registers a daily schedule and reads the retention setting defensively', () => {
    const registry = new JobRegistry();
    registerTrashJobs(registry);
    expect(registry.handlerFor(TRASH_PURGE_JOB)).toBeTypeOf('function');
    expect(registry.allSchedules()).toEqual([expect.objectContaining({ name: TRASH_PURGE_JOB, type: TRASH_PURGE_JOB, everyMs: DAY })]);
    expect([retentionDays(undefined), retentionDays(7), retentionDays(0), retentionDays('7'), retentionDays(2.5)]).toEqual([30, 7, 30, 30, 30]);
  });
});
