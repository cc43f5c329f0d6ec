import type { TFunction } from 'i18next';
import type { Table } from './analytics.api';
import { CHART_KINDS, type ChartKind } from './chartOption';
import type { ReportDefinition } from './reports.api';

/** The report builder's form state and how it maps to the API's report definition. */

export const ENTITIES = ['deals', 'contacts', 'companies', 'activities'] as const;
export const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const OPS = ['count', 'sum', 'avg', 'median', 'conversion'] as const;
export const FILTER_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'empty', 'notEmpty'] as const;
/** The API takes up to six measures (`measures` in src/modules/analytics/reports.schema.ts). */
export const MAX_MEASURES = 6;

export type Bucket = (typeof BUCKETS)[number];
export type Op = (typeof OPS)[number];
export type FieldKind = 'text' | 'id' | 'enum' | 'number' | 'date' | 'time' | 'bool';

/** A field the builder offers: a record type's filter field or one of its custom fields (`custom.<key>`). */
export interface FieldOption { value: string; label: string; kind: string }
export interface GroupSlot { field: string; bucket?: Bucket }
export interface MeasureDraft { op: Op; field?: string }
export interface ConditionDraft { field: string; op: string; value?: string }

export interface Draft {
  entity: string;
  /** Two slots, each may be empty on its own: the second is usable before the first (it then groups alone). */
  groups: [GroupSlot | null, GroupSlot | null];
  measures: MeasureDraft[];
  conditions: ConditionDraft[];
  chart: ChartKind;
}

export const isTimeKind = (kind: string | undefined) => kind === 'date' || kind === 'time';

/** A new report: the records counted per owner, as bars. */
export function emptyDraft(entity = 'deals'): Draft {
  return { entity, groups: [{ field: 'ownerId' }, null], measures: [{ op: 'count' }], conditions: [], chart: 'bar' };
}

/** The measures a record type allows: conversion only where records convert (won deals, done activities). */
export function opsFor(fields: FieldOption[]): Op[] {
  const converts = fields.some((f) => f.value === 'wonAt' || f.value === 'doneAt');
  const numbers = fields.some((f) => f.kind === 'number');
  return OPS.filter((op) => (op === 'conversion' ? converts : op === 'count' ? true : numbers));
}

/** A measure as its op asks: count and conversion take no field, the others a number field. */
export function withOp(measure: MeasureDraft, op: Op, fields: FieldOption[]): MeasureDraft {
  if (op === 'count' || op === 'conversion') return { op };
  const numbers = fields.filter((f) => f.kind === 'number');
  return { op, field: numbers.some((f) => f.value === measure.field) ? measure.field : numbers[0]?.value };
}

const measureId = (m: MeasureDraft) => `${m.op}:${m.field ?? ''}`;

/** The definition the API runs: empty group slots and incomplete filters left out, repeated measures once. */
export function toDefinition(draft: Draft, fields: FieldOption[]): ReportDefinition {
  const kindOf = (field: string) => fields.find((f) => f.value === field)?.kind;
  const seen = new Set<string>();
  const measures = draft.measures.filter((m) => (m.op === 'count' || m.op === 'conversion' || m.field) && !seen.has(measureId(m)) && seen.add(measureId(m)));
  return {
    entity: draft.entity,
    filters: draft.conditions.filter((c) => c.field).map((c) => (c.op === 'empty' || c.op === 'notEmpty'
      ? { field: c.field, op: c.op }
      : { field: c.field, op: c.op, value: kindOf(c.field) === 'number' ? Number(c.value) : c.value ?? '' })),
    groupBy: draft.groups.filter((g): g is GroupSlot => g !== null && g.field !== '')
      .map((g) => (isTimeKind(kindOf(g.field)) ? { field: g.field, bucket: g.bucket ?? 'month' } : { field: g.field })),
    measures: (measures.length ? measures : [{ op: 'count' as const }]).map((m) => (m.op === 'count' || m.op === 'conversion' ? { op: m.op } : { op: m.op, field: m.field })),
    chart: draft.chart,
  };
}

/** The form state of a saved definition (what the API stored; unknown parts fall back to the defaults). */
export function fromDefinition(value: unknown): Draft {
  const def = (value ?? {}) as Partial<ReportDefinition>;
  const groups = (def.groupBy ?? []).slice(0, 2).map((g) => ({ field: g.field, ...(g.bucket ? { bucket: g.bucket } : {}) }));
  return {
    entity: def.entity ?? 'deals',
    groups: [groups[0] ?? null, groups[1] ?? null],
    measures: (def.measures ?? []).length ? (def.measures ?? []).map((m) => (m.field ? { op: m.op, field: m.field } : { op: m.op })) : [{ op: 'count' }],
    conditions: (def.filters ?? []).map((f) => ({ field: f.field, op: f.op, ...(f.value === undefined ? {} : { value: String(f.value) }) })),
    chart: (CHART_KINDS as readonly string[]).includes(def.chart ?? '') ? (def.chart as ChartKind) : 'table',
  };
}

/** A measure's name for people: "Sum of Amount", "Count". */
export function measureLabel(m: { op: string; field?: string | undefined }, fieldLabel: (field: string) => string, t: TFunction): string {
  return m.field ? t('analytics.report.measureOf', { op: t(`analytics.ops.${m.op}`), field: fieldLabel(m.field) }) : t(`analytics.ops.${m.op}`);
}

/**
 * The answer's columns named in the viewer's language from the definition that made it: the group
 * columns after their fields (with the step), the measure columns after the measure. The answer
 * lists groups then measures in the definition's order; any other shape keeps the server's labels.
 */
export function relabel(table: Table, def: ReportDefinition, fieldLabel: (field: string) => string, t: TFunction): Table {
  const labels = [
    ...(def.groupBy ?? []).map((g) => (g.bucket ? `${fieldLabel(g.field)} (${t(`analytics.buckets.${g.bucket}`).toLowerCase()})` : fieldLabel(g.field))),
    ...def.measures.map((m) => measureLabel(m, fieldLabel, t)),
  ];
  if (labels.length !== table.columns.length) return table;
  return { ...table, columns: table.columns.map((c, i) => ({ ...c, label: labels[i]! })) };
}
