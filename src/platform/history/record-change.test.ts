import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { systemActor } from '../../modules/users/users.service.js';
import { diffFields, recordChange } from './record-change.js';
import { listAuditEntries, listVersions } from './history.repository.js';

describe.each(DIALECTS)('recordChange on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => { handle = await testDatabase(dialect); });
  afterAll(() => handle.close());

  it('writes version, audit diff and outbox event together, and nothing when the transaction fails', async () => {
    const ws = await factories(handle.db).workspace();
    const actor = systemActor(ws.id);
    const before = { id: 'rec-1', name: 'Иванов', phone: '+79123456789', version: 1, password_hash: 'secret' };
    const after = { ...before, name: 'Иванова', version: 2 };
    await handle.db.transaction().execute((trx) => recordChange(trx, actor, { entityType: 'contact', action: 'update', before, after }));

    const versions = await listVersions(handle.db, ws.id, 'contact', 'rec-1');
    expect(versions.map((v) => v.version)).toEqual([2]);
    expect(versions[0]!.data).toEqual({ id: 'rec-1', name: 'Иванова', phone: '+79123456789' });
    const audit = await listAuditEntries(handle.db, ws.id, { entityId: 'rec-1' });
    expect(audit.map((a) => [a.action, a.changes])).toEqual([['contact.updated', { name: ['Иванов', 'Иванова'] }]]);
    const events = await handle.db.selectFrom('outbox_events').select(['type', 'entity_id']).where('workspace_id', '=', ws.id).where('entity_id', '=', 'rec-1').execute();
    expect(events).toEqual([{ type: 'contact.updated', entity_id: 'rec-1' }]);

    await expect(handle.db.transaction().execute(async (trx) => {
      await recordChange(trx, actor, { entityType: 'contact', action: 'update', before: after, after: { ...after, name: 'X', version: 3 } });
      throw new Error('write failed after history');
    })).rejects.toThrow('write failed');
    expect((await listVersions(handle.db, ws.id, 'contact', 'rec-1')).map((v) => v.version)).toEqual([2]);
    expect(await listAuditEntries(handle.db, ws.id, { entityId: 'rec-1' })).toHaveLength(1);
  });

  it('diffs only changed, non-secret fields', () => {
    expect(diffFields({ id: '1', a: 1, b: [1], password_hash: 'x', updated_at: 't1' }, { id: '1', a: 1, b: [2], password_hash: 'y', updated_at: 't2' })).toEqual({ b: [[1], [2]] });
  });
});
