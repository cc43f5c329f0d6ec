import { recordType } from '../../platform/records/registry.js';
import { recordContext } from '../records/records.service.js';
import type { Bucket } from './analytics-period.js';
import type { DrillType, RecordFilter } from './analytics.schema.js';
import { durationStats, groupedFacts, idsPerGroup, type DurationEnd, type GroupKey } from './aggregates.repository.js';
import { baseFilters, duration, listFilterOf, toBase, type WidgetContext } from './widget-context.js';

/** Widget figures the database groups (decision 0036): counts, money in the workspace currency, durations. */

/** One group's figures: its key values, count, counts of set columns, and money in the workspace currency. */
export interface Sum {
  keys: Array<string | null>;
  count: number;
  counts: number[];
  base: number;
}

export interface SumSpec {
  keys: GroupKey[];
  /** Columns counted when set (e.g. `won_at`). */
  counted?: string[];
  /** Sum `amount` in the workspace currency at the rate of this column's day (null: today's); undefined: no money. */
  moneyAt?: string | null;
  /** The record type (default: deals). */
  entityType?: string;
  drillType?: DrillType;
  /** Only records with one of these columns set. */
  anyOf?: string[];
}

async function kindOf(ctx: WidgetContext, entityType: string | undefined) {
  if (!entityType || entityType === 'deal') return { kind: ctx.dealKind, rctx: ctx.dealCtx };
  const kind = recordType(entityType)!;
  return { kind, rctx: await recordContext(ctx.db, ctx.actor.workspaceId, kind) };
}

/** Groups of the visible records the query's filters and `extra` match, one per distinct key, with money converted. */
export async function sums(ctx: WidgetContext, extra: RecordFilter[], spec: SumSpec): Promise<Sum[]> {
  const filter = listFilterOf([...baseFilters(ctx, spec.drillType ?? 'deals'), ...extra]);
  if (!filter) return [];
  const { kind, rctx } = await kindOf(ctx, spec.entityType);
  const money = spec.moneyAt === undefined ? undefined : { currency: ctx.currency, at: spec.moneyAt };
  const rows = await groupedFacts(ctx.db, ctx.actor, kind, rctx, filter, { keys: spec.keys, counted: spec.counted, money });
  const foreign = rows.filter((r) => money && r.currency !== ctx.currency);
  const converted = foreign.length ? await toBase(ctx, foreign.map((r) => ({ currency: r.currency!, minor: r.sum, at: r.at }))) : [];
  const baseOf = new Map(foreign.map((r, i) => [r, converted[i]!]));
  const out = new Map<string, Sum>();
  for (const r of rows) {
    const id = JSON.stringify(r.keys);
    const sum = out.get(id) ?? { keys: r.keys, count: 0, counts: r.counts.map(() => 0), base: 0 };
    sum.count += r.count;
    r.counts.forEach((c, i) => (sum.counts[i]! += c));
    sum.base += money ? baseOf.get(r) ?? r.sum : 0;
    out.set(id, sum);
  }
  return [...out.values()];
}

/** The totals of groups. */
export function totalOf(list: readonly Sum[]): Sum {
  const total: Sum = { keys: [], count: 0, counts: [], base: 0 };
  for (const s of list) {
    total.count += s.count;
    s.counts.forEach((c, i) => (total.counts[i] = (total.counts[i] ?? 0) + c));
    total.base += s.base;
  }
  return total;
}

/** A time-bucket key of the query's period. */
export const bucketKey = (ctx: WidgetContext, column: string, bucket: Bucket = ctx.bucket): GroupKey => ({ bucketOf: column, period: ctx.period, bucket });

/** Up to 1,000 ids per group of the visible records the query's filters and `extra` match. */
export async function groupIds(ctx: WidgetContext, extra: RecordFilter[], key: GroupKey, spec: Pick<SumSpec, 'entityType' | 'drillType' | 'anyOf'> = {}): Promise<Map<string | null, string[]>> {
  const filter = listFilterOf([...baseFilters(ctx, spec.drillType ?? 'deals'), ...extra]);
  if (!filter) return new Map();
  const { kind, rctx } = await kindOf(ctx, spec.entityType);
  return idsPerGroup(ctx.db, ctx.actor, kind, rctx, filter, key, 1000, spec.anyOf);
}

/** Duration figures of a group: how many, median and mean (whole seconds). */
export interface Durations {
  key: string | null;
  count: number;
  median: number | null;
  mean: number | null;
}

const figures = (s: { key: string | null; count: number; sum: number; lower: number; upper: number }): Durations => ({
  key: s.key, count: s.count, median: duration((s.lower + s.upper) / 2), mean: duration(s.sum / s.count),
});

/** Seconds from `from` to `to` of the visible records matched, per `key` group and in total. */
export async function durations(ctx: WidgetContext, extra: RecordFilter[], key: GroupKey, from: string, to: DurationEnd, spec: Pick<SumSpec, 'entityType' | 'drillType' | 'anyOf'> = {}): Promise<{ groups: Durations[]; total: Durations }> {
  const filter = listFilterOf([...baseFilters(ctx, spec.drillType ?? 'deals'), ...extra]);
  const none: Durations = { key: null, count: 0, median: null, mean: null };
  if (!filter) return { groups: [], total: none };
  const { kind, rctx } = await kindOf(ctx, spec.entityType);
  const { groups, total } = await durationStats(ctx.db, ctx.actor, kind, rctx, filter, key, from, to, spec.anyOf);
  return { groups: groups.map(figures), total: total ? figures(total) : none };
}
