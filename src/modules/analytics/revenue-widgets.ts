import { bucketsOf } from './analytics-period.js';
import type { RecordFilter, Row, Table } from './analytics.schema.js';
import type { DealFact } from './deal-facts.repository.js';
import * as lookups from './lookups.repository.js';
import { dealProductTotals } from './deal-facts.repository.js';
import { wonInPeriod, wonSums } from './sales-widgets.js';
import { between, column, drillIds, drillTo, groupBy, money, personName, toBase, type WidgetContext } from './widget-context.js';
import { bucketKey, sums, totalOf, type Sum } from './widget-sums.js';

/** Revenue won (by period, owner, department, product, source, segment) and lost reasons. */

type Won = DealFact & { base: number };
type Group = { label: string; deals: Won[]; revenue: number; drill: RecordFilter[] | null };

const NONE = '\u0000';

function table(ctx: WidgetContext, key: string, groups: Group[], won: Won[]): Table {
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  return {
    columns: [column(ctx, key, 'text'), column(ctx, 'deals', 'number'), column(ctx, 'revenue', 'money')],
    rows: groups.map((g): Row => ({
      cells: { [key]: g.label, deals: g.deals.length, revenue: money(ctx, g.revenue) },
      drill: { deals: g.drill ? drillTo(ctx, 'deals', [...wonIn, ...g.drill]) : drillIds('deals', [...new Set(g.deals.map((d) => d.id))]) },
    })),
    totals: { [key]: ctx.labels.column('total'), deals: won.length, revenue: money(ctx, won.reduce((s, d) => s + d.base, 0)) },
  };
}

const sum = (list: Won[]) => list.reduce((s, d) => s + d.base, 0);

/** Sum groups as table groups: their label, count, revenue and drill filter. */
type SumGroup = { label: string; count: number; revenue: number; drill: RecordFilter[] };

function sumTable(ctx: WidgetContext, key: string, groups: SumGroup[], total: Sum): Table {
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  return {
    columns: [column(ctx, key, 'text'), column(ctx, 'deals', 'number'), column(ctx, 'revenue', 'money')],
    rows: groups.map((g): Row => ({ cells: { [key]: g.label, deals: g.count, revenue: money(ctx, g.revenue) }, drill: { deals: drillTo(ctx, 'deals', [...wonIn, ...g.drill]) } })),
    totals: { [key]: ctx.labels.column('total'), deals: total.count, revenue: money(ctx, total.base) },
  };
}

const byRevenue = (a: SumGroup, b: SumGroup) => b.revenue - a.revenue;

/** Won revenue of the period, by `by` (default: period, in `bucket`s of the workspace's time zone). */
export async function revenue(ctx: WidgetContext): Promise<Table> {
  const by = ctx.query.by ?? 'period';
  const none = ctx.labels.column('none');
  if (by === 'period') {
    const buckets = bucketsOf(ctx.period, ctx.bucket);
    const won = await wonSums(ctx, [bucketKey(ctx, 'won_at')]);
    const at = new Map(won.map((s) => [s.keys[0], s]));
    const t = sumTable(ctx, 'period', buckets.map((b) => ({ label: b.label, count: at.get(b.label)?.count ?? 0, revenue: at.get(b.label)?.base ?? 0, drill: [] })), totalOf(won));
    // Each bucket drills to its own instants, not the whole period.
    t.rows.forEach((row, i) => (row.drill = { deals: drillTo(ctx, 'deals', between('wonAt', buckets[i]!.start, buckets[i]!.end)) }));
    return t;
  }
  if (by === 'owner' || by === 'department') {
    const won = await wonSums(ctx, [{ column: 'owner_id' }]);
    if (by === 'owner') {
      const name = await personName(ctx);
      const groups = won.map((s): SumGroup => ({ label: name(s.keys[0]!), count: s.count, revenue: s.base, drill: [{ field: 'ownerId', op: 'eq', value: s.keys[0]! }] }));
      return sumTable(ctx, 'owner', groups.sort(byRevenue), totalOf(won));
    }
    const people = new Map((await ctx.people()).map((p) => [p.id, p.department_id]));
    const departments = new Map((await lookups.departmentsOf(ctx.db, ctx.actor.workspaceId)).map((d) => [d.id, d.name]));
    const groups = [...groupBy(won, (s) => people.get(s.keys[0]!) ?? NONE).entries()].map(([id, list]): SumGroup => ({
      label: id === NONE ? none : departments.get(id) ?? id, ...totalOfCounts(list),
      drill: [{ field: 'ownerId', op: 'in', value: list.map((s) => s.keys[0]!) }],
    }));
    return sumTable(ctx, 'department', groups.sort(byRevenue), totalOf(won));
  }
  if (by === 'source') {
    const won = await wonSums(ctx, [{ column: 'source' }]);
    const groups = won.map((s): SumGroup => {
      const source = s.keys[0] ?? null;
      return { label: source ?? none, ...totalOfCounts([s]), drill: [source === null ? { field: 'source', op: 'empty' } : { field: 'source', op: 'eq', value: source }] };
    });
    return sumTable(ctx, 'source', groups.sort(byRevenue), totalOf(won));
  }
  const won = await wonInPeriod(ctx);
  if (by === 'segment') {
    const segments = await lookups.companySegments(ctx.db, ctx.actor.workspaceId, [...new Set(won.flatMap((d) => (d.company_id ? [d.company_id] : [])))]);
    const groups = [...groupBy(won, (d) => (d.company_id ? segments.get(d.company_id) ?? NONE : NONE)).entries()].map(([segment, list]): Group => ({
      label: segment === NONE ? none : segment, deals: list, revenue: sum(list), drill: null,
    }));
    return table(ctx, 'segment', groups.sort((a, b) => b.revenue - a.revenue), won);
  }
  return revenueByProduct(ctx, won);
}

const totalOfCounts = (list: Sum[]) => {
  const t = totalOf(list);
  return { count: t.count, revenue: t.base };
};

/** Won revenue by product: each line item's total, in the deal's currency converted at the rate of its win. */
async function revenueByProduct(ctx: WidgetContext, won: Won[]): Promise<Table> {
  const items = await dealProductTotals(ctx.db, ctx.actor.workspaceId, won.map((d) => d.id));
  const dealsById = new Map(won.map((d) => [d.id, d]));
  const base = await toBase(ctx, items.map((item) => ({ currency: dealsById.get(item.deal_id)!.currency, minor: item.total, at: dealsById.get(item.deal_id)!.won_at })));
  const names = await lookups.productNames(ctx.db, ctx.actor.workspaceId, [...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]);
  const byProduct = new Map<string, { deals: Won[]; revenue: number }>();
  items.forEach((item, i) => {
    const key = item.product_id ?? NONE;
    const entry = byProduct.get(key) ?? { deals: [], revenue: 0 };
    entry.revenue += base[i]!;
    const deal = dealsById.get(item.deal_id)!;
    if (!entry.deals.includes(deal)) entry.deals.push(deal);
    byProduct.set(key, entry);
  });
  const groups = [...byProduct.entries()].map(([id, g]): Group => ({ label: id === NONE ? ctx.labels.column('none') : names.get(id) ?? id, deals: g.deals, revenue: g.revenue, drill: null }));
  const t = table(ctx, 'product', groups.sort((a, b) => b.revenue - a.revenue), won);
  // A deal of several products counts in each of its rows; the total counts it once, and sums its items.
  t.totals = { ...t.totals, revenue: money(ctx, base.reduce((s, v) => s + v, 0)) };
  return t;
}

/** The deals lost in the period by reason: how many and their amount (at the rate of the day each was lost). */
export async function lostReasons(ctx: WidgetContext): Promise<Table> {
  const lostIn = between('lostAt', ctx.period.start, ctx.period.end);
  const lost = await sums(ctx, lostIn, { keys: [{ column: 'lost_reason_id' }], moneyAt: 'lost_at' });
  const names = await lookups.reasonNames(ctx.db, ctx.actor.workspaceId);
  const groups = [...lost].sort((a, b) => b.count - a.count || b.base - a.base);
  const total = totalOf(lost);
  return {
    columns: [column(ctx, 'reason', 'text'), column(ctx, 'deals', 'number'), column(ctx, 'amount', 'money')],
    rows: groups.map((g) => {
      const id = g.keys[0] ?? null;
      return {
        cells: { reason: id === null ? ctx.labels.column('none') : names.get(id) ?? id, deals: g.count, amount: money(ctx, g.base) },
        drill: { deals: drillTo(ctx, 'deals', [...lostIn, id === null ? { field: 'lostReasonId', op: 'empty' } : { field: 'lostReasonId', op: 'eq', value: id }]) },
      };
    }),
    totals: { reason: ctx.labels.column('total'), deals: total.count, amount: money(ctx, total.base) },
  };
}
