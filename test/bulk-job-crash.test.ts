import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgDatabase, DIALECTS } from './db.js';
import { factories } from './factories.js';
import { insertPlainContacts } from './fixtures/bulk-rows.js';
import { eventually, silentLogger } from './fixtures/platform-helpers.js';
import { runTs, waitFor } from './process.js';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { JobWorker } from '../src/platform/jobs/jobs.worker.js';
import { actorForUser } from '../src/modules/users/users.service.js';
import { startClientBulk } from '../src/modules/contacts/client-bulk.job.js';
import { CONTACT } from '../src/modules/contacts/client-kind.js';
// The record types register themselves when the modules load, as in the server.
import '../src/modules/index.js';
import { registerRecordBulkJobs } from '../src/modules/records/record-bulk.job.js';

describe.each(DIALECTS)('a bulk job whose worker process is killed on %s', (dialect) => {
  it('resumes from the last committed chunk: every record changed once, none twice', { timeout: 420_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bulk-crash-'));
    const sqlitePath = path.join(dir, 'crash.db');
    const url = dialect === 'postgres' ? await createPgDatabase() : null;
    const handle = connect({ databaseUrl: url, sqlitePath, poolSize: 4 });
    const db = handle.db;
    let resumed: JobWorker | null = null;
    try {
      await migrateToLatest(db);
      const build = factories(db);
      const workspace = await build.workspace();
      const admin = await build.user({ workspace, role: 'admin' });
      const heir = await build.user({ workspace, role: 'manager' });
      const total = 6000;
      await insertPlainContacts(db, workspace.id, admin.id, total, 'Crash');
      const actor = await actorForUser(db, admin, { ip: null, userAgent: null, requestId: null });
      const started = await startClientBulk(db, actor, CONTACT, { match: { ownerId: admin.id }, action: 'assign_owner', ownerId: heir.id });
      if (started.status !== 202) throw new Error('expected a job');
      const progress = () => db.selectFrom('job_progress').selectAll().where('job_id', '=', started.jobId).executeTakeFirstOrThrow();

      const doomed = runTs('test/fixtures/bulk-job-process.ts', url ? [sqlitePath, url] : [sqlitePath], {});
      await waitFor(async () => (await progress()).done > 0, 60_000, 'the first chunk');
      doomed.child.kill('SIGKILL');
      await doomed.exited;

      const atCrash = await progress();
      expect(atCrash.state).toBe('running');
      expect(atCrash.done, 'the worker died before the end').toBeLessThan(total);
      // Exactly the committed chunks are applied, each record with its history.
      const moved = await db.selectFrom('contacts').select('id').where('workspace_id', '=', workspace.id).where('owner_id', '=', heir.id).execute();
      expect(moved).toHaveLength(atCrash.done);
      const versionsAtCrash = await db.selectFrom('record_versions').select('id').where('workspace_id', '=', workspace.id).where('entity_type', '=', 'contact').execute();
      expect(versionsAtCrash).toHaveLength(atCrash.done);

      resumed = new JobWorker({ db, dialect, logger: silentLogger(), pollMs: 20, maintenanceMs: 100 });
      registerRecordBulkJobs(resumed.registry);
      resumed.start();
      const end = await eventually(async () => {
        const row = await progress();
        expect(row.state).toBe('done');
        return row;
      }, 300_000, 50);
      expect(end.done).toBe(total);
      const contacts = await db.selectFrom('contacts').select(['owner_id', 'version']).where('workspace_id', '=', workspace.id).execute();
      expect(contacts.every((c) => c.owner_id === heir.id && c.version === 2)).toBe(true);
      const versions = await db.selectFrom('record_versions').select('entity_id').where('workspace_id', '=', workspace.id).where('entity_type', '=', 'contact').execute();
      expect(versions).toHaveLength(total);
      expect(new Set(versions.map((v) => v.entity_id)).size).toBe(total);
      const job = await db.selectFrom('jobs').select(['status', 'attempts']).where('id', '=', started.jobId).executeTakeFirstOrThrow();
      expect(job.status).toBe('done');
      // Taken back at least once (more if the doomed worker's own lease lapsed on a loaded machine).
      expect(job.attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await resumed?.stop();
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
