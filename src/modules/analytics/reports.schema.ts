import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';
import { BUCKETS } from './analytics-period.js';
import { dayQuery, recordFilter, tableOutput } from './analytics.schema.js';
import { sharedInput } from './dashboards.schema.js';

/** Zod for the report builder (`/reports`). */

export const MEASURE_OPS = ['count', 'sum', 'avg', 'median', 'conversion'] as const;
export const CHARTS = ['bar', 'line', 'area', 'funnel', 'pie', 'table'] as const;
const fieldName = z.string().min(1, 'required').max(80, 'too_long');

export const reportDefinition = z.strictObject({
  /** A record type's plural (`deals`, `contacts`, `companies`, `activities`). */
  entity: z.string().min(1, 'required').max(40, 'too_long'),
  filters: z.array(recordFilter).max(30, 'too_many').default([]),
  groupBy: z.array(z.strictObject({ field: fieldName, bucket: z.enum(BUCKETS, { error: 'invalid_option' }).optional() })).max(2, 'too_many').default([]),
  measures: z.array(z.strictObject({ op: z.enum(MEASURE_OPS, { error: 'invalid_option' }), field: fieldName.optional() })).min(1, 'required').max(6, 'too_many'),
  chart: z.enum(CHARTS, { error: 'invalid_option' }).default('table'),
  period: z.strictObject({ from: dayQuery, to: dayQuery, field: fieldName }).optional(),
});
export type ReportDefinition = z.infer<typeof reportDefinition>;

export const reportRunOutput = z.object({
  entity: z.string(),
  chart: z.enum(CHARTS),
  currency: z.string(),
  missingRates: z.array(z.string()),
  data: tableOutput,
});
export type ReportRunOutput = z.infer<typeof reportRunOutput>;

export const createReportInput = z.strictObject({ name: requiredText(120), definition: reportDefinition, shared: sharedInput.optional() });
export const updateReportInput = z.strictObject({ name: requiredText(120).optional(), definition: reportDefinition.optional(), shared: sharedInput.optional(), version: z.number().int().positive() });
export type CreateReportInput = z.infer<typeof createReportInput>;
export type UpdateReportInput = z.infer<typeof updateReportInput>;

export const savedReportOutput = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  definition: z.unknown(),
  shared: z.object({ roleIds: z.array(z.string()), userIds: z.array(z.string()) }),
  canEdit: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedReportOutput = z.infer<typeof savedReportOutput>;
export const savedReportsOutput = z.object({ items: z.array(savedReportOutput) });
export const savedReportAnswer = z.object({ report: savedReportOutput });
export const exportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx'], { error: 'invalid_option' }).default('csv') });
export const exportBody = z.strictObject({ definition: reportDefinition, format: z.enum(['csv', 'xlsx'], { error: 'invalid_option' }).default('csv'), name: z.string().max(120).optional() });
