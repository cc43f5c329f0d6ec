import { z } from 'zod';
import { recordTypeName } from '../../platform/records/registry.js';
import { FILTER_OPS } from '../custom-fields/filter-ops.js';

export const MAX_VIEW_COLUMNS = 50;
export const MAX_VIEW_FILTERS = 30;
/** A filter value travels in the definition JSON; this caps one view's stored size. */
export const MAX_DEFINITION_BYTES = 32_000;

const version = z.number().int().positive();
const fieldName = z.string().trim().min(1, 'required').max(100, 'too_long');
const entity = recordTypeName('savedViews');
const name = z.string().trim().min(1, 'required').max(100, 'too_long');

export const viewFilter = z.strictObject({
  field: fieldName,
  op: z.enum(FILTER_OPS),
  value: z.unknown().optional(),
});

export const viewDefinition = z
  .strictObject({
    columns: z.array(fieldName).max(MAX_VIEW_COLUMNS, 'too_many').default([]),
    filters: z.array(viewFilter).max(MAX_VIEW_FILTERS, 'too_many').default([]),
    sort: z.strictObject({ field: fieldName, direction: z.enum(['asc', 'desc']) }).nullable().default(null),
  })
  .refine((d) => JSON.stringify(d).length <= MAX_DEFINITION_BYTES, { message: 'too_long' });
export type ViewDefinition = z.infer<typeof viewDefinition>;

export const createViewInput = z.strictObject({
  entity,
  name,
  shared: z.boolean().default(false),
  definition: viewDefinition,
});
export type CreateViewInput = z.infer<typeof createViewInput>;

export const updateViewInput = z.strictObject({
  name: name.optional(),
  shared: z.boolean().optional(),
  definition: viewDefinition.optional(),
  version,
});
export type UpdateViewInput = z.infer<typeof updateViewInput>;

export const listViewsQuery = z.strictObject({ entity });
export const deleteViewQuery = z.strictObject({ version: z.coerce.number().int().positive().optional() });

export const viewOutput = z.object({
  id: z.string(),
  entity: z.string(),
  name: z.string(),
  shared: z.boolean(),
  definition: z.object({
    columns: z.array(z.string()),
    filters: z.array(z.object({ field: z.string(), op: z.string(), value: z.unknown().optional() })),
    sort: z.object({ field: z.string(), direction: z.enum(['asc', 'desc']) }).nullable(),
  }),
  owner: z.object({ id: z.string(), name: z.string() }),
  mine: z.boolean(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ViewOutput = z.infer<typeof viewOutput>;

export const viewResult = z.object({ view: viewOutput });
export const viewsListOutput = z.object({ items: z.array(viewOutput) });
