import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgDatabase, DIALECTS } from './db.js';
import { factories } from './factories.js';
import { silentLogger } from './fixtures/platform-helpers.js';
import { connect, type DatabaseHandle } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/platform/config.js';
import { JobRegistry } from '../src/platform/jobs/jobs.registry.js';
import { RATE_LIMIT_CLEANUP_JOB, registerHousekeeping } from '../src/platform/jobs/jobs.housekeeping.js';
import { newId } from '../src/platform/ids.js';

/** Two connections to one database, as two processes would have: two pools, or two SQLite handles on one file. */
async function twoConnections(dialect: Dialect): Promise<[DatabaseHandle, DatabaseHandle]> {
  if (dialect === 'postgres') {
    const url = await createPgDatabase();
    return [connect({ databaseUrl: url, poolSize: 3 }), connect({ databaseUrl: url, poolSize: 3 })];
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-rl-')), 'kartoteka.db');
  return [connect({ sqlitePath: file }), connect({ sqlitePath: file })];
}

describe.each(DIALECTS)('sign-in rate limits across two app instances on one %s database', (dialect) => {
  const apps: FastifyInstance[] = [];
  const handles: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
  });

  it('share one count per address and route, and start again when the window ends', async () => {
    const [one, two] = await twoConnections(dialect);
    handles.push(one, two);
    await migrateToLatest(one.db);
    const config = loadConfig({ DATA_DIR: '/tmp/kartoteka-test', RUN_WORKERS: '0', AUTH_RATE_LIMIT: '4' });
    const [a, b] = await Promise.all([one, two].map((h) => buildApp({ db: h.db, dialect, config, logger: false })));
    apps.push(a!, b!);
    const user = await factories(one.db).user();

    // Wrong attempts each name a different nobody: an unknown email locks like an account after repeated
    // failures (so it cannot be told from one), and that lockout must stay out of the way here.
    let nobody = 0;
    const attempt = (app: FastifyInstance, ip = '203.0.113.7', who = { email: `nobody${nobody++}@example.test`, password: 'wrong-password-1' }) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: ip, payload: { email: who.email, password: who.password } });

    // Four attempts allowed in the minute, spread over both instances; each alone would allow four.
    expect((await attempt(a!)).statusCode).toBe(401);
    expect((await attempt(b!)).statusCode).toBe(401);
    expect((await attempt(a!)).statusCode).toBe(401);
    expect((await attempt(b!)).statusCode).toBe(401);
    for (const app of [a!, b!]) {
      const limited = await attempt(app);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      const seconds = Number(/try again in (\d+) s/.exec(limited.json().error.message)?.[1]);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(60);
      // Even the right password waits: the limit is on attempts, not failures.
      expect((await attempt(app, '203.0.113.7', user)).statusCode).toBe(429);
    }

    // Concurrent attempts from a second address never over-admit: exactly four get through.
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(i % 2 ? a! : b!, '198.51.100.9')));
    expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(4);
    expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(6);

    // Another route keeps its own count.
    const accept = await b!.inject({ method: 'POST', url: '/api/v1/auth/accept-invite', remoteAddress: '203.0.113.7', payload: { token: 'made-up', password: 'long-enough-password' } });
    expect(accept.statusCode).toBe(400);

    // When the window ends (moved into the past here), the address may try again, on either instance.
    await one.db.updateTable('rate_limit_buckets').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).execute();
    expect((await attempt(b!, '203.0.113.7', user)).statusCode).toBe(200);
    expect((await attempt(a!)).statusCode).toBe(401);

    // The hourly clean-up deletes ended windows and keeps running ones.
    await one.db.updateTable('rate_limit_buckets').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('key', 'like', '%198.51.100.9').execute();
    const registry = new JobRegistry();
    registerHousekeeping(registry);
    const at = new Date().toISOString();
    await registry.handlerFor(RATE_LIMIT_CLEANUP_JOB)!(
      { id: newId(), type: RATE_LIMIT_CLEANUP_JOB, payload: null, workspaceId: null, attempts: 1, maxAttempts: 5, runAt: at, uniqueKey: null, createdAt: at },
      { db: two.db, logger: silentLogger(), workerId: 'test' },
    );
    const left = await two.db.selectFrom('rate_limit_buckets').select(['key', 'count']).orderBy('key').execute();
    // The accept-invite window ended with the others above; the new sign-in window runs, and so does
    // the failure count of the last (unknown) email tried, kept under its hash like an account's.
    expect(left).toEqual([{ key: 'POST/api/v1/auth/sign-in-203.0.113.7', count: 2 }, { key: expect.stringMatching(/^sign-in-failures:/), count: 1 }]);
  });
});
