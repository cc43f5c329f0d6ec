/**
 * Analytics at size (issue #16: each dashboard widget <= 200 ms in the server). Each widget through
 * `runWidget` with an actor (visibility applied) over one quarter, against its floor: the widget's
 * main aggregate as hand-written SQL through the bare driver. `--size` deals and `--activities`
 * activities (default: as many as deals; issue #16 asks for 500,000 and 5,000,000), both filled
 * through the bare driver; `BENCH_WIDGETS=funnel,activity` measures only some widgets.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import '../../src/modules/index.js';
import { runWidget } from '../../src/modules/analytics/analytics.service.js';
import type { WidgetKey, WidgetQuery } from '../../src/modules/analytics/analytics.schema.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
import { fillActivities } from '../activity-rows.js';
import { fillDeals, type FilledDeals } from '../deal-rows.js';
import { paired, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

const ctxNone = { ip: null, userAgent: null, requestId: null };
const FROM = '2025-04-01';
const TO = '2025-06-30';
const START = '2025-03-31T21:00:00.000Z';
const END = '2025-06-30T21:00:00.000Z';

async function actorOf(db: Kysely<Database>, workspaceId: string, id: string): Promise<Actor> {
  const user = await findUser(db, workspaceId, id);
  if (!user) throw new Error('analytics bench: user missing');
  return actorForUser(db, user, ctxNone);
}

function bare(filled: FilledDeals, name: string, sqliteText: string, pgText: string): (values: unknown[]) => Promise<unknown[]> {
  const { handle } = filled;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqliteText);
    return async (values) => stmt.all(values);
  }
  let n = 0;
  const text = pgText.replace(/\?/g, () => `$${++n}`);
  return async (values) => (await handle.raw.pool!.query({ name, text, values })).rows;
}

/** The workspace's zone (the default workspace: Europe/Moscow, UTC+3 all year) in each dialect's words. */
const LOCAL_MONTH = { sqlite: (c: string) => `strftime('%Y-%m', ${c}, '+3 hours')`, postgres: (c: string) => `to_char(date_trunc('month', ${c} AT TIME ZONE 'Europe/Moscow'), 'YYYY-MM')` };
const SECONDS = { sqlite: (a: string, b: string) => `(julianday(${b}) - julianday(${a})) * 86400`, postgres: (a: string, b: string) => `extract(epoch from (${b} - ${a}))` };
const LIVE = 'workspace_id = ? AND deleted_at IS NULL';
/** A median per group by window functions, as one would write it by hand. */
const medianBy = (group: string, seconds: string, from: string) =>
  `SELECT g, count(*), avg(s) FROM (SELECT g, s, row_number() OVER (PARTITION BY g ORDER BY s) rn, count(*) OVER (PARTITION BY g) n FROM (SELECT ${group} g, ${seconds} s FROM ${from}) v) r WHERE rn = (n + 1) / 2 OR rn = n / 2 + 1 GROUP BY g`;

type Params = 'instants' | 'days' | 'workspace';
interface Floor { key: WidgetKey; query?: Partial<WidgetQuery>; params: Params; sql: (d: 'sqlite' | 'postgres') => string }

/** Each widget's floor: the aggregate a hand-written report would run for the same figures. */
const FLOORS: Floor[] = [
  { key: 'funnel', params: 'instants', sql: () => `SELECT stage_id, count(*) FROM deals WHERE ${LIVE} AND created_at >= ? AND created_at < ? GROUP BY stage_id` },
  { key: 'win_rate', params: 'instants', sql: () => `SELECT owner_id, count(won_at), count(lost_at) FROM deals WHERE ${LIVE} AND closed_at >= ? AND closed_at < ? GROUP BY owner_id` },
  { key: 'avg_deal', params: 'instants', sql: () => `SELECT owner_id, currency, count(*), sum(amount) FROM deals WHERE ${LIVE} AND won_at >= ? AND won_at < ? GROUP BY owner_id, currency` },
  { key: 'revenue', query: { by: 'period' }, params: 'instants', sql: (d) => `SELECT ${LOCAL_MONTH[d]('won_at')}, currency, count(*), sum(amount) FROM deals WHERE ${LIVE} AND won_at >= ? AND won_at < ? GROUP BY 1, 2` },
  { key: 'revenue', query: { by: 'owner' }, params: 'instants', sql: () => `SELECT owner_id, currency, count(*), sum(amount) FROM deals WHERE ${LIVE} AND won_at >= ? AND won_at < ? GROUP BY owner_id, currency` },
  { key: 'cycle_length', params: 'instants', sql: (d) => medianBy('owner_id', SECONDS[d]('created_at', 'won_at'), `deals WHERE ${LIVE} AND won_at >= ? AND won_at < ?`) },
  { key: 'lost_reasons', params: 'instants', sql: () => `SELECT lost_reason_id, currency, count(*), sum(amount) FROM deals WHERE ${LIVE} AND lost_at >= ? AND lost_at < ? GROUP BY lost_reason_id, currency` },
  { key: 'sources', params: 'instants', sql: () => `SELECT source, count(*) FROM deals WHERE ${LIVE} AND created_at >= ? AND created_at < ? GROUP BY source` },
  { key: 'plan_fact', params: 'instants', sql: (d) => `SELECT ${LOCAL_MONTH[d]('won_at')}, currency, sum(amount) FROM deals WHERE ${LIVE} AND won_at >= ? AND won_at < ? GROUP BY 1, 2` },
  { key: 'forecast', params: 'days', sql: () => `SELECT stage_id, currency, count(*), sum(amount) FROM deals WHERE ${LIVE} AND expected_close >= ? AND expected_close <= ? AND closed_at IS NULL GROUP BY stage_id, currency` },
  { key: 'stage_time', params: 'instants', sql: () => `SELECT to_stage_id, count(*) FROM deal_stage_moves WHERE workspace_id = ? AND moved_at >= ? AND moved_at < ? GROUP BY to_stage_id` },
  { key: 'activity', params: 'instants', sql: (d) => `SELECT owner_id, kind, ${LOCAL_MONTH[d]('done_at')}, count(*) FROM activities WHERE ${LIVE} AND status = 'done' AND done_at >= ? AND done_at < ? GROUP BY 1, 2, 3` },
  { key: 'response_time', params: 'instants', sql: () => `SELECT d.id, min(a.created_at) FROM deals d LEFT JOIN activities a ON a.deal_id = d.id AND a.created_at > d.created_at AND a.deleted_at IS NULL WHERE d.workspace_id = ? AND d.deleted_at IS NULL AND d.created_at >= ? AND d.created_at < ? GROUP BY d.id` },
  { key: 'resolve_time', params: 'instants', sql: (d) => medianBy('owner_id', SECONDS[d]('created_at', 'done_at'), `activities WHERE ${LIVE} AND kind = 'task' AND status = 'done' AND done_at >= ? AND done_at < ? AND (deal_id IS NOT NULL OR contact_id IS NOT NULL OR company_id IS NOT NULL)`) },
  { key: 'clients_new_repeat', params: 'workspace', sql: () => `SELECT company_id, min(won_at), count(*), sum(amount) FROM deals WHERE ${LIVE} AND won_at IS NOT NULL GROUP BY company_id` },
  { key: 'retention', params: 'workspace', sql: () => `SELECT company_id, min(won_at), count(*) FROM deals WHERE ${LIVE} AND won_at IS NOT NULL GROUP BY company_id` },
  { key: 'clv', params: 'workspace', sql: () => `SELECT company_id, count(*), sum(amount) FROM deals WHERE ${LIVE} AND won_at IS NOT NULL GROUP BY company_id` },
];

/** Activities to fill (`--activities N` or BENCH_ACTIVITIES; default: as many as deals). */
function activityCount(deals: number): number {
  const argv = process.argv.slice(2);
  const at = argv.findIndex((a) => a === '--activities' || a.startsWith('--activities='));
  const raw = at < 0 ? process.env.BENCH_ACTIVITIES : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const n = raw ? Number(raw.replace(/[_,]/g, '')) : deals;
  if (!Number.isInteger(n) || n < 0) throw new Error(`--activities must be a whole number, got "${raw}"`);
  return n;
}

export async function benchAnalytics(ctx: SuiteContext): Promise<Result[]> {
  const size = Math.max(ctx.size, 20_000);
  const activities = activityCount(size);
  const handle = await ctx.dbs.open(ctx.dialect, 'analytics');
  ctx.log(`fill ${size.toLocaleString('en-US')} deals (bare driver, not measured)`);
  const filled = await fillDeals(handle, ctx.generator, size, ctx.log);
  ctx.log(`fill ${activities.toLocaleString('en-US')} activities (bare driver, not measured)`);
  await fillActivities(filled, activities, ctx.log);
  const db = handle.db;
  const admin = await actorOf(db, filled.workspaceId, filled.adminId);
  const manager = await actorOf(db, filled.workspaceId, filled.owners[0]!);
  const label = `${size.toLocaleString('en-US')} deals, ${activities.toLocaleString('en-US')} activities, one quarter`;
  const only = process.env.BENCH_WIDGETS?.split(',');
  const results: Result[] = [];
  for (const f of FLOORS.filter((x) => !only || only.includes(x.key))) {
    const name = `${f.key}${f.query?.by ? ` by ${f.query.by}` : ''}`;
    const floor = bare(filled, `bench_analytics_${name.replace(/\W/g, '_')}`, f.sql('sqlite'), f.sql('postgres'));
    const params = { days: [filled.workspaceId, FROM, TO], instants: [filled.workspaceId, START, END], workspace: [filled.workspaceId] }[f.params];
    for (const [who, actor] of [['admin', admin], ['manager (own)', manager]] as const) {
      ctx.log(`widget ${name} (${who})`);
      const timings = await paired({
        warmup: 1, iterations: size > 100_000 ? 10 : ctx.dialect === 'postgres' ? 15 : 20,
        op: () => runWidget(db, actor, f.key, { from: FROM, to: TO, bucket: 'month', ...f.query }),
        floor: () => floor(params),
      });
      results.push({ operation: `widget ${name} (${who}) vs its aggregate bare`, dialect: ctx.dialect, size: label, op: stats(timings.op), floor: stats(timings.floor) });
    }
  }
  return results;
}
