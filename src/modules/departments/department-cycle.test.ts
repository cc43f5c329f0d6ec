import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/db.js';
import { testServer } from '../../../test/server.js';
import { actorForUser } from '../users/users.service.js';
import { createDepartment, updateDepartment } from './departments.service.js';

describe.each(DIALECTS)('department moves on %s', (dialect) => {
  it('cannot make a loop from two overlapping moves', async () => {
    const server = await testServer(dialect);
    const admin = await server.build.user({ role: 'admin' });
    const actor = await actorForUser(server.handle.db, admin, { ip: null, userAgent: null, requestId: null });
    const [a, b] = await server.handle.db.transaction().execute(async (trx) => [
      await createDepartment(trx, actor, { name: 'A' }),
      await createDepartment(trx, actor, { name: 'B' }),
    ]);

    // One transaction puts A under B and holds on; another tries B under A meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let moved!: () => void;
    const movedYet = new Promise<void>((resolve) => (moved = resolve));
    const first = server.handle.db.transaction().execute(async (trx) => {
      await updateDepartment(trx, actor, a.id, { parentId: b.id, version: 1 });
      moved();
      await held;
    });
    await movedYet;
    const second = server.handle.db.transaction().execute((trx) => updateDepartment(trx, actor, b.id, { parentId: a.id, version: 1 }));
    await new Promise((r) => setTimeout(r, 100));
    release();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'validation_failed', fields: { parentId: 'cycle' } });
  });
});
