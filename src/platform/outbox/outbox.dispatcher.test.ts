import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPgDatabase, DIALECTS, testDatabase } from '../../../test/db.js';
import { createWorkspace, delay, eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import { connect, type DatabaseHandle } from '../../db/connect.js';
import type { Executor } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { insertOutboxEvent } from '../history/history.repository.js';
import { notifyOutbox, OutboxDispatcher, type OutboxDispatcherOptions, type OutboxEvent } from './outbox.dispatcher.js';
import { findEvent } from './outbox.repository.js';

describe.each(DIALECTS)('outbox dispatcher on %s', (dialect) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  const dispatchers: OutboxDispatcher[] = [];

  beforeAll(async () => {
    handle = await testDatabase(dialect);
    workspaceId = await createWorkspace(handle.db);
  });
  afterAll(() => handle?.close());
  beforeEach(async () => {
    await handle.db.deleteFrom('outbox_events').execute();
  });
  afterEach(async () => {
    await Promise.all(dispatchers.splice(0).map((d) => d.stop()));
  });

  function dispatcher(options: Partial<OutboxDispatcherOptions> = {}): OutboxDispatcher {
    const d = new OutboxDispatcher({ db: handle.db, dialect, logger: silentLogger(), pollMs: 20, retryBaseMs: 50, ...options });
    dispatchers.push(d);
    return d;
  }

  function addEvent(db: Executor, type: string, payload: unknown = {}): Promise<string> {
    return insertOutboxEvent(db, { workspaceId, type, entityType: 'contact', entityId: 'c1', actorId: null, payload });
  }

  it('delivers committed events to their subscribers in the order they were created', async () => {
    const all: string[] = [];
    const created: Array<OutboxEvent<{ n: number }>> = [];
    const d = dispatcher()
      .subscribe('*', 'everything', async (e) => void all.push(e.id))
      .subscribe<{ n: number }>('contact.created', 'created-only', async (e) => void created.push(e));
    const ids = await handle.db.transaction().execute(async (trx) => {
      const out: string[] = [];
      for (let n = 0; n < 5; n++) out.push(await addEvent(trx, n % 2 ? 'contact.updated' : 'contact.created', { n }));
      return out;
    });
    await d.start();
    await eventually(() => expect(all).toEqual(ids));
    expect(created.map((e) => e.payload.n)).toEqual([0, 2, 4]);
    expect(created[0]).toMatchObject({ workspaceId, type: 'contact.created', entityType: 'contact', entityId: 'c1', attempts: 0 });
    await eventually(async () => expect((await findEvent(handle.db, ids[4]!))?.dispatched_at).toBeTruthy());
  });

  it('retries an event whose subscriber failed, without holding up the events after it', async () => {
    const seen: string[] = [];
    let failures = 0;
    const d = dispatcher({ retryBaseMs: 100 }).subscribe('*', 'flaky', async (e) => {
      if ((e.payload as { flaky?: boolean }).flaky && failures < 2) {
        failures++;
        throw new Error(`webhook timed out ${failures}`);
      }
      seen.push(e.type);
    });
    const flaky = await addEvent(handle.db, 'deal.won', { flaky: true });
    await addEvent(handle.db, 'deal.lost');
    await d.start();
    await eventually(() => expect(seen).toEqual(['deal.lost', 'deal.won']));
    const row = await eventually(async () => {
      const r = await findEvent(handle.db, flaky);
      expect(r?.dispatched_at).toBeTruthy();
      return r;
    });
    // The last failure stays on record after the successful retry, for diagnosis.
    expect(row).toMatchObject({ attempts: 2, last_error: 'flaky: webhook timed out 2' });
  });

  it('gives up after maxAttempts and marks the event so it stops coming back', async () => {
    let calls = 0;
    const d = dispatcher({ maxAttempts: 3, retryBaseMs: 10 }).subscribe('deal.won', 'broken', async () => {
      calls++;
      throw new Error('always');
    });
    const id = await addEvent(handle.db, 'deal.won');
    await d.start();
    await eventually(async () => expect((await findEvent(handle.db, id))?.dispatched_at).toBeTruthy());
    await delay(100);
    expect(calls).toBe(3);
    expect(await findEvent(handle.db, id)).toMatchObject({ attempts: 3, last_error: 'Gave up after 3 attempts: broken: always' });
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const seen: string[] = [];
    const d = dispatcher().subscribe('*', 'spy', async (e) => void seen.push(e.type));
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await addEvent(trx, 'contact.rolled_back');
        await notifyOutbox(trx);
        throw new Error('validation failed late');
      }),
    ).rejects.toThrow('validation failed late');
    await addEvent(handle.db, 'contact.committed');
    expect(await d.dispatchOnce()).toBe(1);
    expect(await d.dispatchOnce()).toBe(0);
    expect(seen).toEqual(['contact.committed']);
  });
});

describe('outbox dispatcher on postgres only', () => {
  let handle: DatabaseHandle;
  let url: string;
  let workspaceId: string;

  beforeAll(async () => {
    url = await createPgDatabase();
    handle = connect({ databaseUrl: url, poolSize: 5 });
    await migrateToLatest(handle.db);
    workspaceId = await createWorkspace(handle.db);
  });
  afterAll(() => handle?.close());

  const event = (type: string) => ({ workspaceId, type, entityType: null, entityId: null, actorId: null, payload: {} });

  it('does not see an event whose transaction is still open, and never after it rolls back', async () => {
    const seen: string[] = [];
    const d = new OutboxDispatcher({ db: handle.db, dialect: 'postgres', logger: silentLogger() }).subscribe('*', 'spy', async (e) => void seen.push(e.type));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((r) => (inserted = r));
    const trx = handle.db
      .transaction()
      .execute(async (t) => {
        await insertOutboxEvent(t, event('contact.pending'));
        inserted();
        await held;
        throw new Error('rollback');
      })
      .catch(() => {});
    await insertedOnce;
    expect(await d.dispatchOnce()).toBe(0);
    release();
    await trx;
    expect(await d.dispatchOnce()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('delivers promptly on NOTIFY, long before the next poll', async () => {
    const seen: string[] = [];
    const d = new OutboxDispatcher({ db: handle.db, dialect: 'postgres', logger: silentLogger(), pollMs: 60_000, listenUrl: url });
    d.subscribe('*', 'spy', async (e) => void seen.push(e.type));
    await d.start();
    try {
      await delay(100);
      const started = Date.now();
      await handle.db.transaction().execute(async (trx) => {
        await insertOutboxEvent(trx, event('deal.stage_changed'));
        await notifyOutbox(trx);
      });
      await eventually(() => expect(seen).toEqual(['deal.stage_changed']), 5000, 5);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await d.stop();
    }
  });

  it('shares events between two dispatchers without delivering any twice', async () => {
    const seen: string[] = [];
    const make = () =>
      new OutboxDispatcher({ db: handle.db, dialect: 'postgres', logger: silentLogger(), pollMs: 10, batchSize: 5 }).subscribe('*', 'spy', async (e) => {
        seen.push(e.id);
        await delay(1);
      });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await insertOutboxEvent(handle.db, event('contact.created')));
    const [a, b] = [make(), make()];
    await Promise.all([a.start(), b.start()]);
    try {
      await eventually(() => expect(seen.length).toBeGreaterThanOrEqual(60));
      await delay(100);
      expect(seen.sort()).toEqual(ids.sort());
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
