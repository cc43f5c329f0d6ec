/**
 * The long run of the API fuzzer (test/fuzz): `npm run bench -- --only fuzz [--requests 100000]`
 * drives every operation of the OpenAPI document with generated requests through the in-process
 * server and reports failures (5xx, undocumented statuses, bodies off their schema) instead of
 * stopping at the first.
 */
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { exposeRoutes } from '../../test/documented-statuses.js';
import { TestClient } from '../../test/client.js';
import { factories } from '../../test/factories.js';
import { fuzzActors, fuzzApi, type FuzzReport } from '../../test/fuzz/fuzz-api.js';
import { stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

/** Runs `requests` generated requests in rounds of 10,000 (a fresh workspace each) and sums the reports. */
export async function benchFuzz(ctx: SuiteContext, requests: number, seed: number): Promise<{ results: Result[]; report: FuzzReport }> {
  const handle = await ctx.dbs.open(ctx.dialect, 'fuzz');
  const config = loadConfig({ DATA_DIR: `${ctx.dbs.tmpDir}/fuzz-data`, RUN_WORKERS: '0', AUTH_RATE_LIMIT: '1000000' });
  const app = await buildApp({ db: handle.db, dialect: ctx.dialect, config, logger: false });
  exposeRoutes(app);
  await app.ready();
  const server = {
    app,
    build: factories(handle.db),
    async as(user: { email: string; password: string }) {
      const client = new TestClient(app);
      const res = await client.post('/api/v1/auth/sign-in', { email: user.email, password: user.password });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
      return client;
    },
  };
  const total: FuzzReport = { requests: 0, ms: 0, byStatus: {}, operationsWith2xx: 0, operations: 0, failures: [], known: {}, latencies: [] };
  try {
    for (let done = 0, round = 0; done < requests; round++) {
      const runs = Math.min(10_000, requests - done);
      const actors = await fuzzActors(server);
      const report = await fuzzApi(server, actors, { runs, seed: seed + round, assert: false });
      done += runs;
      total.requests += report.requests;
      total.ms += report.ms;
      total.operations = report.operations;
      total.operationsWith2xx = Math.max(total.operationsWith2xx, report.operationsWith2xx);
      for (const [status, n] of Object.entries(report.byStatus)) total.byStatus[Number(status)] = (total.byStatus[Number(status)] ?? 0) + n;
      for (const [issue, n] of Object.entries(report.known)) total.known[issue] = (total.known[issue] ?? 0) + n;
      total.failures.push(...report.failures);
      for (const ms of report.latencies) total.latencies.push(ms);
      ctx.log(`fuzz ${ctx.dialect}: ${done.toLocaleString('en-US')} requests, ${total.failures.length} failures`);
    }
  } finally {
    await app.close();
  }
  const statuses = Object.entries(total.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ');
  const results: Result[] = [{
    operation: 'fuzz: generated request, any operation',
    dialect: ctx.dialect,
    size: `${total.requests.toLocaleString('en-US')} requests`,
    op: stats(total.latencies),
    floor: null,
    rate: { op: (total.requests / total.ms) * 1000, floor: null, unit: 'requests/s' },
    note: `${total.failures.length} failures; ${Object.values(total.known).reduce((a, b) => a + b, 0)} known (${Object.keys(total.known).join('; ') || 'none'}); statuses ${statuses}; ${total.operationsWith2xx}/${total.operations} operations reached 2xx`,
  }];
  return { results, report: total };
}
