import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createPgDatabase } from './db.js';
import { connect } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { enqueueJob } from '../src/platform/jobs/jobs.service.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(root, 'test/fixtures/job-worker-process.ts');

/** Runs the worker script in its own Node process; resolves with its stdout, rejects on a non-zero exit. */
function runWorkerProcess(url: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // tsx 4 on Node 20.6+: `--import tsx` registers its loader for ESM and CommonJS alike.
    const child = spawn(process.execPath, ['--import', 'tsx', script, url, name], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${name} exited with ${code}: ${err}`))));
  });
}

describe('jobs on postgres, two processes', () => {
  it('never run one job twice', { timeout: 90_000 }, async () => {
    const url = await createPgDatabase();
    const handle = connect({ databaseUrl: url, poolSize: 4 });
    const db = handle.db;
    try {
      await migrateToLatest(db);
      await sql`create table job_runs (job_id text not null, worker text not null)`.execute(db);
      await sql`create table worker_ready (name text primary key)`.execute(db);
      const ids: string[] = [];
      for (let i = 0; i < 200; i++) ids.push(await enqueueJob(db, { type: 'test.record', payload: { i } }));

      const outputs = await Promise.all([runWorkerProcess(url, 'alpha'), runWorkerProcess(url, 'beta')]);
      const reports = outputs.map((o) => JSON.parse(o.trim().split('\n').pop()!) as { name: string; ran: number });

      const runs = await sql<{ job_id: string; worker: string }>`select job_id, worker from job_runs`.execute(db);
      expect(runs.rows).toHaveLength(200);
      expect(new Set(runs.rows.map((r) => r.job_id))).toEqual(new Set(ids));
      for (const report of reports) {
        expect(report.ran, `${report.name} did some of the work`).toBeGreaterThan(0);
        expect(runs.rows.filter((r) => r.worker === report.name)).toHaveLength(report.ran);
      }
      const statuses = await db.selectFrom('jobs').select(['status', 'attempts']).where('type', '=', 'test.record').execute();
      expect(statuses.every((s) => s.status === 'done' && s.attempts === 1)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
