import type { Row, Table } from './analytics.schema.js';
import type { DealFact } from './deal-facts.repository.js';
import type { GroupKey } from './aggregates.repository.js';
import {
  between, column, drillIds, drillTo, duration, entries, facts, mean, median, money, percent, personName, pipelineOf,
  secondsBetween, toBase, type WidgetContext,
} from './widget-context.js';
import { durations, groupIds, sums, totalOf, type Durations, type Sum } from './widget-sums.js';

/** The deal widgets about stages and closing: funnel, stage time, win rate, cycle length, average deal. */

/**
 * The funnel of the deals created in the period in one pipeline: for each open stage (in order) and
 * then "won", how many reached it — entered it or a later stage, won counting as beyond every open
 * stage — the conversion to the next and the drop-off.
 */
export async function funnel(ctx: WidgetContext): Promise<Table> {
  const pipeline = await pipelineOf(ctx);
  const stages = (await ctx.stages()).filter((s) => s.pipeline_id === pipeline.id);
  const open = stages.filter((s) => s.kind === 'open' && s.retired_at === null);
  const won = stages.filter((s) => s.kind === 'won');
  const created = [...between('createdAt', ctx.period.start, ctx.period.end), ...(ctx.query.pipelineId ? [] : [{ field: 'pipelineId', op: 'eq', value: pipeline.id }])];
  const order = new Map<string, number>(open.map((s, i) => [s.id, i]));
  for (const s of won) order.set(s.id, open.length);
  // Retired open stages keep their place by position among the live ones.
  for (const s of stages.filter((x) => x.kind === 'open' && x.retired_at !== null)) {
    const after = open.findIndex((o) => o.position > s.position);
    order.set(s.id, after === -1 ? open.length - 1 : Math.max(0, after - 1));
  }
  // How far each deal got: its stage or the furthest stage it entered, whichever is further.
  const reach = { rankOf: 'stage_id', ranks: order, moves: true };
  const [levels, idsAt] = await Promise.all([sums(ctx, created, { keys: [reach] }), groupIds(ctx, created, reach)]);
  const steps = [...open.map((s) => s.name), won[0]?.name ?? ctx.labels.column('won')];
  const atLeast = (i: number) => levels.filter((l) => Number(l.keys[0]) >= i);
  const reached = steps.map((_, i) => atLeast(i).reduce((n, l) => n + l.count, 0));
  const reachedIds = (i: number) => atLeast(i).flatMap((l) => idsAt.get(l.keys[0]!) ?? []);
  const total = reached[0]!;
  const rows: Row[] = steps.map((name, i) => ({
    cells: {
      stage: name,
      deals: reached[i]!,
      conversion: i < steps.length - 1 ? percent(reached[i + 1]!, reached[i]!) : null,
      dropOff: i < steps.length - 1 ? reached[i]! - reached[i + 1]! : null,
    },
    drill: { deals: i === 0 ? drillTo(ctx, 'deals', created) : drillIds('deals', reachedIds(i)) },
  }));
  return {
    columns: [column(ctx, 'stage', 'text'), column(ctx, 'deals', 'number'), column(ctx, 'conversion', 'percent'), column(ctx, 'dropOff', 'number')],
    rows,
    totals: { stage: ctx.labels.column('total'), deals: total, conversion: percent(reached[steps.length - 1]!, total), dropOff: null },
  };
}

/** Per open stage of a pipeline: how long deals stayed in it, for stays that ended (the deal moved on) in the period. */
export async function stageTime(ctx: WidgetContext): Promise<Table> {
  const pipeline = await pipelineOf(ctx);
  const stages = (await ctx.stages()).filter((s) => s.pipeline_id === pipeline.id && s.kind === 'open');
  const moves = await entries(ctx, ctx.query.pipelineId ? [] : [{ field: 'pipelineId', op: 'eq', value: pipeline.id }]);
  const stays = new Map<string, { seconds: number[]; deals: Set<string> }>(stages.map((s) => [s.id, { seconds: [], deals: new Set() }]));
  for (let i = 0; i + 1 < moves.length; i++) {
    const here = moves[i]!;
    const next = moves[i + 1]!;
    if (next.deal_id !== here.deal_id || next.moved_at < ctx.period.start || next.moved_at >= ctx.period.end) continue;
    const stay = stays.get(here.to_stage_id);
    if (!stay) continue;
    stay.seconds.push(secondsBetween(here.moved_at, next.moved_at));
    stay.deals.add(here.deal_id);
  }
  const all = [...stays.values()].flatMap((s) => s.seconds);
  return {
    columns: [column(ctx, 'stage', 'text'), column(ctx, 'stays', 'number'), column(ctx, 'median', 'duration'), column(ctx, 'mean', 'duration')],
    rows: stages.filter((s) => s.retired_at === null || stays.get(s.id)!.seconds.length > 0).map((s) => {
      const stay = stays.get(s.id)!;
      return { cells: { stage: s.name, stays: stay.seconds.length, median: duration(median(stay.seconds)), mean: duration(mean(stay.seconds)) }, drill: { stays: drillIds('deals', [...stay.deals]) } };
    }),
    totals: { stage: ctx.labels.column('total'), stays: all.length, median: duration(median(all)), mean: duration(mean(all)) },
  };
}

/** Rows per owner group (by name), each with its cells and drill-downs. */
async function perOwner<T extends { keys: Array<string | null> }>(ctx: WidgetContext, groups: T[], cells: (group: T) => Row['cells'], drills: (ownerId: string) => Row['drill']): Promise<Row[]> {
  const name = await personName(ctx);
  return [...groups].sort((a, b) => name(a.keys[0]!).localeCompare(name(b.keys[0]!))).map((g) => ({ cells: { owner: name(g.keys[0]!), ...cells(g) }, drill: drills(g.keys[0]!) }));
}

const ownerIs = (id: string) => [{ field: 'ownerId', op: 'eq', value: id }];
const byOwner = [{ column: 'owner_id' }];

/** Won ÷ (won + lost) among the deals closed in the period, per owner. */
export async function winRate(ctx: WidgetContext): Promise<Table> {
  const closed = await sums(ctx, between('closedAt', ctx.period.start, ctx.period.end), { keys: byOwner, counted: ['won_at', 'lost_at'] });
  const count = (s: Sum) => {
    const [won = 0, lost = 0] = s.counts;
    return { won, lost, winRate: percent(won, won + lost) };
  };
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const lostIn = between('lostAt', ctx.period.start, ctx.period.end);
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'lost', 'number'), column(ctx, 'winRate', 'percent')],
    rows: await perOwner(ctx, closed, count, (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]), lost: drillTo(ctx, 'deals', [...lostIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...count(totalOf(closed)) },
  };
}

/** The deals won in the period with each one's amount in the workspace currency (at the rate of its day): the groupings SQL does not do. */
export async function wonInPeriod(ctx: WidgetContext, start = ctx.period.start, end = ctx.period.end): Promise<Array<DealFact & { base: number }>> {
  const won = await facts(ctx, between('wonAt', start, end));
  const base = await toBase(ctx, won.map((d) => ({ currency: d.currency, minor: d.amount, at: d.won_at })));
  return won.map((d, i) => ({ ...d, base: base[i]! }));
}

/** Won deals of the period grouped by `keys`, their revenue in the workspace currency at the rate of each win's day. */
export function wonSums(ctx: WidgetContext, keys: GroupKey[], start = ctx.period.start, end = ctx.period.end): Promise<Sum[]> {
  return sums(ctx, between('wonAt', start, end), { keys, moneyAt: 'won_at' });
}

/** Won revenue ÷ won deals in the period, per owner. */
export async function avgDeal(ctx: WidgetContext): Promise<Table> {
  const won = await wonSums(ctx, byOwner);
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const cells = (s: Sum) => ({ won: s.count, revenue: money(ctx, s.base), average: s.count ? money(ctx, s.base / s.count) : null });
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'revenue', 'money'), column(ctx, 'average', 'money')],
    rows: await perOwner(ctx, won, cells, (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...cells(totalOf(won)) },
  };
}

/** From creation to win for the deals won in the period, per owner: median and mean. */
export async function cycleLength(ctx: WidgetContext): Promise<Table> {
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const { groups, total } = await durations(ctx, wonIn, byOwner[0]!, 'created_at', 'won_at');
  const cells = (d: Durations) => ({ won: d.count, median: d.median, mean: d.mean });
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'median', 'duration'), column(ctx, 'mean', 'duration')],
    rows: await perOwner(ctx, groups.map((g) => ({ ...g, keys: [g.key] })), cells, (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...cells(total) },
  };
}
