import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { fromJson } from '../json.js';
import { systemActor } from '../../modules/users/users.service.js';
import { diffFields, recordChange, recordChanges, type Change } from './record-change.js';
import { listAuditEntries, listVersions, rowsPerStatement } from './history.repository.js';

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

  it('records many changes with the same content as one recordChange each, across statement chunks', async () => {
    const ws = await factories(handle.db).workspace();
    const actor = systemActor(ws.id);
    // More rows than one audit statement takes, so the chunking is exercised.
    const n = rowsPerStatement(11) + 7;
    const changes: Change[] = Array.from({ length: n }, (_, i) => ({
      entityType: 'contact', action: 'update',
      before: { id: `bulk-${i}`, owner_id: 'a', version: 1 },
      after: { id: `bulk-${i}`, owner_id: 'b', version: 2 },
    }));
    changes.push({ entityType: 'contact', action: 'delete', before: { id: 'bulk-del', version: 4 }, after: { id: 'bulk-del', deleted_at: 't', version: 5 } });
    await handle.db.transaction().execute((trx) => recordChanges(trx, actor, changes));

    const count = async (table: 'record_versions' | 'audit_log' | 'outbox_events') => Number((await handle.db.selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', ws.id).where('entity_type', '=', 'contact').executeTakeFirstOrThrow()).n);
    expect([await count('record_versions'), await count('audit_log'), await count('outbox_events')]).toEqual([n + 1, n + 1, n + 1]);

    const last = `bulk-${n - 1}`;
    const versions = await listVersions(handle.db, ws.id, 'contact', last);
    expect(versions.map((v) => [v.version, v.action, v.data])).toEqual([[2, 'update', { id: last, owner_id: 'b' }]]);
    const audit = await listAuditEntries(handle.db, ws.id, { entityId: last });
    expect(audit.map((a) => [a.action, a.changes])).toEqual([['contact.updated', { owner_id: ['a', 'b'] }]]);
    expect(await listAuditEntries(handle.db, ws.id, { entityId: 'bulk-del' })).toMatchObject([{ action: 'contact.deleted', changes: { id: 'bulk-del', deleted_at: 't' } }]);
    const events = await handle.db.selectFrom('outbox_events').select(['type', 'payload']).where('workspace_id', '=', ws.id).where('entity_id', '=', last).execute();
    expect(events.map((e) => [e.type, fromJson(e.payload)])).toEqual([
      ['contact.updated', { before: { id: last, owner_id: 'a' }, after: { id: last, owner_id: 'b' } }],
    ]);

    // One failing change writes nothing of the batch.
    await expect(handle.db.transaction().execute((trx) => recordChanges(trx, actor, [
      { entityType: 'contact', action: 'update', before: { id: 'x1', version: 1 }, after: { id: 'x1', version: 2 } },
      { entityType: 'contact', action: 'update', before: null, after: null },
    ]))).rejects.toThrow('before or an after');
    expect(await listVersions(handle.db, ws.id, 'contact', 'x1')).toEqual([]);
  });

  it('diffs only changed, non-secret fields', () => {
    expect(diffFields({ id: '1', a: 1, b: [1], password_hash: 'x', updated_at: 't1' }, { id: '1', a: 1, b: [2], password_hash: 'y', updated_at: 't2' })).toEqual({ b: [[1], [2]] });
  });
});
