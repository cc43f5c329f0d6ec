import { z } from 'zod';
import { requiredText, uuidSchema } from '../../platform/schemas.js';
import { WIDGET_KEYS } from './analytics.schema.js';

/** Zod for dashboards (`/dashboards`) and the role defaults (`PUT /roles/:id/dashboard`). */

/** Who a dashboard or a report is shared with. */
export const sharedInput = z.strictObject({
  roleIds: z.array(uuidSchema).max(50, 'too_many').default([]),
  userIds: z.array(uuidSchema).max(500, 'too_many').default([]),
});
export type Shared = z.infer<typeof sharedInput>;

const cell = z.number().int('not_integer').min(0, 'negative').max(1000, 'too_large');
/** A widget on a dashboard: which one, its parameters (the widget query's), and its place on a 12-column grid. */
export const dashboardWidget = z.strictObject({
  id: z.string().min(1, 'required').max(40, 'too_long'),
  key: z.enum(WIDGET_KEYS, { error: 'invalid_option' }),
  params: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.null()])).refine((p) => Object.keys(p).length <= 20, 'too_many').default({}),
  x: cell, y: cell,
  w: z.number().int('not_integer').min(1, 'too_small').max(12, 'too_large'),
  h: z.number().int('not_integer').min(1, 'too_small').max(50, 'too_large'),
});
export type DashboardWidget = z.infer<typeof dashboardWidget>;

const widgets = z.array(dashboardWidget).max(40, 'too_many').refine((list) => new Set(list.map((w) => w.id)).size === list.length, 'duplicate_id');

export const createDashboardInput = z.strictObject({ name: requiredText(120), shared: sharedInput.optional(), widgets: widgets.default([]) });
export const updateDashboardInput = z.strictObject({ name: requiredText(120).optional(), shared: sharedInput.optional(), widgets: widgets.optional(), version: z.number().int().positive() });
export type CreateDashboardInput = z.infer<typeof createDashboardInput>;
export type UpdateDashboardInput = z.infer<typeof updateDashboardInput>;

export const dashboardOutput = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  shared: z.object({ roleIds: z.array(z.string()), userIds: z.array(z.string()) }),
  widgets: z.array(z.object({ id: z.string(), key: z.enum(WIDGET_KEYS), params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])), x: z.number(), y: z.number(), w: z.number(), h: z.number() })),
  /** Roles whose default this dashboard is. */
  defaultForRoleIds: z.array(z.string()),
  canEdit: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DashboardOutput = z.infer<typeof dashboardOutput>;

export const dashboardsOutput = z.object({
  items: z.array(dashboardOutput),
  /** What to open first: my own first dashboard, else my role's default, else null. */
  homeId: z.string().nullable(),
});
export const dashboardAnswer = z.object({ dashboard: dashboardOutput });
export const roleDashboardInput = z.strictObject({ dashboardId: uuidSchema.nullable() });
export const roleDashboardOutput = z.object({ roleId: z.string(), dashboardId: z.string().nullable() });
export const deleteVersionQuery = z.strictObject({ version: z.coerce.number().int().positive() });
