import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { assertListable, fieldRightsFor } from '../../platform/records/field-redaction.js';
import type { ColumnKind, RecordType } from '../../platform/records/record-type.js';
import { recordTypes } from '../../platform/records/registry.js';
import { dayIn, startOfDayIn } from '../../platform/time-zone.js';
import { recordContext } from '../records/records.service.js';
import { bucketLabel, bucketStart, nextBucketStart, type Bucket } from './analytics-period.js';
import { DRILL_TYPES, type Column, type DrillType, type RecordFilter, type Row } from './analytics.schema.js';
import { recordFacts } from './deal-facts.repository.js';
import * as lookups from './lookups.repository.js';
import type { ReportDefinition, ReportRunOutput } from './reports.schema.js';
import { customFieldsOf } from './reports.repository.js';
import { mean, median, percent, toBase, widgetContext, type WidgetContext } from './widget-context.js';

/** The report builder: an entity's visible records, filtered, grouped by up to two fields, measured. */

interface FieldSpec {
  name: string;
  kind: ColumnKind;
  column: string;
  read: (row: Record<string, unknown>) => unknown;
  hidden: boolean;
  money: boolean;
}

const CUSTOM_KIND: Record<string, ColumnKind> = { number: 'number', money: 'number', date: 'date', datetime: 'time', checkbox: 'enum', select: 'enum', user: 'id' };
const LABELLED = new Set(['ownerId', 'pipelineId', 'stageId', 'lostReasonId']);

/** The record type of a report's entity (its plural). @throws AppError validation_failed (`entity: not_found`) */
function entityOf(entity: string): RecordType {
  const kind = recordTypes().find((t) => t.plural === entity);
  if (!kind) throw new AppError('validation_failed', 'There is no such kind of record', { entity: 'not_found' });
  return kind;
}

/** A field of the type by its API name (or `custom.<key>`). @throws AppError validation_failed (`<at>: not_found | field_retired`) */
async function fieldOf(db: Executor, actor: Actor, kind: RecordType, name: string, at: string): Promise<FieldSpec> {
  const rights = fieldRightsFor(actor, kind.entityType);
  const hidden = rights[name] === 'hidden' || rights[name] === 'masked';
  if (name.startsWith('custom.')) {
    const key = name.slice('custom.'.length);
    const def = (await customFieldsOf(db, actor.workspaceId, kind.entityType)).find((d) => d.key === key);
    if (!def) throw new AppError('validation_failed', `There is no field ${name}`, { [at]: 'not_found' });
    if (def.retired_at !== null) throw new AppError('validation_failed', `The field ${name} was retired`, { [at]: 'field_retired' });
    return { name, kind: CUSTOM_KIND[def.type] ?? 'text', column: 'custom', read: (row) => fromJson<Record<string, unknown>>(row.custom)?.[key] ?? null, hidden, money: false };
  }
  const spec = kind.filterColumns.get(name);
  if (!spec) throw new AppError('validation_failed', `There is no field ${name}`, { [at]: 'not_found' });
  return { name, kind: spec.kind, column: spec.column, read: (row) => row[spec.column] ?? null, hidden, money: name === 'amount' && kind.filterColumns.has('currency') };
}

/** What a record counts as converted: a won deal, a done activity. */
function convertedOf(kind: RecordType): ((row: Record<string, unknown>) => boolean) | null {
  if (kind.filterColumns.has('wonAt')) return (row) => row.won_at !== null && row.won_at !== undefined;
  if (kind.filterColumns.has('doneAt')) return (row) => row.status === 'done';
  return null;
}

interface Group { keys: string[]; values: unknown[]; rows: Array<Record<string, unknown>> }

/** A group value's key and how a drill filter names it (time buckets: a range). */
function groupKey(ctx: WidgetContext, field: FieldSpec, bucket: Bucket | undefined, value: unknown): { key: string; filter: RecordFilter[] } {
  if (value === null || value === undefined || value === '') return { key: '', filter: [{ field: field.name, op: 'empty' }] };
  if (field.kind === 'time' || field.kind === 'date') {
    const day = field.kind === 'time' ? dayIn(String(value), ctx.timeZone) : String(value).slice(0, 10);
    const first = bucketStart(day, bucket ?? 'month');
    const next = nextBucketStart(first, bucket ?? 'month');
    const range = field.kind === 'time'
      ? [{ field: field.name, op: 'gte', value: startOfDayIn(first, ctx.timeZone) }, { field: field.name, op: 'lt', value: startOfDayIn(next, ctx.timeZone) }]
      : [{ field: field.name, op: 'gte', value: first }, { field: field.name, op: 'lt', value: next }];
    return { key: bucketLabel(first, bucket ?? 'month'), filter: range };
  }
  return { key: String(value), filter: [{ field: field.name, op: 'eq', value: String(value) }] };
}

/**
 * Runs a report definition over the records the actor may see: the list's visibility and filters,
 * the period on one of the type's time fields, up to two groupings, measures per group with totals.
 * @throws AppError forbidden | validation_failed (entity, fields: not_found | field_retired | field_hidden, measures: measure_type, filter)
 */
export async function runReport(db: Executor, actor: Actor, def: ReportDefinition): Promise<ReportRunOutput> {
  authorize(actor, 'reports', 'view');
  const kind = entityOf(def.entity);
  authorize(actor, kind.module, 'view');
  const groups = await Promise.all(def.groupBy.map(async (g) => {
    const field = await fieldOf(db, actor, kind, g.field, 'groupBy');
    if (field.hidden) throw new AppError('validation_failed', `You may not see ${g.field}`, { groupBy: 'field_hidden' });
    return { field, bucket: g.bucket };
  }));
  const converted = convertedOf(kind);
  const measures = await Promise.all(def.measures.map(async (m, i) => {
    if (m.op === 'count' || m.op === 'conversion') {
      if (m.field !== undefined) throw new AppError('validation_failed', `${m.op} takes no field`, { [`measures.${i}`]: 'measure_type' });
      if (m.op === 'conversion' && !converted) throw new AppError('validation_failed', `${def.entity} have no conversion`, { [`measures.${i}`]: 'measure_type' });
      return { ...m, field: null };
    }
    if (m.field === undefined) throw new AppError('validation_failed', `${m.op} needs a field`, { [`measures.${i}`]: 'measure_type' });
    const field = await fieldOf(db, actor, kind, m.field, `measures.${i}`);
    if (field.kind !== 'number') throw new AppError('validation_failed', `${m.op} of ${m.field} makes no sense`, { [`measures.${i}`]: 'measure_type' });
    return { ...m, field };
  }));
  const ctx = await widgetContext(db, actor, def.period ? { from: def.period.from, to: def.period.to } : {});
  const filters: RecordFilter[] = [...def.filters];
  if (def.period) {
    const field = await fieldOf(db, actor, kind, def.period.field, 'period.field');
    if (field.kind === 'time') filters.push({ field: field.name, op: 'gte', value: ctx.period.start }, { field: field.name, op: 'lt', value: ctx.period.end });
    else if (field.kind === 'date') filters.push({ field: field.name, op: 'gte', value: def.period.from }, { field: field.name, op: 'lte', value: def.period.to });
    else throw new AppError('validation_failed', 'The period needs a date or time field', { 'period.field': 'measure_type' });
  }
  const listFilter = { sort: 'name', filter: JSON.stringify(filters) };
  assertListable(actor, kind, listFilter);
  const columns = new Set(['id', 'won_at', 'status', 'currency'].filter((c) => c === 'id' || [...kind.filterColumns.values()].some((s) => s.column === c)));
  for (const g of groups) columns.add(g.field.column);
  for (const m of measures) if (m.field) columns.add(m.field.column);
  const rows = await recordFacts<Record<string, unknown>>(db, actor, kind, await recordContext(db, actor.workspaceId, kind), listFilter, [...columns]);
  return buildTable(ctx, kind, def, rows, groups, measures, filters, converted);
}

type Measure = { op: ReportDefinition['measures'][number]['op']; field: FieldSpec | null };

async function buildTable(
  ctx: WidgetContext, kind: RecordType, def: ReportDefinition, rows: Array<Record<string, unknown>>,
  groups: Array<{ field: FieldSpec; bucket: Bucket | undefined }>, measures: Measure[], filters: RecordFilter[], converted: ((row: Record<string, unknown>) => boolean) | null,
): Promise<ReportRunOutput> {
  // Money measures sum amounts in the workspace currency (today's rates).
  const moneyOf = new Map<Record<string, unknown>, number>();
  if (measures.some((m) => m.field?.money)) {
    const base = await toBase(ctx, rows.map((r) => ({ currency: String(r.currency ?? ctx.currency), minor: Number(r.amount ?? 0) })));
    rows.forEach((r, i) => moneyOf.set(r, base[i]!));
  }
  const byKey = new Map<string, Group & { filter: RecordFilter[] }>();
  for (const row of rows) {
    const parts = groups.map((g) => groupKey(ctx, g.field, g.bucket, g.field.read(row)));
    const key = JSON.stringify(parts.map((p) => p.key));
    const group = byKey.get(key) ?? { keys: parts.map((p) => p.key), values: [], rows: [], filter: parts.flatMap((p) => p.filter) };
    group.rows.push(row);
    byKey.set(key, group);
  }
  const labelOf = await labeller(ctx, groups.map((g) => g.field.name));
  const measureKey = (m: Measure) => (m.field ? `${m.op}_${m.field.name.replace('.', '_')}` : m.op);
  const figure = (m: Measure, list: Array<Record<string, unknown>>): number | null => {
    if (m.op === 'count') return list.length;
    if (m.op === 'conversion') return percent(list.filter(converted!).length, list.length);
    if (m.field!.hidden) return null;
    const values = list.map((r) => (m.field!.money ? moneyOf.get(r)! : Number(m.field!.read(r)))).filter((v) => Number.isFinite(v));
    const value = m.op === 'sum' ? values.reduce((s, v) => s + v, 0) : m.op === 'avg' ? mean(values) : median(values);
    return value === null ? null : m.field!.money ? Math.round(value) : Math.round(value * 100) / 100;
  };
  const type: DrillType | null = (DRILL_TYPES as readonly string[]).includes(def.entity) ? (def.entity as DrillType) : null;
  const sorted = [...byKey.values()].sort((a, b) => JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys)));
  const none = ctx.labels.column('none');
  const tableRows: Row[] = sorted.map((g) => {
    const cells: Row['cells'] = {};
    groups.forEach((grp, i) => (cells[`g${i + 1}`] = g.keys[i] === '' ? none : labelOf(grp.field.name, g.keys[i]!)));
    for (const m of measures) cells[measureKey(m)] = figure(m, g.rows);
    if (!type) return { cells };
    return { cells, drill: Object.fromEntries(measures.map((m) => [measureKey(m), { type, filter: [...filters, ...g.filter] }])) };
  });
  const measureColumn = (m: Measure): Column => ({
    key: measureKey(m),
    label: m.field ? `${ctx.labels.column(({ sum: 'sum', avg: 'average', median: 'median' } as Record<string, string>)[m.op]!)}: ${m.field.name}` : ctx.labels.column(m.op === 'count' ? 'count' : 'rate'),
    type: m.op === 'count' ? 'number' : m.op === 'conversion' ? 'percent' : m.field!.money ? 'money' : 'number',
  });
  const totals: Row['cells'] = {};
  groups.forEach((_, i) => (totals[`g${i + 1}`] = i === 0 ? ctx.labels.column('total') : null));
  for (const m of measures) totals[measureKey(m)] = figure(m, rows);
  return {
    entity: kind.plural, chart: def.chart, currency: ctx.currency, missingRates: [...ctx.missingRates].sort(),
    data: { columns: [...groups.map((g, i): Column => ({ key: `g${i + 1}`, label: g.field.name, type: 'text' })), ...measures.map(measureColumn)], rows: tableRows, totals },
  };
}

/** Names for the values of id fields people read by name (owner, pipeline, stage, lost reason). */
async function labeller(ctx: WidgetContext, fields: string[]): Promise<(field: string, value: string) => string> {
  if (!fields.some((f) => LABELLED.has(f))) return (_f, v) => v;
  const [people, pipelines, stages, reasons] = await Promise.all([ctx.people(), lookups.pipelinesOf(ctx.db, ctx.actor.workspaceId), ctx.stages(), lookups.reasonNames(ctx.db, ctx.actor.workspaceId)]);
  const names: Record<string, Map<string, string>> = {
    ownerId: new Map(people.map((p) => [p.id, p.name])), pipelineId: new Map(pipelines.map((p) => [p.id, p.name])),
    stageId: new Map(stages.map((s) => [s.id, s.name])), lostReasonId: reasons,
  };
  return (field, value) => names[field]?.get(value) ?? value;
}

