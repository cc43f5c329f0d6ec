import { AppError } from '../../platform/errors.js';
import { runRate } from '../plans/plan-fact.service.js';
import { planProgress } from '../plans/plan-fact.service.js';
import { bucketsOf } from './analytics-period.js';
import type { Row, Table } from './analytics.schema.js';
import { wonSums } from './sales-widgets.js';
import { listSourceCosts } from './source-costs.repository.js';
import {
  between, column, drillIds, drillTo, groupBy, money, percent, toBase, type WidgetContext,
} from './widget-context.js';
import { bucketKey, groupIds, sums, totalOf, type Sum } from './widget-sums.js';

/** Plan against fact, the forecast and lead sources with their costs. */

/** The plan of the period's months for the person (default: the viewer) or department the query names; null when the viewer may not see it. */
async function planOf(ctx: WidgetContext): Promise<Array<{ month: string; amount: number }> | null> {
  try {
    const progress = await planProgress(ctx.db, ctx.actor, {
      from: ctx.period.from.slice(0, 7), to: ctx.period.to.slice(0, 7),
      ...(ctx.query.departmentId ? { departmentId: ctx.query.departmentId } : { userId: ctx.query.ownerId ?? ctx.actor.userId ?? undefined }),
      ...(ctx.query.pipelineId ? { pipelineId: ctx.query.pipelineId } : {}),
    }, ctx.atMs);
    return progress.months.map((m) => ({ month: m.month, amount: m.amount }));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/** Whose plan and fact: the owner or department asked for, else the viewer themself. */
function targetOwners(ctx: WidgetContext): void {
  if (!ctx.ownerIds && ctx.actor.userId) ctx.ownerIds = [ctx.actor.userId];
}

/** Per month of the period: the plan, the won revenue (fact), the share done and the gap. */
export async function planFact(ctx: WidgetContext): Promise<Table> {
  targetOwners(ctx);
  const [plan, won] = await Promise.all([planOf(ctx), wonSums(ctx, [bucketKey(ctx, 'won_at', 'month')])]);
  const months = bucketsOf(ctx.period, 'month');
  const factOf = new Map(won.map((s) => [s.keys[0], s.base]));
  const fact = months.map((m) => factOf.get(m.label) ?? 0);
  const planned = months.map((m) => (plan ? plan.find((p) => p.month === m.label)?.amount ?? 0 : null));
  const cells = (p: number | null, f: number) => ({ plan: p, fact: money(ctx, f), percent: ctx.amountsHidden || p === null ? null : percent(f, p), gap: ctx.amountsHidden || p === null ? null : p - f });
  const totalPlan = plan ? planned.reduce<number>((s, p) => s + (p ?? 0), 0) : null;
  const totalFact = fact.reduce((s, f) => s + f, 0);
  return {
    columns: [column(ctx, 'month', 'text'), column(ctx, 'plan', 'money'), column(ctx, 'fact', 'money'), column(ctx, 'percent', 'percent'), column(ctx, 'gap', 'money')],
    rows: months.map((m, i): Row => ({ cells: { month: m.label, ...cells(planned[i]!, fact[i]!) }, drill: { fact: drillTo(ctx, 'deals', between('wonAt', m.start, m.end)) } })),
    totals: { month: ctx.labels.column('total'), ...cells(totalPlan, totalFact) },
  };
}

/**
 * The forecast of the period: open deals expected to close in it, per stage, weighted by the
 * stage's probability; then won so far, the run rate (won so far ÷ elapsed time × the period),
 * forecast = weighted pipeline + run rate, the plan and the gap (plan − forecast).
 */
export async function forecast(ctx: WidgetContext): Promise<Table> {
  targetOwners(ctx);
  const expected = [{ field: 'expectedClose', op: 'gte', value: ctx.period.from }, { field: 'expectedClose', op: 'lte', value: ctx.period.to }, { field: 'closedAt', op: 'empty' }];
  const [open, won, plan, stages] = await Promise.all([sums(ctx, expected, { keys: [{ column: 'stage_id' }], moneyAt: null }), wonSums(ctx, []), planOf(ctx), ctx.stages()]);
  const byStage = new Map(open.map((s) => [s.keys[0], s]));
  const rows: Row[] = [];
  let weightedTotal = 0;
  let amountTotal = 0;
  for (const stage of stages) {
    const group = byStage.get(stage.id);
    if (!group) continue;
    const amount = group.base;
    const weighted = (amount * stage.probability) / 100;
    weightedTotal += weighted;
    amountTotal += amount;
    rows.push({
      cells: { stage: stage.name, deals: group.count, amount: money(ctx, amount), probability: stage.probability, weighted: money(ctx, weighted) },
      drill: { deals: drillTo(ctx, 'deals', [...expected, { field: 'stageId', op: 'eq', value: stage.id }]) },
    });
  }
  const wonSoFar = totalOf(won).base;
  const rate = runRate(wonSoFar, ctx.period.start, ctx.period.end, ctx.atMs);
  const planTotal = plan ? plan.reduce((s, p) => s + p.amount, 0) : null;
  const summary = (key: string, value: number | null, drill?: Row['drill']): Row => ({
    cells: { stage: ctx.labels.column(key), deals: null, amount: null, probability: null, weighted: key === 'plan' ? value : value === null ? null : money(ctx, value) }, ...(drill ? { drill } : {}),
  });
  rows.push(
    summary('wonSoFar', wonSoFar, { weighted: drillTo(ctx, 'deals', between('wonAt', ctx.period.start, ctx.period.end)) }),
    summary('runRate', rate),
    summary('weightedPipeline', weightedTotal),
    summary('forecast', weightedTotal + rate),
    summary('plan', planTotal),
    summary('gap', planTotal === null || ctx.amountsHidden ? null : planTotal - (weightedTotal + rate)),
  );
  return {
    columns: [column(ctx, 'stage', 'text'), column(ctx, 'deals', 'number'), column(ctx, 'amount', 'money'), column(ctx, 'probability', 'percent'), column(ctx, 'weighted', 'money')],
    rows,
    totals: { stage: ctx.labels.column('total'), deals: totalOf(open).count, amount: money(ctx, amountTotal), probability: null, weighted: money(ctx, weightedTotal) },
  };
}

const NONE = '\u0000';

/**
 * Per lead source: requests (contacts created in the period), deals created, deals won and their
 * revenue, the cost entered for the period's months, cost per won deal (CPA) and return on spend
 * (ROMI = (revenue − cost) ÷ cost).
 */
export async function sources(ctx: WidgetContext): Promise<Table> {
  const created = between('createdAt', ctx.period.start, ctx.period.end);
  const bySource = [{ column: 'source' }];
  const asContacts = { entityType: 'contact', drillType: 'contacts' } as const;
  const [requestSums, requestIds, dealSums, wonGroups, costs] = await Promise.all([
    sums(ctx, created, { keys: bySource, ...asContacts }),
    groupIds(ctx, created, bySource[0]!, asContacts),
    sums(ctx, created, { keys: bySource }),
    wonSums(ctx, bySource),
    listSourceCosts(ctx.db, ctx.actor.workspaceId, ctx.period.from.slice(0, 7), ctx.period.to.slice(0, 7)),
  ]);
  const costBase = await toBase(ctx, costs.map((c) => ({ currency: c.currency, minor: c.amount, at: `${c.month}-01T12:00:00.000Z` })));
  const costOf = new Map<string, number>();
  costs.forEach((c, i) => costOf.set(c.source.toLowerCase(), (costOf.get(c.source.toLowerCase()) ?? 0) + costBase[i]!));
  const key = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? NONE : s);
  // Blank and missing sources are one group ("none"), as the records' `source` filter `empty` sees them.
  const merge = (list: Sum[]) => groupBy(list, (s) => key(s.keys[0]));
  const req = merge(requestSums);
  const made = merge(dealSums);
  const wins = merge(wonGroups);
  const names = [...new Set([...req.keys(), ...made.keys(), ...wins.keys(), ...costs.map((c) => c.source)])];
  const idsOf = (name: string) => [...requestIds.entries()].filter(([s]) => key(s) === name).flatMap(([, ids]) => ids);
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const cells = (requestCount: number, dealCount: number, wonList: Sum[], cost: number | null) => {
    const { count: wonCount, base: revenue } = totalOf(wonList);
    return {
      requests: requestCount, deals: dealCount, won: wonCount, revenue: money(ctx, revenue), cost,
      cpa: cost !== null && wonCount > 0 ? Math.round(cost / wonCount) : null,
      romi: cost !== null && !ctx.amountsHidden ? percent(revenue - cost, cost) : null,
    };
  };
  const rows = names.map((name): Row => {
    const sourceIs = name === NONE ? { field: 'source', op: 'empty' } : { field: 'source', op: 'eq', value: name };
    const cost = name === NONE ? null : costOf.get(name.toLowerCase()) ?? null;
    return {
      cells: { source: name === NONE ? ctx.labels.column('none') : name, ...cells(totalOf(req.get(name) ?? []).count, totalOf(made.get(name) ?? []).count, wins.get(name) ?? [], cost) },
      drill: {
        requests: drillIds('contacts', idsOf(name)),
        deals: drillTo(ctx, 'deals', [...created, sourceIs]),
        won: drillTo(ctx, 'deals', [...wonIn, sourceIs]),
      },
    };
  }).sort((a, b) => Number(b.cells.won) - Number(a.cells.won) || String(a.cells.source).localeCompare(String(b.cells.source)));
  const totalCost = costs.length ? costBase.reduce((s, c) => s + c, 0) : null;
  return {
    columns: [column(ctx, 'source', 'text'), column(ctx, 'requests', 'number'), column(ctx, 'deals', 'number'), column(ctx, 'won', 'number'),
      column(ctx, 'revenue', 'money'), column(ctx, 'cost', 'money'), column(ctx, 'cpa', 'money'), column(ctx, 'romi', 'percent')],
    rows,
    totals: { source: ctx.labels.column('total'), ...cells(totalOf(requestSums).count, totalOf(dealSums).count, wonGroups, totalCost) },
  };
}
