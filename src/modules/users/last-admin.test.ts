import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { actorForUser } from './users.service.js';
import { deactivateUser, updateUserByAdmin } from './users-admin.service.js';

const ctx = { ip: null, userAgent: null, requestId: null };

describe.each(DIALECTS)('the last active administrator on %s', (dialect) => {
  it('survives two overlapping transactions that each remove the other admin', async () => {
    const server = await testServer(dialect);
    const workspace = await server.build.workspace();
    const ana = await server.build.user({ workspace, role: 'admin' });
    const bob = await server.build.user({ workspace, role: 'admin' });
    const [asAna, asBob] = await Promise.all([actorForUser(server.handle.db, ana, ctx), actorForUser(server.handle.db, bob, ctx)]);

    // Ana's transaction demotes Bob and holds on; Bob's deactivation of Ana starts meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let demoted!: () => void;
    const demotedYet = new Promise<void>((resolve) => (demoted = resolve));
    const first = server.handle.db.transaction().execute(async (trx) => {
      await updateUserByAdmin(trx, asAna, bob.id, { role: 'manager', version: bob.version });
      demoted();
      await held;
    });
    await demotedYet;
    const second = server.handle.db.transaction().execute((trx) => deactivateUser(trx, asBob, ana.id, ana.version));
    await new Promise((r) => setTimeout(r, 100));
    release();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'conflict', fields: { _: 'last_admin' } });

    const admins = await server.handle.db.selectFrom('users').select(['id', 'is_active']).where('workspace_id', '=', workspace.id).where('role', '=', 'admin').execute();
    expect(admins).toEqual([{ id: ana.id, is_active: 1 }]);
  });
});
