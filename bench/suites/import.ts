/**
 * Import of N contact rows through the real import job (upload -> draft -> run, in chunks, through
 * the record engine) from a CSV with messy phones, upper-case emails and about 5% duplicates
 * (matched by phone or email and skipped). DESIGN budget: >= 50,000 rows/s at 1M rows, RSS <= 300 MB.
 * Floor: the same people inserted through the bare driver with the same derived rows (contact
 * points, tags, search document), no history (bench/contact-rows.ts). Then the export of the
 * N imported contacts as CSV (the list export) against a bare SELECT turned into CSV lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pino } from 'pino';
import '../../src/modules/index.js';
import { findUser, actorForUser } from '../../src/modules/users/users.service.js';
import { uploadImport } from '../../src/modules/imports/imports.service.js';
import { runImport } from '../../src/modules/imports/import-run.service.js';
import { registerImportJobs } from '../../src/modules/imports/import-run.job.js';
import { exportList } from '../../src/modules/records/records.service.js';
import { recordType } from '../../src/platform/records/registry.js';
import { JobWorker } from '../../src/platform/jobs/jobs.worker.js';
import { fromJson } from '../../src/platform/json.js';
import { optimizeDatabase } from '../../src/db/optimize.js';
import type { DemoPerson } from '../../src/platform/demo/generator.js';
import { fillContacts } from '../contact-rows.js';
import { stats, timeOnce, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const csvCell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A phone as people type it: as the generator types it (national, spaces), E.164, bracketed, dashed, padded. */
function messyPhone(person: DemoPerson, i: number): string {
  const digits = person.phone.e164.replace(/\D/g, '');
  // The workspace reads phones as Russian ones: a national number of another country would not be one.
  const typed = person.phone.country === 'RU' ? person.phone.typed : person.phone.e164;
  switch (i % 5) {
    case 0: return typed;
    case 1: return person.phone.e164;
    case 2: return `+${digits.slice(0, digits.length - 10)} (${digits.slice(-10, -7)}) ${digits.slice(-7, -4)}-${digits.slice(-4, -2)}-${digits.slice(-2)}`;
    case 3: return typed.replace(/\s+/g, '-');
    default: return `  +${digits} `;
  }
}

/** Writes the CSV: row i is person i, except every 20th row repeats an earlier person's phone or email (a duplicate). */
async function writeCsv(file: string, ctx: SuiteContext, size: number): Promise<number> {
  const out = fs.createWriteStream(file);
  out.write('First name,Last name,Phone,Email,City,Tags\n');
  let duplicates = 0;
  for (let i = 0; i < size; i++) {
    const dup = i % 20 === 19;
    const person = ctx.generator.personAt(dup ? i - 11 : i);
    const own = ctx.generator.personAt(i);
    if (dup) duplicates++;
    const email = i % 3 === 0 ? person.email.toUpperCase() : person.email;
    const line = [own.firstName, own.lastName, dup && i % 40 === 39 ? '' : messyPhone(person, i), dup && i % 40 !== 39 ? '' : email, own.city, i % 7 === 0 ? 'VIP; опт' : ''];
    if (!out.write(`${line.map(csvCell).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return duplicates;
}

export async function benchImport(ctx: SuiteContext): Promise<{ results: Result[]; notes: string }> {
  const size = ctx.size;
  const label = `${size.toLocaleString('en-US')} rows`;
  const dataDir = path.join(ctx.dbs.tmpDir, `import-files-${ctx.dialect}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const csv = path.join(ctx.dbs.tmpDir, `import-${ctx.dialect}.csv`);
  ctx.log(`write a CSV of ${label} (messy phones, upper-case emails, 5% duplicates)`);
  const duplicates = await writeCsv(csv, ctx, size);

  const handle = await ctx.dbs.open(ctx.dialect, 'import');
  const filled = await fillContacts(handle, ctx.generator, 0, ctx.log);
  const db = handle.db;
  // As the server does at start: statistics of tables analyzed empty are dropped (db/optimize.ts),
  // or the planner would walk a whole index for every look-up of the import.
  await optimizeDatabase(db, { atStart: true });
  const user = await findUser(db, filled.workspaceId, filled.adminId);
  const actor = await actorForUser(db, user!, ctxNone);
  const draft = await uploadImport(db, actor, { dataDir, maxBytes: 4 * 1024 ** 3 }, { entity: 'contacts', fileName: 'bench.csv', body: fs.createReadStream(csv) });
  const mapped = fromJson<{ field: string | null }[]>(draft.mapping).map((m) => m.field);
  if (!['firstName', 'lastName', 'phones', 'emails', 'city', 'tags'].every((f) => mapped.includes(f))) throw new Error(`import bench: unexpected mapping ${mapped.join(',')}`);

  ctx.log(`import ${label} through the import job`);
  const chunks: number[] = [];
  let chunkRows = 0;
  const worker = new JobWorker({ db, dialect: ctx.dialect, logger: pino({ level: 'warn' }), pollMs: 10 });
  registerImportJobs(worker.registry, dataDir, (ms, rows) => { chunks.push(ms); chunkRows += rows; });
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 100);
  const started = await runImport(db, actor, draft.id, draft.version);
  const t0 = performance.now();
  worker.start();
  let state = 'queued';
  let lastLog = Date.now();
  try {
    while (state !== 'done' && state !== 'failed') {
      await sleep(200);
      const progress = await db.selectFrom('job_progress').select(['state', 'done']).where('job_id', '=', started.job.id).executeTakeFirstOrThrow();
      state = progress.state;
      if (Date.now() - lastLog > 30_000) { ctx.log(`  ${progress.done.toLocaleString('en-US')} rows, ${Math.round(progress.done / ((performance.now() - t0) / 1000))} rows/s`); lastLog = Date.now(); }
    }
  } finally {
    await worker.stop();
    clearInterval(sampler);
  }
  const jobMs = performance.now() - t0;
  const imp = await db.selectFrom('imports').select('counts').where('id', '=', draft.id).executeTakeFirstOrThrow();
  const counts = fromJson<{ created: number; skipped: number; failed: number; updated: number }>(imp.counts);
  if (state !== 'done') throw new Error(`import bench: the job ended ${state}`);
  const reasons = await db.selectFrom('import_failures').select((eb) => ['error', eb.fn.countAll<number>().as('n')]).where('import_id', '=', draft.id).groupBy('error').orderBy('n', 'desc').limit(3).execute();
  if (reasons.length > 0) ctx.log(`failed rows by reason: ${reasons.map((r) => `${r.error} (${r.n})`).join('; ')}`);

  ctx.log('floor: the same people through the bare driver with their derived rows');
  const floorHandle = await ctx.dbs.open(ctx.dialect, 'import-floor');
  const floorMs = await timeOnce(() => fillContacts(floorHandle, ctx.generator, size, () => undefined));

  ctx.log(`export the ${counts.created.toLocaleString('en-US')} imported contacts as CSV`);
  const kind = recordType('contact')!;
  const exportMs = await timeOnce(async () => {
    const result = await exportList(db, actor, kind, { sort: 'name' }, { format: 'csv', delimiter: ';' });
    let bytes = 0;
    for await (const chunk of result.chunks) bytes += chunk.length;
    if (bytes === 0) throw new Error('import bench: empty export');
  });
  const exportFloorMs = await timeOnce(async () => {
    let bytes = 0;
    const page = 1000;
    for (let after: string | null = null; ;) {
      let query = db.selectFrom('contacts').select(['id', 'display_name', 'phones', 'emails', 'tags', 'created_at']).where('workspace_id', '=', filled.workspaceId);
      if (after !== null) query = query.where('id', '>', after);
      const rows = await query.orderBy('id').limit(page).execute();
      for (const r of rows) bytes += [r.display_name, String(r.phones), String(r.emails), String(r.tags), r.created_at].map((v) => csvCell(String(v ?? ''))).join(';').length + 1;
      if (rows.length < page) break;
      after = rows[rows.length - 1]!.id;
    }
    if (bytes === 0) throw new Error('import bench: empty floor export');
  });

  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  const note = `created ${counts.created}, skipped ${counts.skipped} (planted ${duplicates} duplicates), failed ${counts.failed}; peak RSS ${mb(peakRss)} (${mb(rssBefore)} before the job)`;
  ctx.log(note);
  const results: Result[] = [
    {
      operation: 'CSV import of contacts (messy phones, 5% duplicates) through the import job vs bare-driver insert with derived rows',
      dialect: ctx.dialect, size: label, op: stats([jobMs]), floor: stats([floorMs]),
      rate: { op: (size / jobMs) * 1000, floor: (size / floorMs) * 1000, unit: 'rows/s' }, note,
    },
    {
      operation: `import job chunk (${chunks.length} chunks, ${Math.round(chunkRows / Math.max(1, chunks.length))} rows each on average)`,
      dialect: ctx.dialect, size: label, op: stats(chunks), floor: null, note,
    },
    {
      operation: 'CSV export of the imported contacts (list export, every column) vs bare SELECT to CSV lines',
      dialect: ctx.dialect, size: `${counts.created.toLocaleString('en-US')} rows`, op: stats([exportMs]), floor: stats([exportFloorMs]),
      rate: { op: (counts.created / exportMs) * 1000, floor: (counts.created / exportFloorMs) * 1000, unit: 'rows/s' },
    },
  ];
  return { results, notes: `Import on ${ctx.dialect} at ${label}: ${note}.` };
}
