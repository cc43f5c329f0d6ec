/**
 * Duplicates: quality and rebuild speed (`--only dup-quality,dup-rebuild`).
 *
 * dup-quality: a base of `--size` people (default 100,000) at size/10 companies with planted
 * duplicates of every kind and hard negatives (see dup-plant.ts), written through the bare driver
 * with the derived rows the app writes (contact points and blocking keys from the app's own
 * functions, no pairs), then the app's full pairs rebuild; prints recall per kind, the hard
 * negatives wrongly called likely, and precision and recall overall at the "likely" threshold.
 *
 * dup-rebuild: the same fill without plants, then the rebuild timed (records/s) against a floor:
 * the bare-driver self-join of contact points that yields the raw candidate pairs, the least a
 * blocking-key rebuild must read.
 */
import { loadavg } from 'node:os';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import type { DatabaseHandle } from '../../src/db/connect.js';
import '../../src/modules/index.js';
import { matchKeyValues } from '../../src/modules/contacts/client-derived.js';
import { nameColumns } from '../../src/modules/contacts/client-columns.js';
import { taxIdKey } from '../../src/modules/contacts/client-names.js';
import { contactPointValues, normalizeEmails, normalizePhones } from '../../src/modules/contacts/client-points.js';
import { LIKELY_THRESHOLD, LIST_THRESHOLD } from '../../src/modules/duplicates/duplicate-evidence.js';
import { rebuildPairs } from '../../src/modules/duplicates/duplicate-rebuild.js';
import { pairsOf } from '../../src/modules/duplicates/duplicate-pairs.js';
import * as pairRows from '../../src/modules/duplicates/duplicate-pairs.repository.js';
import { duplicateKind } from '../../src/modules/duplicates/duplicate-kinds.js';
import { createWorkspace } from '../../src/modules/workspaces/workspaces.service.js';
import type { Executor } from '../../src/db/database.js';
import { stats, timeOnce, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';
import { COMPANY_KINDS, NEGATIVE_KINDS, pairKey, PERSON_KINDS, plantDuplicates, type CompanySpec, type PersonSpec, type Planted } from './dup-plant.js';

// The workspace's client countries: a number typed nationally is read in each.
const COUNTRIES = ['RU', 'BG', 'GB'];
const AT = '2025-01-01T00:00:00.000Z';
const OWNER = '019ab0d3-0000-7000-8000-000000000000';

/** Phones as the app stores them; a number valid in several client countries is read in the one the user would pick (the person's own). */
function storedPhones(phones: string[], own: string) {
  try {
    return normalizePhones(phones.map((value) => ({ value })), COUNTRIES, 'mobile');
  } catch {
    return normalizePhones(phones.map((value) => ({ value })), own, 'mobile');
  }
}

const common = (id: string, ws: string, title: string, phones: string[], emails: string[], website: string | null, own = 'RU') => ({
  id, workspace_id: ws, owner_id: OWNER, phones: JSON.stringify(storedPhones(phones, own)),
  emails: JSON.stringify(normalizeEmails(emails.map((value) => ({ value })))), messengers: '[]', addresses: '[]', website, tags: '[]', custom: '{}',
  notes: null, source: null, ...nameColumns(title), last_activity_at: null, created_by: null, created_at: AT, updated_at: AT, deleted_at: null,
  deleted_by: null, merged_into_id: null, version: 1,
});

async function insertChunked(db: Kysely<any>, table: string, rows: Array<Record<string, unknown>>, chunk = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db.insertInto(table).values(rows.slice(i, i + chunk)).execute();
}

/** Writes the planted base as the app would have (rows, contact points, blocking keys, links), in batches. */
async function fill(handle: DatabaseHandle, planted: Planted, log: (m: string) => void): Promise<string> {
  const db = handle.db as unknown as Kysely<any>;
  const ws = await handle.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Dup bench', locale: 'en', timeZone: 'Europe/Sofia', defaultCountry: 'RU', defaultCurrency: 'EUR' }));
  await db.insertInto('users').values({ id: OWNER, workspace_id: ws.id, email: 'owner@bench.local', name: 'Owner', password_hash: null, role: 'admin', department_id: null, locale: 'en', time_zone: 'Europe/Sofia', is_active: 1, failed_sign_ins: 0, created_at: AT, updated_at: AT, version: 1 }).execute();
  const points = (entityType: 'contact' | 'company', id: string, row: Record<string, unknown>) => [
    ...contactPointValues({ phones: JSON.parse(String(row.phones)), emails: JSON.parse(String(row.emails)), messengers: [] }),
    ...matchKeyValues({ entityType }, row),
  ].map((p) => ({ workspace_id: ws.id, entity_type: entityType, entity_id: id, kind: p.kind, value: p.value }));
  const companyRows = planted.companies.map((c: CompanySpec) => ({ ...common(c.id, ws.id, c.name, c.phones, [], c.website), name: c.name, legal_name: null, tax_id: c.taxId, tax_id_key: taxIdKey(c.taxId), industry: null, size: null }));
  await handle.db.transaction().execute(async (trx) => {
    await insertChunked(trx as unknown as Kysely<any>, 'companies', companyRows);
    await insertChunked(trx as unknown as Kysely<any>, 'contact_points', dedupePoints(companyRows.flatMap((row) => points('company', row.id, row))), 500);
  });
  for (let start = 0; start < planted.people.length; start += 5000) {
    const part = planted.people.slice(start, start + 5000);
    const rows = part.map((p: PersonSpec) => ({
      ...common(p.id, ws.id, p.displayName, p.phones, p.emails, null, p.phoneCountry), first_name: p.firstName, middle_name: p.middleName, last_name: p.lastName,
      display_name: p.displayName, position: null, birthday: p.birthday, status: 'lead',
    }));
    const links = part.filter((p) => p.companyIndex !== null).map((p, k) => ({
      id: `019ab0d4-0000-7000-8000-${(start + k).toString(16).padStart(12, '0')}`, workspace_id: ws.id, contact_id: p.id, company_id: planted.companies[p.companyIndex!]!.id,
      role: null, started_on: null, ended_on: null, created_at: AT, updated_at: AT, version: 1,
    }));
    await handle.db.transaction().execute(async (trx) => {
      const t = trx as unknown as Kysely<any>;
      await insertChunked(t, 'contacts', rows, 100);
      await insertChunked(t, 'contact_points', dedupePoints(rows.flatMap((row) => points('contact', row.id, row))), 500);
      await insertChunked(t, 'contact_companies', links, 500);
    });
    if ((start / 5000) % 10 === 0) log(`  ${(start + part.length).toLocaleString('en-US')} people`);
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');
  return ws.id;
}

function dedupePoints<T extends { entity_id: string; kind: string; value: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(`${r.entity_id}\u0000${r.kind}\u0000${r.value}`) && !!seen.add(`${r.entity_id}\u0000${r.kind}\u0000${r.value}`));
}

async function rebuildAll(db: Kysely<Database>, ws: string): Promise<number> {
  let records = 0;
  for (const entity of ['contact', 'company']) records += await rebuildPairs(db, entity, ws, (work) => db.transaction().execute((trx) => work(trx as unknown as Executor)));
  return records;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** Planted duplicates found per kind, hard negatives wrongly called likely, precision and recall overall. */
export async function benchDuplicateQuality(ctx: SuiteContext): Promise<{ results: Result[]; report: string }> {
  const handle = await ctx.dbs.open(ctx.dialect, 'dup-quality');
  const planted = plantDuplicates(ctx.generator, ctx.size);
  ctx.log(`dup-quality: ${planted.people.length.toLocaleString('en-US')} people, ${planted.companies.length.toLocaleString('en-US')} companies (not measured)`);
  const ws = await fill(handle, planted, ctx.log);
  let records = 0;
  const ms = await timeOnce(async () => { records = await rebuildAll(handle.db, ws); });
  const rows = await (handle.db as unknown as Kysely<any>).selectFrom('duplicate_pairs').select(['a_id', 'b_id', 'score', 'details']).where('workspace_id', '=', ws).execute();
  const likely = new Set(rows.filter((r) => Number(r.score) >= LIKELY_THRESHOLD).map((r) => pairKey(String(r.a_id), String(r.b_id))));
  const listed = new Set(rows.filter((r) => Number(r.score) >= LIST_THRESHOLD).map((r) => pairKey(String(r.a_id), String(r.b_id))));
  const allTruth = new Set([...planted.truth.values()].flatMap((s) => [...s]));
  const lines = [`Duplicates quality on ${ctx.dialect}: ${planted.people.length.toLocaleString('en-US')} people, ${planted.companies.length.toLocaleString('en-US')} companies; "likely" = score >= ${LIKELY_THRESHOLD}, "listed" = score >= ${LIST_THRESHOLD}.`, '', '| kind | planted | likely | recall | listed |', '|---|---:|---:|---:|---:|'];
  for (const kind of [...PERSON_KINDS, ...COMPANY_KINDS]) {
    const pairs = [...(planted.truth.get(kind) ?? [])];
    const found = pairs.filter((p) => likely.has(p)).length;
    lines.push(`| ${kind} | ${pairs.length} | ${found} | ${pct(found, pairs.length)} | ${pct(pairs.filter((p) => listed.has(p)).length, pairs.length)} |`);
  }
  lines.push('', '| hard negative | pairs | called likely | listed |', '|---|---:|---:|---:|');
  for (const kind of NEGATIVE_KINDS) {
    const pairs = [...(planted.negatives.get(kind) ?? [])];
    lines.push(`| ${kind} | ${pairs.length} | ${pairs.filter((p) => likely.has(p)).length} | ${pairs.filter((p) => listed.has(p)).length} |`);
  }
  const tp = [...likely].filter((p) => allTruth.has(p)).length;
  lines.push('', `Overall at "likely": recall ${pct(tp, allTruth.size)} (${tp} of ${allTruth.size}), precision ${pct(tp, likely.size)} (${likely.size - tp} false of ${likely.size}).`);
  const falseOnes = rows.filter((r) => Number(r.score) >= LIKELY_THRESHOLD && !allTruth.has(pairKey(String(r.a_id), String(r.b_id)))).slice(0, Number(process.env.DUP_SAMPLES ?? 0));
  for (const r of falseOnes) {
    const [a, b] = [planted.people.find((p) => p.id === r.a_id) ?? planted.companies.find((c) => c.id === r.a_id), planted.people.find((p) => p.id === r.b_id) ?? planted.companies.find((c) => c.id === r.b_id)];
    lines.push(`  false: ${r.score} ${JSON.stringify(r.details)} ${JSON.stringify(a)} ${JSON.stringify(b)}`);
  }
  lines.push(`Rebuild of ${records.toLocaleString('en-US')} records: ${(ms / 1000).toFixed(1)} s (${Math.round(records / (ms / 1000)).toLocaleString('en-US')} records/s), ${rows.length.toLocaleString('en-US')} pairs stored; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
  lines.push('', await blockSizes(handle.db as unknown as Kysely<any>, ws));
  return { results: [], report: lines.join('\n') };
}

/** How many records hold each fuzzy name blocking key (the cap is 12), and keys per person. */
async function blockSizes(db: Kysely<any>, ws: string): Promise<string> {
  const rows = await sql<{ holders: number; n: number }>`SELECT holders, count(*) AS n FROM (SELECT count(*) AS holders FROM contact_points WHERE workspace_id = ${ws} AND kind = 'name' AND entity_type = 'contact' GROUP BY value) g GROUP BY holders`.execute(db);
  const buckets: Array<[string, (h: number) => boolean]> = [['1', (h) => h === 1], ['2', (h) => h === 2], ['3–5', (h) => h >= 3 && h <= 5], ['6–12', (h) => h >= 6 && h <= 12], ['13–50', (h) => h > 12 && h <= 50], ['> 50', (h) => h > 50]];
  const keys = rows.rows.reduce((sum, r) => sum + Number(r.n), 0);
  const points = rows.rows.reduce((sum, r) => sum + Number(r.n) * Number(r.holders), 0);
  const people = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM contacts WHERE workspace_id = ${ws}`.execute(db)).rows[0]?.n ?? 0);
  const lines = [`Fuzzy name blocking keys: ${keys.toLocaleString('en-US')} values, ${points.toLocaleString('en-US')} rows (${(points / Math.max(1, people)).toFixed(1)} per person).`, '', '| holders of a key | keys | share of keys |', '|---|---:|---:|'];
  for (const [label, test] of buckets) {
    const n = rows.rows.filter((r) => test(Number(r.holders))).reduce((sum, r) => sum + Number(r.n), 0);
    lines.push(`| ${label} | ${n.toLocaleString('en-US')} | ${pct(n, keys)} |`);
  }
  return lines.join('\n');
}

/** Peak heap and RSS while `work` runs, sampled every 50 ms. */
async function peakMemory<T>(work: () => Promise<T>): Promise<{ heapMb: number; rssMb: number }> {
  const mb = (n: number) => Math.round(n / 2 ** 20);
  let [heap, rss] = [0, 0];
  const sample = () => {
    const m = process.memoryUsage();
    [heap, rss] = [Math.max(heap, m.heapUsed), Math.max(rss, m.rss)];
  };
  const timer = setInterval(sample, 50);
  try {
    await work();
  } finally {
    clearInterval(timer);
    sample();
  }
  return { heapMb: mb(heap), rssMb: mb(rss) };
}

/** The full rebuild over `--size` people, against the bare self-join of their blocking keys. */
export async function benchDuplicateRebuild(ctx: SuiteContext): Promise<Result[]> {
  const handle = await ctx.dbs.open(ctx.dialect, 'dup-rebuild');
  const planted = plantDuplicates(ctx.generator, ctx.size);
  const ws = await fill(handle, { ...planted, truth: new Map(), negatives: new Map() }, ctx.log);
  const floorMs = await timeOnce(() => sql`SELECT count(*) FROM contact_points a JOIN contact_points b ON b.workspace_id = a.workspace_id AND b.kind = a.kind AND b.value = a.value AND b.entity_id > a.entity_id WHERE a.workspace_id = ${ws} AND a.entity_type = 'contact'`.execute(handle.db));
  let records = 0;
  let ms = 0;
  const before = process.memoryUsage();
  const peak = await peakMemory(async () => {
    ms = await timeOnce(async () => { records = await rebuildPairs(handle.db, 'contact', ws, (work) => handle.db.transaction().execute((trx) => work(trx as unknown as Executor))); });
  });
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const out: Result[] = [{
    operation: 'duplicates: full pairs rebuild (people)', dialect: ctx.dialect, size: `${records.toLocaleString('en-US')} contacts`,
    op: stats([ms]), floor: stats([floorMs]), rate: { op: records / (ms / 1000), floor: records / (floorMs / 1000), unit: 'records/s' },
    note: `Rebuild on ${ctx.dialect}: peak heap ${peak.heapMb} MB (${Math.round(before.heapUsed / 2 ** 20)} before), peak RSS ${peak.rssMb} MB (${Math.round(before.rss / 2 ** 20)} before), load average ${load}; floor = bare self-join of the blocking keys.`,
  }];
  if (process.env.DUP_PREVIOUS) {
    // The algorithm before decision 0040, for a comparison in the same run: a page of records at a time through the per-record path.
    const kind = duplicateKind('contact');
    let previous = 0;
    const previousMs = await timeOnce(async () => {
      for (let after: string | null = null; ;) {
        const ids = await pairRows.recordIdsAfter(handle.db, kind, ws, after, 1000);
        await handle.db.transaction().execute(async (trx) => pairRows.replacePairsFrom(trx, ws, 'contact', ids, await pairsOf(trx, kind, ws, ids, (self, other) => self < other), AT));
        previous += ids.length;
        if (ids.length < 1000) break;
        after = ids[ids.length - 1]!;
      }
    });
    out.push({ operation: 'duplicates: pairs rebuild by pages of set queries (before 0040)', dialect: ctx.dialect, size: `${previous.toLocaleString('en-US')} contacts`, op: stats([previousMs]), floor: stats([floorMs]), rate: { op: previous / (previousMs / 1000), floor: records / (floorMs / 1000), unit: 'records/s' } });
  }
  return out;
}

/** Runs the duplicates suites named in `--only` (`dup-quality`, `dup-rebuild`). */
export async function runDuplicateSuites(ctx: SuiteContext, only: ReadonlySet<string>, results: Result[], extra: string[]): Promise<void> {
  if (only.has('dup-quality')) {
    ctx.log(`duplicates quality at ${ctx.size.toLocaleString('en-US')} people`);
    const { results: measured, report } = await benchDuplicateQuality(ctx);
    results.push(...measured);
    extra.push(report);
  }
  if (only.has('dup-rebuild')) {
    ctx.log(`duplicates rebuild at ${ctx.size.toLocaleString('en-US')} people`);
    const measured = await benchDuplicateRebuild(ctx);
    results.push(...measured);
    extra.push(...measured.flatMap((r) => (r.note ? [r.note] : [])));
  }
}
