import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../test/db.js';
import { createWorkspace, eventually, silentLogger } from '../../test/fixtures/platform-helpers.js';
import type { DatabaseHandle } from '../db/connect.js';
import { loadConfig } from './config.js';
import { insertOutboxEvent } from './history/history.repository.js';
import { HOUSEKEEPING_JOB } from './jobs/jobs.housekeeping.js';
import { scheduleKey } from './jobs/jobs.registry.js';
import { enqueueJob, getJob } from './jobs/jobs.service.js';
import { startWorkers } from './workers.js';

describe.each(DIALECTS)('startWorkers on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await testDatabase(dialect);
  });
  afterAll(() => handle?.close());

  it('runs registered jobs and subscribers, schedules housekeeping, and stops cleanly', async () => {
    const workspaceId = await createWorkspace(handle.db);
    const events: string[] = [];
    const ran: unknown[] = [];
    const workers = startWorkers({
      db: handle.db,
      dialect,
      config: { ...loadConfig({}), smtpUrl: null },
      logger: silentLogger(),
      databaseUrl: null,
      jobOptions: { pollMs: 20 },
      outboxOptions: { pollMs: 20 },
      configure({ jobs, outbox }) {
        jobs.register('test.ping', async (job) => void ran.push(job.payload));
        outbox.subscribe('contact.created', 'spy', async (e) => void events.push(e.entityId ?? ''));
      },
    });
    try {
      await insertOutboxEvent(handle.db, { workspaceId, type: 'contact.created', entityType: 'contact', entityId: 'c-42', actorId: null, payload: {} });
      const id = await enqueueJob(handle.db, { type: 'test.ping', payload: { hello: 'мир' }, workspaceId });
      await eventually(async () => {
        expect(events).toEqual(['c-42']);
        expect((await getJob(handle.db, id))?.status).toBe('done');
      });
      expect(ran).toEqual([{ hello: 'мир' }]);
      const housekeeping = await handle.db.selectFrom('jobs').select(['type', 'status']).where('unique_key', '=', scheduleKey('housekeeping')).execute();
      expect(housekeeping).toHaveLength(1);
      expect(housekeeping[0]?.type).toBe(HOUSEKEEPING_JOB);
    } finally {
      await workers.stop();
    }
    expect(workers.worker.isRunning).toBe(false);
  });
});
