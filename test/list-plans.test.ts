import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from './db.js';
import { factories } from './factories.js';
import type { DatabaseHandle } from '../src/db/connect.js';
import type { Database, Dialect } from '../src/db/database.js';
import { listPage } from '../src/modules/records/records.service.js';
import { createField } from '../src/modules/custom-fields/custom-fields.service.js';
import { recordType } from '../src/platform/records/registry.js';
import { actorForUser } from '../src/modules/users/users.service.js';
import type { Actor } from '../src/platform/access/actor.js';
import { documentIdRange } from '../src/platform/search/search.index.js';
import { listPaths, UNINDEXED_FILTERS, type ListPath } from './list-paths.js';

const RECORD_TABLES = ['contacts', 'companies', 'deals', 'products'];

interface Captured { sql: string; parameters: readonly unknown[] }

/** The plan of one query, one line per step: SQLite's EXPLAIN QUERY PLAN details, PostgreSQL's EXPLAIN text (sequential scans off, so a missing index shows). */
async function planOf(handle: DatabaseHandle, query: Captured): Promise<string[]> {
  if (handle.raw.sqlite) {
    const rows = handle.raw.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.parameters as unknown[]) as { detail: string }[];
    return rows.map((r) => r.detail);
  }
  const client = await handle.raw.pool!.connect();
  try {
    await client.query('SET enable_seqscan = off');
    const res = await client.query(`EXPLAIN ${query.sql}`, query.parameters as unknown[]);
    return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
  } finally {
    await client.query('RESET enable_seqscan');
    client.release();
  }
}

const tableIn = (sqlText: string) => RECORD_TABLES.filter((t) => new RegExp(`from "${t}"|join "${t}"`, 'i').test(sqlText));

const hasFilter = (path: ListPath) => Boolean(path.query.filter || path.query.ownerId || path.query.status || path.query.tag || path.query.q || path.query.noActivityDays);

/** What is wrong with a plan for a path: a full scan of a record table, or the filtered column not used by an index. */
function problems(dialect: Dialect, path: ListPath, plan: string[], isCount: boolean): string[] {
  const found: string[] = [];
  const table = path.kind.table;
  // Counting a whole workspace reads every live row whatever the plan (SQLite rightly scans the table
  // when the workspace is all of it); notes have no index on purpose (see UNINDEXED_FILTERS).
  // So does counting the records with no activity: whether a record is idle is read from each one's dates.
  const countsAll = isCount && (!hasFilter(path) || Object.keys(path.query).every((k) => k === 'sort' || k === 'noActivityDays'));
  const unindexed = [...UNINDEXED_FILTERS].some((f) => path.query.filter?.includes(`"field":"${f}"`));
  for (const line of plan) {
    if (!countsAll && !unindexed && (dialect === 'sqlite' ? RECORD_TABLES.some((t) => new RegExp(`^SCAN ${t}\\b`).test(line)) : new RegExp(`Seq Scan on (${RECORD_TABLES.join('|')})\\b`).test(line))) {
      found.push(`full scan: ${line}`);
    }
  }
  if (!hasFilter(path) && dialect === 'sqlite'
    && plan.some((l) => l.includes('USE TEMP B-TREE FOR ORDER BY'))) {
    found.push('an unfiltered page sorts the whole table instead of walking an index');
  }
  if (path.query.q) {
    // The search index, never a scan of the documents.
    for (const line of plan) {
      if (dialect === 'sqlite' ? /^SCAN (search_documents|sd|d)\b/.test(line) : /Seq Scan on search_documents\b/.test(line)) found.push(`documents scanned: ${line}`);
    }
  }
  if (path.ranked && !isCount && dialect === 'sqlite' && plan.some((l) => l.includes('USE TEMP B-TREE FOR ORDER BY'))) {
    found.push('a ranked page sorts its matches instead of walking an index');
  }
  if (path.walks && !isCount) {
    const sorts = dialect === 'sqlite' ? plan.some((l) => l.includes('USE TEMP B-TREE FOR ORDER BY')) : plan.some((l) => /^\s*(->\s*)?(Incremental )?Sort\b/.test(l));
    if (sorts) found.push(`sorts its matches instead of walking ${path.walks}`);
    if (!plan.some((l) => l.includes(path.walks!))) found.push(`does not walk ${path.walks}`);
  }
  if (path.indexed) {
    const col = path.indexed;
    const used = dialect === 'sqlite'
      ? plan.some((l) => new RegExp(`^SEARCH ${table} USING (COVERING )?INDEX \\S+ \\(.*\\b${col}[=<>]`).test(l))
      : plan.some((l) => /Index Cond|Recheck Cond/.test(l) && new RegExp(`\\b${col}\\b`).test(l));
    if (!used) found.push(`no index condition on ${col}`);
  }
  return found;
}

const ROWS = 3000;

/**
 * Records with many distinct values in every column, then ANALYZE: plans are chosen from
 * statistics, and on empty tables any index looks as good as any other. The owners' users
 * belong to another workspace; these rows are only ever read through the plans.
 */
async function fillRecords(handle: DatabaseHandle, workspaceId: string, owners: string[]): Promise<void> {
  const iso = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  const core = (i: number, prefix: string) => ({
    id: `019ab0c1-0000-7000-8${prefix}00-${i.toString(16).padStart(12, '0')}`, workspace_id: workspaceId, owner_id: owners[i % owners.length]!,
    tags: '[]', custom: '{}', sort_name: `name ${i}`, created_at: iso(i), updated_at: iso(i), version: 1,
  });
  const base = (i: number, prefix: string) => ({
    ...core(i, prefix), phones: '[]', emails: '[]', messengers: '[]', addresses: '[]', website: i % 2 ? `site${i}.example` : null,
    notes: `note ${i}`, source: `source ${i % 300}`, name_key: `name ${i}`, last_activity_at: i % 2 ? iso(i) : null,
  });
  for (let at = 0; at < ROWS; at += 500) {
    const range = Array.from({ length: 500 }, (_, k) => at + k);
    await handle.db.insertInto('contacts').values(range.map((i) => ({
      ...base(i, '1'), first_name: `First ${i % 400}`, middle_name: i % 2 ? `Middle ${i % 300}` : null, last_name: `Last ${i % 900}`,
      display_name: `Person ${i}`, position: `Position ${i % 200}`, birthday: iso(i * 24).slice(0, 10), status: (['lead', 'client', 'former_client'] as const)[i % 3]!,
    }))).execute();
    await handle.db.insertInto('companies').values(range.map((i) => ({
      ...base(i, '2'), name: `Company ${i}`, legal_name: `Company ${i} LLC`, tax_id: `${100000 + i}`, tax_id_key: `${100000 + i}`,
      industry: `Industry ${i % 300}`, size: `size ${i % 300}`,
    }))).execute();
  }
  // Deals over the workspace's stages (every column with many values), and products.
  const stages = await handle.db.selectFrom('pipeline_stages').select(['id', 'pipeline_id', 'kind']).where('workspace_id', '=', workspaceId).execute();
  const reason = await handle.db.selectFrom('lost_reasons').select('id').where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
  for (let at = 0; at < ROWS; at += 500) {
    const range = Array.from({ length: 500 }, (_, k) => at + k);
    await handle.db.insertInto('deals').values(range.map((i) => {
      // As in a base some years old: one deal in ten still open, the rest won or lost.
      const open = stages.filter((st) => st.kind === 'open');
      const closedStages = stages.filter((st) => st.kind !== 'open');
      const stage = i % 10 === 0 ? open[(i / 10) % open.length]! : closedStages[i % closedStages.length]!;
      const closed = stage.kind === 'open' ? null : iso(i);
      return {
        ...core(i, '3'), source: `source ${i % 300}`, last_activity_at: i % 2 ? iso(i) : null, title: `Deal ${i}`, pipeline_id: stage.pipeline_id, stage_id: stage.id, board_position: `a${i.toString(36).padStart(4, '0')}`,
        stage_entered_at: iso(i), amount: i * 100, currency: ['EUR', 'USD', 'BGN', 'RUB'][i % 4]!, expected_close: iso(i * 24).slice(0, 10),
        closed_at: closed, won_at: stage.kind === 'won' ? closed : null, lost_at: stage.kind === 'lost' ? closed : null,
        lost_reason_id: stage.kind === 'lost' ? reason.id : null, people: '[]', items: '[]',
      };
    })).execute();
    await handle.db.insertInto('products').values(range.map((i) => ({
      ...core(i, '4'), name: `Product ${i}`, sku: `SKU-${i}`, unit: `unit ${i % 50}`, prices: '[]', tax_rate: (i % 30) * 100, active: i % 5 ? 1 : 0,
    }))).execute();
  }
  // Search documents: a word one record in 50 holds (`ivanov`), and phone digit keys.
  for (const [table, type] of [['contacts', 'contact'], ['companies', 'company'], ['deals', 'deal'], ['products', 'product']] as const) {
    const [from] = documentIdRange(type);
    const ids = await handle.db.selectFrom(table).select('id').where('workspace_id', '=', workspaceId).orderBy('id').execute();
    for (let at = 0; at < ids.length; at += 500) {
      await handle.db.insertInto('search_documents').values(ids.slice(at, at + 500).map((r, k) => ({
        ...(handle.raw.sqlite ? { id: from + at + k } : {}), workspace_id: workspaceId, entity_type: type, entity_id: r.id,
        text: `name ${at + k} | ${(at + k) % 50 === 0 ? 'ivanov' : 'petrov'}${at + k} | 7912${String(at + k).padStart(7, '0')}`,
      }))).execute();
    }
    // Tags: VIP on one record in 20, Moscow on one in 7, with the record's name as the app writes it.
    const named = await handle.db.selectFrom(table).select(['id', 'sort_name']).where('workspace_id', '=', workspaceId).execute();
    const tagRows = named.flatMap((r, i) => [...(i % 20 === 0 ? ['VIP'] : []), ...(i % 7 === 0 ? ['Moscow'] : [])]
      .map((tag) => ({ workspace_id: workspaceId, entity_type: type, entity_id: r.id, tag, sort_name: r.sort_name })));
    for (let at = 0; at < tagRows.length; at += 500) await handle.db.insertInto('record_tags').values(tagRows.slice(at, at + 500)).execute();
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');
}

describe.each(DIALECTS)('list plans on %s', (dialect) => {
  let handle: DatabaseHandle;
  let logged: Kysely<Database>;
  let actor: Actor;
  let ownerId: string;
  const captured: Captured[] = [];

  beforeAll(async () => {
    handle = await testDatabase(dialect);
    const build = factories(handle.db);
    const user = await build.user({ role: 'admin' });
    ownerId = user.id;
    actor = await actorForUser(handle.db, user, { ip: null, userAgent: null, requestId: null });
    await fillRecords(handle, user.workspace_id, [user.id, ...(await Promise.all([1, 2, 3, 4].map(async () => (await build.user({ role: 'manager' })).id)))]);
    const log = (event: LogEvent) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    };
    // The same database through a second Kysely that logs every query the list service sends.
    logged = new Kysely<Database>({
      dialect: handle.raw.sqlite ? new SqliteDialect({ database: handle.raw.sqlite }) : new PostgresDialect({ pool: handle.raw.pool! }),
      log,
    });
  });
  afterAll(async () => handle.close());

  // Paths are listed before the database exists; the owner filter's id is filled in when it runs.
  const paths = [...listPaths('{owner}')];
  it.each(paths.map((p) => [p.name, p] as const))('%s reads no record table in full', async (_name, path) => {
    const query = Object.fromEntries(Object.entries(path.query).map(([k, v]) => [k, v.replace('{owner}', ownerId)]));
    captured.length = 0;
    await listPage(logged, actor, path.kind, { limit: 50, count: '1', ...query } as Parameters<typeof listPage>[3]);
    const onRecords = captured.filter((q) => tableIn(q.sql).includes(path.kind.table));
    expect(onRecords.length).toBeGreaterThan(0);
    const report: string[] = [];
    for (const q of onRecords) {
      const plan = await planOf(handle, q);
      const found = problems(dialect, path, plan, /^select count\(/i.test(q.sql));
      // A count has no ORDER BY and the list's second part (no sort value) runs only when needed; every query must pass.
      if (found.length) report.push(`${found.join('; ')}\n  SQL: ${q.sql}\n  plan: ${plan.join(' | ')}`);
    }
    expect(report).toEqual([]);
  });

  // Runs last: a new expression index without statistics looked, to SQLite, better than every other.
  it('keeps the name walks after a custom field is marked filterable (its new index gets statistics)', async () => {
    await handle.db.transaction().execute((trx) => createField(trx, actor, { entity: 'contact', label: 'Plan region', type: 'number', filterable: true }));
    const kind = recordType('contact')!;
    for (const query of [{ sort: 'name', noActivityDays: 30 }, { sort: 'name' }]) {
      captured.length = 0;
      await listPage(logged, actor, kind, { limit: 50, ...query } as Parameters<typeof listPage>[3]);
      const page = captured.find((q) => /order by/i.test(q.sql) && tableIn(q.sql).includes('contacts'))!;
      const plan = await planOf(handle, page);
      expect(plan.join(' | '), JSON.stringify(query)).toContain('contacts_sort_name_idx');
    }
  });
});
