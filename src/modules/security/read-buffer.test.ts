import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connect.js';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { factories } from '../../../test/factories.js';
import { flushReads, readBuffer } from './read-buffer.js';

describe.each(DIALECTS)('the read buffer, on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await testDatabase(dialect);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('adds up a user\'s bumps per minute, counts pending units per window, and writes all in one flush', async () => {
    const f = factories(handle.db);
    const workspace = await f.workspace();
    const user = await f.user({ workspace, role: 'manager' });
    const buffer = readBuffer(handle.db);
    const row = (minute: string, units: number) => ({
      id: `019b0000-0000-7000-8000-${(Math.random() * 1e12).toFixed(0).padStart(12, '0')}`, workspace_id: workspace.id, user_id: user.id, path: 'list',
      entity_type: 'contact', entity_id: null, rows: 1, units, detail: null, via_token: 0, created_at: minute,
    });
    const bump = (minute: string, hour: string, count: number) => ({ workspace_id: workspace.id, user_id: user.id, kind: 'read', minute, hour, count });
    buffer.add([row('2026-12-07T08:59:00.000Z', 3)], bump('2026-12-07T08:59:00.000Z', '2026-12-07T08:00:00.000Z', 3));
    buffer.add([row('2026-12-07T10:05:00.000Z', 4)], bump('2026-12-07T10:05:00.000Z', '2026-12-07T10:00:00.000Z', 4));
    buffer.add([row('2026-12-07T10:05:00.000Z', 5)], bump('2026-12-07T10:05:00.000Z', '2026-12-07T10:00:00.000Z', 5));
    // The hour window starts at 09:06: the 08:59 read is only in the day.
    expect(buffer.pendingUnits(workspace.id, user.id, 'read', { fromMinute: '2026-12-07T09:06:00.000Z', fromHour: '2026-12-06T11:00:00.000Z' })).toEqual({ hour: 9, day: 12 });
    expect(buffer.pendingUnits(workspace.id, user.id, 'view', { fromMinute: '2026-12-07T09:06:00.000Z', fromHour: '2026-12-06T11:00:00.000Z' })).toEqual({ hour: 0, day: 0 });
    expect(await handle.db.selectFrom('read_log').select('id').where('user_id', '=', user.id).execute()).toHaveLength(0);

    await flushReads(handle.db);
    expect(buffer.pendingUnits(workspace.id, user.id, 'read', { fromMinute: '2026-12-07T00:00:00.000Z', fromHour: '2026-12-07T00:00:00.000Z' })).toEqual({ hour: 0, day: 0 });
    const minutes = await handle.db.selectFrom('access_counters').select(['minute', 'count']).where('user_id', '=', user.id).orderBy('minute').execute();
    expect(minutes).toEqual([{ minute: '2026-12-07T08:59:00.000Z', count: 3 }, { minute: '2026-12-07T10:05:00.000Z', count: 9 }]);
    const hours = await handle.db.selectFrom('access_hour_counters').select(['hour', 'count']).where('user_id', '=', user.id).orderBy('hour').execute();
    expect(hours).toEqual([{ hour: '2026-12-07T08:00:00.000Z', count: 3 }, { hour: '2026-12-07T10:00:00.000Z', count: 9 }]);
    expect(await handle.db.selectFrom('read_log').select('units').where('user_id', '=', user.id).execute()).toHaveLength(3);
  });

  it('drops what is pending once its database handle is closed, instead of retrying for ever', async () => {
    const closed = await testDatabase(dialect);
    const f = factories(closed.db);
    const workspace = await f.workspace();
    const user = await f.user({ workspace, role: 'manager' });
    const buffer = readBuffer(closed.db);
    const errors: string[] = [];
    buffer.log = { error: (_details, message) => void errors.push(message) };
    buffer.add([], { workspace_id: workspace.id, user_id: user.id, kind: 'read', minute: '2026-12-07T10:05:00.000Z', hour: '2026-12-07T10:00:00.000Z', count: 2 });
    await closed.close();
    await flushReads(closed.db);
    expect(errors).toEqual(['read log: the database handle is closed; the last entries are lost']);
    expect(buffer.pendingUnits(workspace.id, user.id, 'read', { fromMinute: '2026-12-07T00:00:00.000Z', fromHour: '2026-12-07T00:00:00.000Z' })).toEqual({ hour: 0, day: 0 });
    // Nothing is left to retry: a second flush writes nothing and logs nothing.
    await flushReads(closed.db);
    expect(errors).toHaveLength(1);
  });
});
