import { addMonths, dayIn, monthsBetween } from '../../platform/time-zone.js';
import { bucketIndex, bucketsOf } from './analytics-period.js';
import type { Row, Table } from './analytics.schema.js';
import type { DealFact } from './deal-facts.repository.js';
import { column, drillIds, facts, money, percent, toBase, type WidgetContext } from './widget-context.js';

/**
 * Client metrics. A client is a company, or a person who bought without a company (the deal's
 * first person); deals with neither are no one's and left out. Every won deal the viewer may see
 * counts, whenever it was won: a client is "new" in the period of their first visible win.
 */

type Win = DealFact & { base: number; client: string; month: string };

/** The visible won deals that have a client, oldest first, each with its amount in the workspace currency and its local month. */
async function wins(ctx: WidgetContext): Promise<Win[]> {
  const won = (await facts(ctx, [{ field: 'wonAt', op: 'notEmpty' }])).filter((d) => d.company_id !== null || d.contact_id !== null);
  const base = await toBase(ctx, won.map((d) => ({ currency: d.currency, minor: d.amount, at: d.won_at })));
  return won
    .map((d, i) => ({ ...d, base: base[i]!, client: d.company_id ? `company:${d.company_id}` : `contact:${d.contact_id}`, month: dayIn(d.won_at!, ctx.timeZone).slice(0, 7) }))
    .sort((a, b) => (a.won_at! < b.won_at! ? -1 : a.won_at! > b.won_at! ? 1 : 0));
}

/** Each client's first win (the list is oldest first). */
function firstWins(list: Win[]): Map<string, Win> {
  const first = new Map<string, Win>();
  for (const w of list) if (!first.has(w.client)) first.set(w.client, w);
  return first;
}

/** Per `bucket` of the period: clients with a won deal whose first win is in it (new) or earlier (repeat), and their revenue. */
export async function clientsNewRepeat(ctx: WidgetContext): Promise<Table> {
  const all = await wins(ctx);
  const first = firstWins(all);
  const buckets = bucketsOf(ctx.period, ctx.bucket);
  const per = buckets.map(() => ({ fresh: new Set<string>(), repeat: new Set<string>(), newRevenue: 0, repeatRevenue: 0, deals: [] as string[] }));
  for (const w of all) {
    const i = bucketIndex(buckets, w.won_at!);
    if (i < 0) continue;
    const isNew = Date.parse(first.get(w.client)!.won_at!) >= Date.parse(buckets[i]!.start);
    const b = per[i]!;
    (isNew ? b.fresh : b.repeat).add(w.client);
    if (isNew) b.newRevenue += w.base;
    else b.repeatRevenue += w.base;
    b.deals.push(w.id);
  }
  const rows: Row[] = buckets.map((bucket, i) => {
    const b = per[i]!;
    return {
      cells: { period: bucket.label, newClients: b.fresh.size, repeatClients: b.repeat.size, newRevenue: money(ctx, b.newRevenue), repeatRevenue: money(ctx, b.repeatRevenue) },
      drill: { newClients: drillIds('deals', all.filter((w) => b.fresh.has(w.client) && b.deals.includes(w.id)).map((w) => w.id)), repeatClients: drillIds('deals', all.filter((w) => b.repeat.has(w.client) && b.deals.includes(w.id)).map((w) => w.id)) },
    };
  });
  return {
    columns: [column(ctx, 'period', 'text'), column(ctx, 'newClients', 'number'), column(ctx, 'repeatClients', 'number'), column(ctx, 'newRevenue', 'money'), column(ctx, 'repeatRevenue', 'money')],
    rows,
    totals: {
      period: ctx.labels.column('total'),
      newClients: per.reduce((s, b) => s + b.fresh.size, 0), repeatClients: per.reduce((s, b) => s + b.repeat.size, 0),
      newRevenue: money(ctx, per.reduce((s, b) => s + b.newRevenue, 0)), repeatRevenue: money(ctx, per.reduce((s, b) => s + b.repeatRevenue, 0)),
    },
  };
}

/** Months after the cohort's month shown as columns. */
export const RETENTION_MONTHS = 12;

/**
 * Monthly cohorts of the months of the period: the clients whose first win is in month M, and for
 * k = 1..12 the share of them with another won deal in month M+k (null for a month that has not begun).
 */
export async function retention(ctx: WidgetContext): Promise<Table> {
  const all = await wins(ctx);
  const first = firstWins(all);
  const thisMonth = ctx.today.slice(0, 7);
  const monthsOf = new Map<string, Set<string>>();
  for (const w of all) {
    const set = monthsOf.get(w.client) ?? new Set<string>();
    set.add(w.month);
    monthsOf.set(w.client, set);
  }
  const rows: Row[] = monthsBetween(ctx.period.from.slice(0, 7), ctx.period.to.slice(0, 7)).map((month) => {
    const cohort = [...first.values()].filter((w) => w.month === month);
    const cells: Row['cells'] = { cohort: month, clients: cohort.length };
    for (let k = 1; k <= RETENTION_MONTHS; k++) {
      const later = addMonths(month, k);
      cells[`m${k}`] = later > thisMonth ? null : percent(cohort.filter((w) => monthsOf.get(w.client)!.has(later)).length, cohort.length);
    }
    return { cells, drill: { clients: drillIds('deals', cohort.map((w) => w.id)) } };
  });
  return {
    columns: [column(ctx, 'cohort', 'text'), column(ctx, 'clients', 'number'),
      ...Array.from({ length: RETENTION_MONTHS }, (_, i) => ({ key: `m${i + 1}`, label: `+${i + 1}`, type: 'percent' as const }))],
    rows,
  };
}

/** Lifetime value: all won revenue of the clients ÷ the clients, and won deals per client, over every visible win. */
export async function clv(ctx: WidgetContext): Promise<Table> {
  const all = await wins(ctx);
  const clients = new Set(all.map((w) => w.client)).size;
  const revenue = all.reduce((s, w) => s + w.base, 0);
  const cells = { clients, revenue: money(ctx, revenue), clv: clients ? money(ctx, revenue / clients) : null, dealsPerClient: clients ? Math.round((all.length * 100) / clients) / 100 : null };
  return {
    columns: [column(ctx, 'clients', 'number'), column(ctx, 'revenue', 'money'), column(ctx, 'clv', 'money'), column(ctx, 'dealsPerClient', 'number')],
    rows: [{ cells, drill: { clients: drillIds('deals', all.map((w) => w.id)) } }],
    totals: cells,
  };
}
