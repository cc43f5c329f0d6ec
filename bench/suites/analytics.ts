/**
 * Analytics at size (issue #16: each dashboard widget <= 200 ms in the server). Each widget through
 * `runWidget` with an actor (visibility applied) over one quarter, against its floor: the widget's
 * main aggregate as hand-written SQL through the bare driver. Deals only: activities are not
 * generated here yet (the activity widgets are left to the activities fill).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import '../../src/modules/index.js';
import { runWidget } from '../../src/modules/analytics/analytics.service.js';
import type { WidgetKey } from '../../src/modules/analytics/analytics.schema.js';
import { actorForUser, findUser } from '../../src/modules/users/users.service.js';
import type { Actor } from '../../src/platform/access/actor.js';
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

function bare(filled: FilledDeals, name: string, sqliteText: string): (values: unknown[]) => Promise<unknown[]> {
  const { handle } = filled;
  if (handle.raw.sqlite) {
    const stmt = handle.raw.sqlite.prepare(sqliteText);
    return async (values) => stmt.all(values);
  }
  let n = 0;
  const text = sqliteText.replace(/\?/g, () => `$${++n}`);
  return async (values) => (await handle.raw.pool!.query({ name, text, values })).rows;
}

/** Each widget's floor: the aggregate a hand-written report would run for it. */
const FLOORS: Array<[WidgetKey, string, string]> = [
  ['funnel', 'created', 'SELECT stage_id, count(*) FROM deals WHERE workspace_id = ? AND created_at >= ? AND created_at < ? AND deleted_at IS NULL GROUP BY stage_id'],
  ['win_rate', 'closed', 'SELECT owner_id, count(won_at), count(lost_at) FROM deals WHERE workspace_id = ? AND closed_at >= ? AND closed_at < ? AND deleted_at IS NULL GROUP BY owner_id'],
  ['revenue', 'won', 'SELECT currency, count(*), sum(amount) FROM deals WHERE workspace_id = ? AND won_at >= ? AND won_at < ? AND deleted_at IS NULL GROUP BY currency'],
  ['cycle_length', 'won', 'SELECT owner_id, created_at, won_at FROM deals WHERE workspace_id = ? AND won_at >= ? AND won_at < ? AND deleted_at IS NULL'],
  ['lost_reasons', 'lost', 'SELECT lost_reason_id, currency, count(*), sum(amount) FROM deals WHERE workspace_id = ? AND lost_at >= ? AND lost_at < ? AND deleted_at IS NULL GROUP BY lost_reason_id, currency'],
  ['sources', 'created', 'SELECT source, count(*) FROM deals WHERE workspace_id = ? AND created_at >= ? AND created_at < ? AND deleted_at IS NULL GROUP BY source'],
];

export async function benchAnalytics(ctx: SuiteContext): Promise<Result[]> {
  const size = Math.max(ctx.size, 20_000);
  const handle = await ctx.dbs.open(ctx.dialect, 'analytics');
  ctx.log(`fill ${size.toLocaleString('en-US')} deals (bare driver, not measured)`);
  const filled = await fillDeals(handle, ctx.generator, size, ctx.log);
  const db = handle.db;
  const admin = await actorOf(db, filled.workspaceId, filled.adminId);
  const manager = await actorOf(db, filled.workspaceId, filled.owners[0]!);
  const label = `${size.toLocaleString('en-US')} deals, one quarter`;
  const results: Result[] = [];
  for (const [key, , text] of FLOORS) {
    const floor = bare(filled, `bench_analytics_${key}`, text);
    for (const [who, actor] of [['admin', admin], ['manager (own)', manager]] as const) {
      ctx.log(`widget ${key} (${who})`);
      const timings = await paired({
        warmup: 2, iterations: ctx.dialect === 'postgres' ? 15 : 20,
        op: () => runWidget(db, actor, key, { from: FROM, to: TO, bucket: 'month' }),
        floor: () => floor([filled.workspaceId, START, END]),
      });
      results.push({ operation: `widget ${key} (${who}) vs its aggregate bare`, dialect: ctx.dialect, size: label, op: stats(timings.op), floor: stats(timings.floor) });
    }
  }
  return results;
}
