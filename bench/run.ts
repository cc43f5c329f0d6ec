/**
 * `npm run bench [-- --size 100000 --only generator,insert,fetch,update,http,contacts,load,storage,profile,bulk,fuzz,company-create,sales,activities,web,import --dialect sqlite|postgres|both --requests 20000 --connections 4 --load-requests 2000 --out file.md]`
 * Options may also come from BENCH_SIZE, BENCH_ONLY, BENCH_DIALECT, BENCH_REQUESTS, BENCH_CONNECTIONS, BENCH_LOAD_REQUESTS. PostgreSQL is
 * BENCH_DATABASE_URL, or a throwaway embedded server. All data lives in a temporary directory that
 * is removed at the end; everything listens on 127.0.0.1 only and every loop is bounded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dialect } from '../src/db/database.js';
import { createGenerator } from '../src/platform/demo/generator.js';
import { BenchDatabases } from './databases.js';
import { formatTable, type Result } from './harness.js';
import type { SuiteContext } from './suites/context.js';
import { benchFetchUser, benchInsertUsers, fillUsers, type FilledUsers } from './suites/users-table.js';
import { benchHttpMe } from './suites/http-me.js';
import { benchUpdateUser } from './suites/update-user.js';
import { benchGenerator } from './suites/generator.js';
import { benchContacts } from './suites/contacts.js';
import { benchHttpLoad } from './suites/http-load.js';
import { benchStorage } from './suites/storage.js';
import { benchProfile } from './suites/profile.js';
import { benchFuzz } from './suites/fuzz.js';
import { benchBulk } from './suites/bulk.js';
import { benchSales } from './suites/sales.js';
import { benchActivities } from './suites/activities.js';

// `fuzz` runs only when named (`--only fuzz`): it checks the API contract rather than measuring speed.
const SUITES = ['generator', 'insert', 'fetch', 'update', 'http', 'contacts', 'load', 'storage', 'profile', 'bulk', 'fuzz', 'dup-quality', 'dup-rebuild', 'company-create', 'sales', 'activities', 'analytics', 'web', 'import'] as const;
// `company-create` (hundreds of thousands of service writes), `analytics` and `import` also run only when named,
// and so does `web` (it needs a built app, `npm run build`, and Debian's Chromium).
const DEFAULT_SUITES = SUITES.filter((s) => s !== 'fuzz' && s !== 'company-create' && s !== 'analytics' && s !== 'web' && s !== 'import');
type Suite = (typeof SUITES)[number];

interface Options {
  size: number;
  only: Set<Suite>;
  dialects: Dialect[];
  requests: number;
  connections: number;
  loadRequests: number;
  out: string | null;
}

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

function parseOptions(): Options {
  const only = (arg('only') ?? process.env.BENCH_ONLY ?? DEFAULT_SUITES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of only) if (!SUITES.includes(name as Suite)) throw new Error(`--only: unknown benchmark "${name}" (known: ${SUITES.join(', ')})`);
  const dialect = arg('dialect') ?? process.env.BENCH_DIALECT ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(dialect)) throw new Error(`--dialect must be sqlite, postgres or both, got "${dialect}"`);
  return {
    size: positiveInt(arg('size') ?? process.env.BENCH_SIZE, 100_000, 'size'),
    only: new Set(only as Suite[]),
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as Dialect],
    requests: positiveInt(arg('requests') ?? process.env.BENCH_REQUESTS, 20_000, 'requests'),
    connections: positiveInt(arg('connections') ?? process.env.BENCH_CONNECTIONS, 4, 'connections'),
    loadRequests: positiveInt(arg('load-requests') ?? process.env.BENCH_LOAD_REQUESTS, 2000, 'load-requests'),
    out: arg('out') ?? null,
  };
}

function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; load average ${load}`;
}

async function runDialect(ctx: SuiteContext, options: Options, results: Result[], extra: string[]): Promise<void> {
  let filled: FilledUsers | null = null;
  if (options.only.has('insert')) {
    ctx.log(`insert ${ctx.size} users (repository path and bare driver)`);
    filled = await benchInsertUsers(ctx);
    results.push(...filled.results);
  }
  if (!filled && (options.only.has('fetch') || options.only.has('update'))) {
    ctx.log(`fill ${ctx.size} users (bare driver, not measured)`);
    filled = await fillUsers(ctx);
  }
  if (options.only.has('fetch')) {
    ctx.log('fetch user by id');
    results.push(...(await benchFetchUser(ctx, filled!)));
  }
  if (options.only.has('update')) {
    ctx.log('record update (updateMe)');
    results.push(...(await benchUpdateUser(ctx, filled!)));
  }
  if (options.only.has('http')) {
    ctx.log(`GET /api/v1/me × ${options.requests} (and the same to a bare Fastify)`);
    results.push(...(await benchHttpMe(ctx, options.requests, options.connections)));
  }
  if (options.only.has('contacts')) {
    ctx.log(`client base at ${ctx.size.toLocaleString('en-US')} contacts: list, search, card, create`);
    results.push(...(await benchContacts(ctx)));
  }
  if (options.only.has('load')) {
    ctx.log(`HTTP load at ${ctx.size.toLocaleString('en-US')} contacts: 16 connections, ${options.loadRequests} requests per path, next to a bare Fastify + driver floor`);
    results.push(...(await benchHttpLoad(ctx, options.loadRequests)));
  }
  if (options.only.has('storage')) {
    ctx.log(`storage per contact at ${ctx.size.toLocaleString('en-US')} contacts`);
    extra.push(await benchStorage(ctx));
  }
  if (options.only.has('profile')) {
    ctx.log(`where a request's time goes, at ${ctx.size.toLocaleString('en-US')} contacts`);
    extra.push(await benchProfile(ctx));
  }
  if (options.only.has('fuzz')) {
    const requests = arg('requests') ?? process.env.BENCH_REQUESTS ? options.requests : 100_000;
    ctx.log(`fuzz: ${requests.toLocaleString('en-US')} generated requests over every operation`);
    const { results: fuzzResults, report } = await benchFuzz(ctx, requests, 20261207);
    results.push(...fuzzResults);
    for (const failure of [...new Set(report.failures.map((f) => f.slice(0, 300)))].slice(0, 50)) ctx.log(`fuzz failure: ${failure}`);
  }
  if (options.only.has('dup-quality') || options.only.has('dup-rebuild')) await (await import('./suites/dup-quality.js')).runDuplicateSuites(ctx, options.only as Set<string>, results, extra);
  if (options.only.has('company-create')) {
    ctx.log(`creating ${ctx.size.toLocaleString('en-US')} companies with 4 linked people each, rate per 10,000`);
    results.push(...(await (await import('./suites/company-create.js')).benchCompanyCreate(ctx)));
  }
  if (options.only.has('bulk')) {
    ctx.log(`bulk change of owner on ${ctx.size.toLocaleString('en-US')} contacts, with a concurrent list`);
    results.push(...(await benchBulk(ctx)));
  }
  if (options.only.has('sales')) {
    ctx.log(`sales at ${ctx.size.toLocaleString('en-US')} deals: board, stage move, deal list`);
    results.push(...(await benchSales(ctx)));
  }
  if (options.only.has('activities')) {
    ctx.log(`activities: my day and a calendar month of a user with ${Math.max(ctx.size, 100_000).toLocaleString('en-US')} activities`);
    results.push(...(await benchActivities(ctx)));
  }
  if (options.only.has('import')) {
    ctx.log(`import of ${ctx.size.toLocaleString('en-US')} contact rows through the import job, and their CSV export`);
    const run = await (await import('./suites/import.js')).benchImport(ctx);
    results.push(...run.results);
    extra.push(run.notes);
  }
  if (options.only.has('analytics')) {
    ctx.log(`analytics widgets at ${Math.max(ctx.size, 20_000).toLocaleString('en-US')} deals`);
    results.push(...(await (await import('./suites/analytics.js')).benchAnalytics(ctx)));
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartoteka-bench-'));
  const dbs = new BenchDatabases(tmpDir);
  const generator = createGenerator();
  const results: Result[] = [];
  const notes: string[] = [];
  const extra: string[] = [];
  const started = Date.now();
  const log = (m: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const cleanup = async () => {
    await dbs.close().catch((e: Error) => console.error(`cleanup: ${e.message}`));
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  const before = machine();
  try {
    if (options.only.has('generator')) {
      log('generator: 1,000,000 people and 100,000 companies');
      results.push(...(await benchGenerator({ generator })));
    }
    if (options.only.has('web')) {
      // One install on SQLite whatever --dialect says: the time measured is the browser's.
      const web = await (await import('./suites/web.js')).benchWeb(log);
      results.push(...web.results);
      extra.push(web.lines.join('\n'));
    }
    for (const dialect of options.dialects) {
      if (dialect === 'postgres') {
        try {
          log('starting PostgreSQL');
          await dbs.startPostgres();
        } catch (error) {
          notes.push(`PostgreSQL not measured: ${(error as Error).message}`);
          continue;
        }
      }
      if (!['insert', 'fetch', 'update', 'http', 'contacts', 'load', 'storage', 'profile', 'bulk', 'fuzz', 'dup-quality', 'dup-rebuild', 'company-create', 'sales', 'activities', 'analytics', 'import'].some((s) => options.only.has(s as Suite))) continue;
      await runDialect({ dialect, size: options.size, dbs, generator, log }, options, results, extra);
    }
  } finally {
    await cleanup();
  }
  const report = [
    `Machine at start: ${before}`,
    `Machine at end:   ${machine()}`,
    `PostgreSQL: ${dbs.postgresSource}. SQLite: file in ${os.tmpdir()}, WAL, synchronous=NORMAL (as the app opens it).`,
    `Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ...notes,
    '',
    formatTable(results),
    '',
    'ratio = p95 of the operation / p95 of its floor (the same work with the bare driver or a bare Fastify, measured interleaved in the same run).',
    ...extra.flatMap((e) => ['', e]),
  ].join('\n');
  console.log(`\n${report}`);
  if (options.out) fs.writeFileSync(options.out, `${report}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
