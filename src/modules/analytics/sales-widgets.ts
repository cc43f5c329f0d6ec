import type { Row, Table } from './analytics.schema.js';
import type { DealFact } from './deal-facts.repository.js';
import {
  between, column, drillIds, drillTo, duration, entries, facts, groupBy, mean, median, money, percent, personName, pipelineOf,
  secondsBetween, toBase, type WidgetContext,
} from './widget-context.js';

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
  const [deals, moves] = await Promise.all([facts(ctx, created), entries(ctx, created)]);
  const order = new Map<string, number>(open.map((s, i) => [s.id, i]));
  for (const s of won) order.set(s.id, open.length);
  // Retired open stages keep their place by position among the live ones.
  for (const s of stages.filter((x) => x.kind === 'open' && x.retired_at !== null)) {
    const after = open.findIndex((o) => o.position > s.position);
    order.set(s.id, after === -1 ? open.length - 1 : Math.max(0, after - 1));
  }
  const reachedOf = new Map<string, number>(deals.map((d) => [d.id, order.get(d.stage_id) ?? 0]));
  for (const m of moves) {
    const at = order.get(m.to_stage_id);
    if (at !== undefined && reachedOf.has(m.deal_id) && at > reachedOf.get(m.deal_id)!) reachedOf.set(m.deal_id, at);
  }
  const steps = [...open.map((s) => s.name), won[0]?.name ?? ctx.labels.column('won')];
  const reached = steps.map((_, i) => deals.filter((d) => reachedOf.get(d.id)! >= i));
  const rows: Row[] = steps.map((name, i) => ({
    cells: {
      stage: name,
      deals: reached[i]!.length,
      conversion: i < steps.length - 1 ? percent(reached[i + 1]!.length, reached[i]!.length) : null,
      dropOff: i < steps.length - 1 ? reached[i]!.length - reached[i + 1]!.length : null,
    },
    drill: { deals: i === 0 ? drillTo(ctx, 'deals', created) : drillIds('deals', reached[i]!.map((d) => d.id)) },
  }));
  return {
    columns: [column(ctx, 'stage', 'text'), column(ctx, 'deals', 'number'), column(ctx, 'conversion', 'percent'), column(ctx, 'dropOff', 'number')],
    rows,
    totals: { stage: ctx.labels.column('total'), deals: deals.length, conversion: percent(reached[steps.length - 1]!.length, deals.length), dropOff: null },
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

/** Rows per owner (by name), each with the owner drill filter added to `extra`. */
async function perOwner(ctx: WidgetContext, deals: DealFact[], cells: (deals: DealFact[]) => Promise<Row['cells']> | Row['cells'], drills: (ownerId: string) => Row['drill']): Promise<Row[]> {
  const name = await personName(ctx);
  const groups = [...groupBy(deals, (d) => d.owner_id).entries()].sort((a, b) => name(a[0]).localeCompare(name(b[0])));
  const rows: Row[] = [];
  for (const [ownerId, list] of groups) rows.push({ cells: { owner: name(ownerId), ...(await cells(list)) }, drill: drills(ownerId) });
  return rows;
}

const ownerIs = (id: string) => [{ field: 'ownerId', op: 'eq', value: id }];

/** Won ÷ (won + lost) among the deals closed in the period, per owner. */
export async function winRate(ctx: WidgetContext): Promise<Table> {
  const closed = await facts(ctx, between('closedAt', ctx.period.start, ctx.period.end));
  const count = (list: DealFact[]) => {
    const won = list.filter((d) => d.won_at !== null).length;
    const lost = list.filter((d) => d.lost_at !== null).length;
    return { won, lost, winRate: percent(won, won + lost) };
  };
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const lostIn = between('lostAt', ctx.period.start, ctx.period.end);
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'lost', 'number'), column(ctx, 'winRate', 'percent')],
    rows: await perOwner(ctx, closed, count, (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]), lost: drillTo(ctx, 'deals', [...lostIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...count(closed) },
  };
}

/** The deals won in the period with each one's amount in the workspace currency (at the rate of its day). */
export async function wonInPeriod(ctx: WidgetContext, start = ctx.period.start, end = ctx.period.end): Promise<Array<DealFact & { base: number }>> {
  const won = await facts(ctx, between('wonAt', start, end));
  const base = await toBase(ctx, won.map((d) => ({ currency: d.currency, minor: d.amount, at: d.won_at })));
  return won.map((d, i) => ({ ...d, base: base[i]! }));
}

const sumBase = (list: ReadonlyArray<{ base: number }>) => list.reduce((s, d) => s + d.base, 0);

/** Won revenue ÷ won deals in the period, per owner. */
export async function avgDeal(ctx: WidgetContext): Promise<Table> {
  const won = await wonInPeriod(ctx);
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const cells = (list: Array<DealFact & { base: number }>) => ({ won: list.length, revenue: money(ctx, sumBase(list)), average: list.length ? money(ctx, sumBase(list) / list.length) : null });
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'revenue', 'money'), column(ctx, 'average', 'money')],
    rows: await perOwner(ctx, won, (list) => cells(list as Array<DealFact & { base: number }>), (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...cells(won) },
  };
}

/** From creation to win for the deals won in the period, per owner: median and mean. */
export async function cycleLength(ctx: WidgetContext): Promise<Table> {
  const wonIn = between('wonAt', ctx.period.start, ctx.period.end);
  const won = await facts(ctx, wonIn);
  const cells = (list: DealFact[]) => {
    const seconds = list.map((d) => secondsBetween(d.created_at, d.won_at!));
    return { won: list.length, median: duration(median(seconds)), mean: duration(mean(seconds)) };
  };
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'won', 'number'), column(ctx, 'median', 'duration'), column(ctx, 'mean', 'duration')],
    rows: await perOwner(ctx, won, cells, (id) => ({ won: drillTo(ctx, 'deals', [...wonIn, ...ownerIs(id)]) })),
    totals: { owner: ctx.labels.column('total'), ...cells(won) },
  };
}
