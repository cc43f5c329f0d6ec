import { z } from 'zod';
import { optionalText, requiredText, UUID_PATTERN } from '../../platform/schemas.js';
import { recordTypeName } from '../../platform/records/registry.js';
import { CUSTOM_FIELD_TYPES } from './custom-field-def.js';

export const MAX_OPTIONS = 200;
export const LABEL_MAX = 100;
export const HELP_TEXT_MAX = 500;

const version = z.number().int().positive();
export const entitySchema = recordTypeName('customFields');
const label = requiredText(LABEL_MAX);
const optionInput = z.strictObject({
  /** Absent for a new option (made from its label); an existing option keeps its key. */
  key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'invalid').optional(),
  label,
});
const options = z.array(optionInput).max(MAX_OPTIONS, 'too_many');
const helpText = optionalText(HELP_TEXT_MAX, { multiline: true }).unwrap();

export const createFieldInput = z.strictObject({
  entity: entitySchema,
  label,
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: options.optional(),
  required: z.boolean().optional(),
  defaultValue: z.unknown().optional(),
  helpText: helpText.optional(),
  filterable: z.boolean().optional(),
});
export type CreateFieldInput = z.infer<typeof createFieldInput>;

export const updateFieldInput = z.strictObject({
  label: label.optional(),
  options: options.optional(),
  required: z.boolean().optional(),
  defaultValue: z.unknown().optional(),
  helpText: helpText.optional(),
  filterable: z.boolean().optional(),
  // Named only to refuse it clearly: a field's type never changes.
  type: z.string().optional(),
  version,
});
export type UpdateFieldInput = z.infer<typeof updateFieldInput>;

export const retireInput = z.strictObject({ version: version.optional() }).optional();

export const reorderInput = z.strictObject({
  entity: entitySchema,
  ids: z.array(z.string().regex(UUID_PATTERN, 'not_found')).min(1).max(1000),
});
export type ReorderInput = z.infer<typeof reorderInput>;

export const listFieldsQuery = z.strictObject({
  entity: entitySchema,
  includeRetired: z.enum(['0', '1', 'true', 'false']).optional(),
});

export const fieldOutput = z.object({
  id: z.string(),
  entity: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(z.object({ key: z.string(), label: z.string() })),
  required: z.boolean(),
  defaultValue: z.unknown(),
  helpText: z.string().nullable(),
  position: z.number().int(),
  retired: z.boolean(),
  /** Lists filter and sort on it through an index. */
  filterable: z.boolean(),
  version: z.number().int(),
});
export type FieldOutput = z.infer<typeof fieldOutput>;

export const fieldResult = z.object({ field: fieldOutput });
export const fieldsListOutput = z.object({ items: z.array(fieldOutput) });
