import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { nowMs } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { fieldRightsFor } from '../../platform/records/field-redaction.js';
import type { RecordContext, RecordType } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { dayIn } from '../../platform/time-zone.js';
import { convert } from '../currencies/currencies.service.js';
import { departmentSubtree } from '../departments/departments.service.js';
import { recordContext } from '../records/records.service.js';
import type { ListFilter } from '../records/record-schema.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import { periodOf, type Bucket, type Period } from './analytics-period.js';
import type { Column, Drill, DrillType, RecordFilter, WidgetQuery } from './analytics.schema.js';
import { dealFacts, stageEntries, type DealFact, type StageEntry } from './deal-facts.repository.js';
import { labelsFor, type Labels } from './analytics-labels.js';
import * as lookups from './lookups.repository.js';

/** What every widget works from: the period, the viewer's scope and filters, money conversion, names. */
export interface WidgetContext {
  db: Executor;
  actor: Actor;
  query: WidgetQuery;
  period: Period;
  bucket: Bucket;
  timeZone: string;
  currency: string;
  today: string;
  atMs: number;
  /** The viewer's field rights hide deal amounts: every money figure is null. */
  amountsHidden: boolean;
  /** Owners the filters allow (owner, department); null: anyone the viewer may see. */
  ownerIds: string[] | null;
  labels: Labels;
  dealKind: RecordType;
  dealCtx: RecordContext;
  missingRates: Set<string>;
  people: () => Promise<lookups.PersonRow[]>;
  stages: () => Promise<lookups.StageLookup[]>;
}

const memo = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

/**
 * The context of one widget query: the workspace's zone and currency, the period, the owners the
 * owner and department filters allow, and whether amounts are hidden from the viewer.
 * @throws AppError validation_failed (period) | not_found (workspace)
 */
export async function widgetContext(db: Executor, actor: Actor, query: WidgetQuery, atMs = nowMs()): Promise<WidgetContext> {
  const workspace = await findWorkspace(db, actor.workspaceId);
  if (!workspace) throw new AppError('not_found', 'The workspace was not found');
  const timeZone = workspace.time_zone;
  const today = dayIn(atMs, timeZone);
  const period = periodOf(query, today, timeZone);
  const dealKind = recordType('deal')!;
  const people = memo(() => lookups.peopleOf(db, actor.workspaceId));
  let ownerIds: string[] | null = query.ownerId ? [query.ownerId] : null;
  if (query.departmentId) {
    const subtree = new Set(await departmentSubtree(db, actor.workspaceId, query.departmentId));
    const members = (await people()).filter((p) => p.department_id !== null && subtree.has(p.department_id)).map((p) => p.id);
    ownerIds = ownerIds ? ownerIds.filter((id) => members.includes(id)) : members;
  }
  return {
    db, actor, query, period, timeZone, today, atMs,
    bucket: query.bucket ?? 'month',
    currency: workspace.default_currency,
    amountsHidden: fieldRightsFor(actor, 'deal').amount === 'hidden' || fieldRightsFor(actor, 'deal').amount === 'masked',
    ownerIds,
    labels: labelsFor(actor.locale),
    dealKind,
    dealCtx: await recordContext(db, actor.workspaceId, dealKind),
    missingRates: new Set(),
    people,
    stages: memo(() => lookups.stagesOf(db, actor.workspaceId)),
  };
}

/** The filters of the query that apply to a type's list (owner, department; pipeline and source for deals). */
export function baseFilters(ctx: WidgetContext, type: DrillType = 'deals'): RecordFilter[] {
  const out: RecordFilter[] = [];
  if (ctx.ownerIds) out.push({ field: 'ownerId', op: 'in', value: ctx.ownerIds });
  if (type === 'deals') {
    if (ctx.query.pipelineId) out.push({ field: 'pipelineId', op: 'eq', value: ctx.query.pipelineId });
    if (ctx.query.source) out.push({ field: 'source', op: 'eq', value: ctx.query.source });
  }
  return out;
}

/** `[field >= start, field < end]` of the period (or of other instants). */
export function between(field: string, start: string, end: string): RecordFilter[] {
  return [{ field, op: 'gte', value: start }, { field, op: 'lt', value: end }];
}

/** A record list's filter parameters from conditions; null when they can match nothing (no owner allowed). */
export function listFilterOf(filters: RecordFilter[]): ListFilter | null {
  if (filters.some((f) => f.op === 'in' && Array.isArray(f.value) && f.value.length === 0)) return null;
  return { sort: 'name', filter: JSON.stringify(filters) };
}

/** A drill-down to a record list with the query's own filters and some more. */
export function drillTo(ctx: WidgetContext, type: DrillType, extra: RecordFilter[]): Drill {
  return { type, filter: [...baseFilters(ctx, type), ...extra] };
}

/** A drill-down to records no list filter can name (at most 1,000 of them). */
export function drillIds(type: DrillType, ids: readonly string[]): Drill {
  return { type, ids: ids.slice(0, 1000) };
}

/**
 * Amounts in the workspace currency, each at the rate of its own day (`at`, an instant, or today);
 * those without a rate count as 0 and name their currency in the answer's `missingRates`.
 */
export async function toBase(ctx: WidgetContext, amounts: ReadonlyArray<{ currency: string; minor: number; at?: string | null }>): Promise<number[]> {
  if (amounts.every((a) => a.currency === ctx.currency)) return amounts.map((a) => a.minor);
  const result = await convert(ctx.db, ctx.actor.workspaceId, amounts.map((a) => ({ currency: a.currency, minor: a.minor, date: a.at ? dayIn(a.at, ctx.timeZone) : ctx.today })), ctx.today);
  for (const c of result.missingRates) ctx.missingRates.add(c);
  return result.converted.map((v) => v ?? 0);
}

/** A money figure as the viewer may see it: null when amounts are hidden from them. */
export const money = (ctx: WidgetContext, minor: number): number | null => (ctx.amountsHidden ? null : Math.round(minor));

/** A percentage with one decimal (0–100), or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);

/** The median of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The mean of numbers (null for none). */
export const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);

/** Seconds between two instants, whole. */
export const secondsBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 1000);

/** A duration figure: whole seconds, or null. */
export const duration = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds));

/** The visible deals the query's filters and `extra` match. */
export async function facts(ctx: WidgetContext, extra: RecordFilter[]): Promise<DealFact[]> {
  const filter = listFilterOf([...baseFilters(ctx), ...extra]);
  return filter ? dealFacts(ctx.db, ctx.actor, ctx.dealKind, ctx.dealCtx, filter) : [];
}

/** The stage entries of the visible deals the query's filters and `extra` match. */
export async function entries(ctx: WidgetContext, extra: RecordFilter[]): Promise<StageEntry[]> {
  const filter = listFilterOf([...baseFilters(ctx), ...extra]);
  return filter ? stageEntries(ctx.db, ctx.actor, ctx.dealKind, ctx.dealCtx, filter) : [];
}

/** The pipeline a widget about stages looks at: the asked one, else the first live one. @throws AppError not_found */
export async function pipelineOf(ctx: WidgetContext): Promise<{ id: string; name: string }> {
  const pipelines = await lookups.pipelinesOf(ctx.db, ctx.actor.workspaceId);
  const pipeline = ctx.query.pipelineId ? pipelines.find((p) => p.id === ctx.query.pipelineId) : pipelines.find((p) => p.retired_at === null);
  if (!pipeline) throw new AppError('not_found', 'The pipeline was not found', { pipelineId: 'not_found' });
  return pipeline;
}

/** A column in the viewer's language. */
export const column = (ctx: WidgetContext, key: string, type: Column['type']): Column => ({ key, label: ctx.labels.column(key), type });

/** Rows grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A person's name, or the id when they are gone. */
export async function personName(ctx: WidgetContext): Promise<(id: string) => string> {
  const byId = new Map((await ctx.people()).map((p) => [p.id, p.name]));
  return (id) => byId.get(id) ?? id;
}
