import { z } from 'zod';
import { currencyCode, isRealDay, uuidSchema } from '../../platform/schemas.js';
import { BUCKETS } from './analytics-period.js';

/** Zod for the analytics API (docs/api-analytics.md): widget queries and the one tabular answer. */

export const WIDGET_KEYS = [
  'funnel', 'win_rate', 'avg_deal', 'cycle_length', 'stage_time', 'revenue', 'plan_fact', 'forecast', 'activity',
  'response_time', 'lost_reasons', 'sources', 'clients_new_repeat', 'retention', 'clv', 'resolve_time',
] as const;
export type WidgetKey = (typeof WIDGET_KEYS)[number];

export const REVENUE_BY = ['period', 'owner', 'department', 'product', 'source', 'segment'] as const;
export type RevenueBy = (typeof REVENUE_BY)[number];

export const COLUMN_TYPES = ['text', 'number', 'money', 'percent', 'duration'] as const;
export const DRILL_TYPES = ['deals', 'contacts', 'companies', 'activities'] as const;
export type DrillType = (typeof DRILL_TYPES)[number];

/** A day `YYYY-MM-DD` that exists. */
export const dayQuery = z.string().refine(isRealDay, 'invalid_date');

/** The parameters every widget takes (each optional); `bucket` and `by` where the widget has them. */
export const widgetQuery = z.object({
  from: dayQuery.optional(),
  to: dayQuery.optional(),
  ownerId: uuidSchema.optional(),
  departmentId: uuidSchema.optional(),
  pipelineId: uuidSchema.optional(),
  source: z.string().trim().min(1, 'required').max(200, 'too_long').optional(),
  bucket: z.enum(BUCKETS, 'invalid_option').optional(),
  by: z.enum(REVENUE_BY, 'invalid_option').optional(),
});
export type WidgetQuery = z.infer<typeof widgetQuery>;

export const widgetParams = z.strictObject({ key: z.enum(WIDGET_KEYS, 'not_found') });

/** One condition of a record list's `filter` parameter, as the lists accept it. */
export const recordFilter = z.object({ field: z.string(), op: z.string(), value: z.unknown().optional() });
export type RecordFilter = { field: string; op: string; value?: unknown };

/** Where a number leads: a record list with a filter, or (when no filter expresses the set) up to 1,000 ids. */
export const drillOutput = z.object({
  type: z.enum(DRILL_TYPES),
  filter: z.array(recordFilter).optional(),
  ids: z.array(z.string()).optional(),
});
export type Drill = z.infer<typeof drillOutput>;

export const cellValue = z.union([z.string(), z.number(), z.null()]);
export type CellValue = z.infer<typeof cellValue>;

export const columnOutput = z.object({ key: z.string(), label: z.string(), type: z.enum(COLUMN_TYPES) });
export type Column = z.infer<typeof columnOutput>;

/** The tabular shape of every widget and report: columns, rows of cells (with drill-downs), totals. */
export const tableOutput = z.object({
  columns: z.array(columnOutput),
  rows: z.array(z.object({ cells: z.record(z.string(), cellValue), drill: z.record(z.string(), drillOutput).optional() })),
  totals: z.record(z.string(), cellValue).optional(),
});
export type Table = z.infer<typeof tableOutput>;
export type Row = Table['rows'][number];

export const widgetOutput = z.object({
  key: z.enum(WIDGET_KEYS),
  period: z.object({ from: z.string(), to: z.string() }),
  currency: z.string(),
  /** Currencies some amounts were in that have no exchange rate for their day: those amounts are left out. */
  missingRates: z.array(z.string()),
  data: tableOutput,
});
export type WidgetOutput = z.infer<typeof widgetOutput>;

export const widgetsOutput = z.object({
  widgets: z.array(z.object({ key: z.enum(WIDGET_KEYS), title: z.string(), description: z.string(), params: z.array(z.string()) })),
});

export const drillQuery = z.strictObject({
  type: z.enum(DRILL_TYPES, 'invalid_option'),
  ids: z.string().max(40_000, 'too_long').refine((v) => v.split(',').length <= 1000, 'too_many'),
});
export const drillListOutput = z.object({ type: z.enum(DRILL_TYPES), ids: z.array(z.string()), items: z.array(z.unknown()) });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthQuery = z.strictObject({ month: z.string().regex(MONTH, 'invalid_month') });
export const sourceCostItem = z.object({
  source: z.string().trim().min(1, 'required').max(200, 'too_long'),
  amount: z.number('not_number').int('not_integer').min(0, 'negative').max(Number.MAX_SAFE_INTEGER, 'too_large'),
  currency: currencyCode.optional(),
});
export const saveSourceCostsInput = z.strictObject({ items: z.array(sourceCostItem).max(500, 'too_many') });
export const sourceCostsOutput = z.object({
  items: z.array(z.object({ source: z.string(), month: z.string(), amount: z.number(), currency: z.string() })),
});
export type SourceCostsOutput = z.infer<typeof sourceCostsOutput>;

export { uuidSchema };
