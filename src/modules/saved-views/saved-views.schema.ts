import { z } from 'zod';
import { recordTypeName } from '../../platform/records/registry.js';
import { fieldNameSchema, queryVersion, requiredText } from '../../platform/schemas.js';
import { FILTER_OPS } from '../custom-fields/filter-ops.js';

export const MAX_VIEW_COLUMNS = 50;
export const MAX_VIEW_FILTERS = 30;
/** A filter value travels in the definition JSON; this caps one view's stored size. */
export const MAX_DEFINITION_BYTES = 32_000;

const version = z.number().int().positive();
/** A list's own field (`status`, `createdAt`) or a custom field (`custom.<key>`). */
const VIEW_FIELD_PATTERN = /^([a-zA-Z][a-zA-Z0-9_]{0,63}|custom\.[a-z][a-z0-9_]{0,39})$/;
const fieldName = fieldNameSchema.regex(VIEW_FIELD_PATTERN, 'invalid_field');
/** What a list sorts by: one of the type's sorts (checked against the registry by the service) or a custom field. */
const SORT_FIELD_PATTERN = /^([a-zA-Z][a-zA-Z0-9]{0,39}|custom\.[a-z][a-z0-9_]{0,39})$/;
const sortField = fieldNameSchema.regex(SORT_FIELD_PATTERN, 'invalid_option');
const entity = recordTypeName('savedViews');
const name = requiredText(100);

export const viewFilter = z.strictObject({
  field: fieldName,
  op: z.enum(FILTER_OPS),
  value: z.unknown().optional(),
});

export const viewDefinition = z
  .strictObject({
    columns: z.array(fieldName).max(MAX_VIEW_COLUMNS, 'too_many').default([]),
    filters: z.array(viewFilter).max(MAX_VIEW_FILTERS, 'too_many').default([]),
    sort: z.strictObject({ field: sortField, direction: z.enum(['asc', 'desc']) }).nullable().default(null),
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
export const deleteViewQuery = z.strictObject({ version: queryVersion.optional() });

/**
 * A definition as stored, checked again when read: views saved before these rules (or edited in
 * the database) lose the filters, columns or sort a list would refuse, instead of breaking it.
 */
export function readStoredDefinition(stored: unknown): ViewDefinition {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const columns = list(value.columns).filter((c) => fieldName.safeParse(c).success) as string[];
  const filters = list(value.filters).flatMap((f) => {
    const parsed = viewFilter.safeParse(f);
    return parsed.success ? [parsed.data] : [];
  });
  const sortParsed = z.strictObject({ field: sortField, direction: z.enum(['asc', 'desc']) }).safeParse(value.sort);
  return { columns: columns.slice(0, MAX_VIEW_COLUMNS), filters: filters.slice(0, MAX_VIEW_FILTERS), sort: sortParsed.success ? sortParsed.data : null };
}

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
