import { bucketIndex, bucketsOf } from './analytics-period.js';
import type { RecordFilter, Row, Table } from './analytics.schema.js';
import type { DealFact } from './deal-facts.repository.js';
import * as lookups from './lookups.repository.js';
import { dealProductTotals } from './deal-facts.repository.js';
import { wonInPeriod } from './sales-widgets.js';
import { between, column, drillIds, drillTo, facts, groupBy, money, personName, toBase, type WidgetContext } from './widget-context.js';

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

/** Won revenue of the period, by `by` (default: period, in `bucket`s of the workspace's time zone). */
export async function revenue(ctx: WidgetContext): Promise<Table> {
  const won = await wonInPeriod(ctx);
  const by = ctx.query.by ?? 'period';
  const none = ctx.labels.column('none');
  if (by === 'period') {
    const buckets = bucketsOf(ctx.period, ctx.bucket);
    const lists: Won[][] = buckets.map(() => []);
    for (const d of won) {
      const i = bucketIndex(buckets, d.won_at!);
      if (i >= 0) lists[i]!.push(d);
    }
    const groups = buckets.map((b, i): Group => ({ label: b.label, deals: lists[i]!, revenue: sum(lists[i]!), drill: [] }));
    const t = table(ctx, 'period', groups, won);
    // Each bucket drills to its own instants, not the whole period.
    t.rows.forEach((row, i) => (row.drill = { deals: drillTo(ctx, 'deals', between('wonAt', buckets[i]!.start, buckets[i]!.end)) }));
    return t;
  }
  if (by === 'owner' || by === 'department') {
    const name = await personName(ctx);
    if (by === 'owner') {
      const groups = [...groupBy(won, (d) => d.owner_id).entries()].map(([id, list]): Group => ({ label: name(id), deals: list, revenue: sum(list), drill: [{ field: 'ownerId', op: 'eq', value: id }] }));
      return table(ctx, 'owner', groups.sort((a, b) => b.revenue - a.revenue), won);
    }
    const people = new Map((await ctx.people()).map((p) => [p.id, p.department_id]));
    const departments = new Map((await lookups.departmentsOf(ctx.db, ctx.actor.workspaceId)).map((d) => [d.id, d.name]));
    const groups = [...groupBy(won, (d) => people.get(d.owner_id) ?? NONE).entries()].map(([id, list]): Group => ({
      label: id === NONE ? none : departments.get(id) ?? id, deals: list, revenue: sum(list),
      drill: [{ field: 'ownerId', op: 'in', value: [...new Set(list.map((d) => d.owner_id))] }],
    }));
    return table(ctx, 'department', groups.sort((a, b) => b.revenue - a.revenue), won);
  }
  if (by === 'source') {
    const groups = [...groupBy(won, (d) => d.source ?? NONE).entries()].map(([source, list]): Group => ({
      label: source === NONE ? none : source, deals: list, revenue: sum(list),
      drill: [source === NONE ? { field: 'source', op: 'empty' } : { field: 'source', op: 'eq', value: source }],
    }));
    return table(ctx, 'source', groups.sort((a, b) => b.revenue - a.revenue), won);
  }
  if (by === 'segment') {
    const segments = await lookups.companySegments(ctx.db, ctx.actor.workspaceId, [...new Set(won.flatMap((d) => (d.company_id ? [d.company_id] : [])))]);
    const groups = [...groupBy(won, (d) => (d.company_id ? segments.get(d.company_id) ?? NONE : NONE)).entries()].map(([segment, list]): Group => ({
      label: segment === NONE ? none : segment, deals: list, revenue: sum(list), drill: null,
    }));
    return table(ctx, 'segment', groups.sort((a, b) => b.revenue - a.revenue), won);
  }
  return revenueByProduct(ctx, won);
}

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

/** The deals lost in the period by reason: how many and their amount. */
export async function lostReasons(ctx: WidgetContext): Promise<Table> {
  const lostIn = between('lostAt', ctx.period.start, ctx.period.end);
  const lost = await facts(ctx, lostIn);
  const base = await toBase(ctx, lost.map((d) => ({ currency: d.currency, minor: d.amount, at: d.lost_at })));
  const amounts = new Map(lost.map((d, i) => [d.id, base[i]!]));
  const names = await lookups.reasonNames(ctx.db, ctx.actor.workspaceId);
  const groups = [...groupBy(lost, (d) => d.lost_reason_id ?? NONE).entries()]
    .map(([id, list]) => ({ id, list, amount: list.reduce((s, d) => s + amounts.get(d.id)!, 0) }))
    .sort((a, b) => b.list.length - a.list.length || b.amount - a.amount);
  return {
    columns: [column(ctx, 'reason', 'text'), column(ctx, 'deals', 'number'), column(ctx, 'amount', 'money')],
    rows: groups.map((g) => ({
      cells: { reason: g.id === NONE ? ctx.labels.column('none') : names.get(g.id) ?? g.id, deals: g.list.length, amount: money(ctx, g.amount) },
      drill: { deals: drillTo(ctx, 'deals', [...lostIn, g.id === NONE ? { field: 'lostReasonId', op: 'empty' } : { field: 'lostReasonId', op: 'eq', value: g.id }]) },
    })),
    totals: { reason: ctx.labels.column('total'), deals: lost.length, amount: money(ctx, base.reduce((s, v) => s + v, 0)) },
  };
}
