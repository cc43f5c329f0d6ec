import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { newId } from '../ids.js';
import { now } from '../clock.js';
import { actorForUser } from '../../modules/users/users.service.js';
import { visibleTo, canReach } from './visibility.js';
import { authorize } from './authorize.js';
import { types } from '../../db/migrations/lib.js';

// The helper is for client-facing tables (contacts, deals...); a scratch table of that shape proves it here.
async function createProbeTable(db: Kysely<any>) {
  const t = types(db);
  await db.schema.createTable('probe_records').addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull()).addColumn('owner_id', t.id).addColumn('lane', 'text').execute();
}

describe.each(DIALECTS)('record visibility on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await testDatabase(dialect);
    await createProbeTable(handle.db);
  });
  afterAll(() => handle.close());

  async function department(workspaceId: string, name: string, parentId: string | null) {
    const id = newId();
    const at = now();
    await handle.db.insertInto('departments').values({ id, workspace_id: workspaceId, name, parent_id: parentId, created_at: at, updated_at: at, deleted_at: null, version: 1 }).execute();
    return id;
  }

  it('applies own / department (with sub-departments) / all / none, always within the workspace', async () => {
    const build = factories(handle.db);
    const ws = await build.workspace();
    const other = await build.workspace();
    const sales = await department(ws.id, 'Sales', null);
    const teamA = await department(ws.id, 'Team A', sales);
    const support = await department(ws.id, 'Support', null);

    const mk = async (role: string, departmentId: string | null, workspace = ws) => {
      const u = await build.user({ workspace, role });
      await handle.db.updateTable('users').set({ department_id: departmentId }).where('id', '=', u.id).execute();
      return { ...u, department_id: departmentId };
    };
    const head = await mk('head_of_sales', sales);
    const alice = await mk('manager', teamA);
    const bob = await mk('manager', teamA);
    const carol = await mk('manager', support);
    const admin = await mk('admin', null);
    const foreign = await mk('admin', null, other);
    const reader = await mk('read_only', null);

    const records = { alice: newId(), bob: newId(), carol: newId(), head: newId(), foreign: newId() };
    await handle.db.insertInto('probe_records' as any).values([
      { id: records.alice, workspace_id: ws.id, owner_id: alice.id },
      { id: records.bob, workspace_id: ws.id, owner_id: bob.id },
      { id: records.carol, workspace_id: ws.id, owner_id: carol.id },
      { id: records.head, workspace_id: ws.id, owner_id: head.id },
      { id: records.foreign, workspace_id: other.id, owner_id: foreign.id },
    ]).execute();

    const ctx = { ip: null, userAgent: null, requestId: null };
    const seen = async (user: typeof alice, action: 'view' | 'export' = 'view') => {
      const actor = await actorForUser(handle.db, user, ctx);
      const rows = await (handle.db as Kysely<any>).selectFrom('probe_records').select('id').where(visibleTo(actor, 'contacts', 'probe_records', action)).execute();
      return rows.map((r) => r.id).sort();
    };
    const ids = (...names: (keyof typeof records)[]) => names.map((n) => records[n]).sort();

    expect(await seen(alice)).toEqual(ids('alice'));
    expect(await seen(carol)).toEqual(ids('carol'));
    expect(await seen(head)).toEqual(ids('alice', 'bob', 'head'));
    expect(await seen(admin)).toEqual(ids('alice', 'bob', 'carol', 'head'));
    expect(await seen(foreign)).toEqual(ids('foreign'));
    expect(await seen(reader)).toEqual(ids('alice', 'bob', 'carol', 'head'));
    expect(await seen(alice, 'export')).toEqual([]);

    const aliceActor = await actorForUser(handle.db, alice, ctx);
    expect(() => authorize(aliceActor, 'contacts', 'export')).toThrow(/no right/);
    expect(canReach(aliceActor, 'contacts', 'view', { workspace_id: ws.id, owner_id: bob.id }, teamA)).toBe(false);
    const headActor = await actorForUser(handle.db, head, ctx);
    expect(canReach(headActor, 'contacts', 'view', { workspace_id: ws.id, owner_id: bob.id }, teamA)).toBe(true);
    expect(canReach(headActor, 'contacts', 'view', { workspace_id: other.id, owner_id: bob.id }, teamA)).toBe(false);
  });

  it("narrows the owner rule further by the role's narrowing (deals by pipeline), in queries and in canReach", async () => {
    const build = factories(handle.db);
    const ws = await build.workspace();
    const admin = await build.user({ workspace: ws, role: 'admin' });
    const manager = await build.user({ workspace: ws, role: 'manager' });
    const rows = [
      { id: newId(), workspace_id: ws.id, owner_id: manager.id, lane: 'a' },
      { id: newId(), workspace_id: ws.id, owner_id: manager.id, lane: 'b' },
      { id: newId(), workspace_id: ws.id, owner_id: admin.id, lane: 'a' },
    ];
    await (handle.db as Kysely<any>).insertInto('probe_records').values(rows).execute();
    const ctx = { ip: null, userAgent: null, requestId: null };
    const narrowed = (actor: Awaited<ReturnType<typeof actorForUser>>, ids: string[]) => ({ ...actor, narrowing: { contacts: { column: 'lane', ids } } });
    const seen = async (actor: Awaited<ReturnType<typeof actorForUser>>) =>
      (await (handle.db as Kysely<any>).selectFrom('probe_records').select('id').where(visibleTo(actor, 'contacts', 'probe_records')).execute()).map((r) => r.id).sort();
    const adminActor = await actorForUser(handle.db, admin, ctx);
    const managerActor = await actorForUser(handle.db, manager, ctx);
    // Scope "all" narrowed to lane a; scope "own" narrowed to lane a; an empty list reaches nothing.
    expect(await seen(narrowed(adminActor, ['a']))).toEqual([rows[0]!.id, rows[2]!.id].sort());
    expect(await seen(narrowed(managerActor, ['a']))).toEqual([rows[0]!.id]);
    expect(await seen(narrowed(managerActor, []))).toEqual([]);
    // Another module is not narrowed by the contacts narrowing.
    expect((await (handle.db as Kysely<any>).selectFrom('probe_records').select('id').where(visibleTo(narrowed(managerActor, []), 'companies', 'probe_records')).execute()).length).toBe(2);
    expect(canReach(narrowed(managerActor, ['a']), 'contacts', 'edit', rows[1]!, null)).toBe(false);
    expect(canReach(narrowed(managerActor, ['a', 'b']), 'contacts', 'edit', rows[1]!, null)).toBe(true);
  });
});
