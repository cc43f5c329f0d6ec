import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.js';
import { testServer } from '../server.js';
import { fuzzActors, fuzzApi } from './fuzz-api.js';

/** Requests per dialect in `npm test`; `npm run bench -- --only fuzz` runs 100,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

describe.each(DIALECTS)('the API under property-based fuzzing on %s', (dialect) => {
  it(`answers ${RUNS} generated requests over every operation with no 5xx, documented statuses and documented bodies`, async () => {
    const server = await testServer(dialect);
    const actors = await fuzzActors(server);
    const report = await fuzzApi(server, actors, { runs: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, assert: !process.env.FUZZ_COLLECT });
    if (process.env.FUZZ_COLLECT) console.info([...new Set(report.failures.map((f) => f.slice(0, 400)))].join('\n'));
    console.info(`fuzz ${dialect}: ${JSON.stringify({ ...report, failures: report.failures.length, latencies: undefined })}`);
    expect(report.requests).toBeGreaterThanOrEqual(RUNS);
    // 5xx, undocumented statuses and bodies off their schema are failures (thrown above, shrunk); known ones are counted apart.
    expect(report.failures).toEqual([]);
    const serverErrors = Object.entries(report.byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
    expect(serverErrors).toBe(Object.values(report.known).reduce((n, c) => n + c, 0));
    // The generators must get past validation on a good share of operations, or the fuzzing is shallow.
    expect(report.operationsWith2xx).toBeGreaterThan(report.operations * 0.3);
  }, 180_000);
});
