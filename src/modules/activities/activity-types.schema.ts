import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';

/** Admin-defined kinds of activity (`site_visit` "Site visit" / "Выезд на объект" / "Посещение на обект"). */

const names = z.strictObject({ en: requiredText(100), ru: requiredText(100), bg: requiredText(100) });
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid_color');
const icon = z.string().trim().max(40, 'too_long').regex(/^[a-z0-9-]*$/, 'invalid_option');

export const createActivityTypeInput = z.strictObject({
  /** Lower case, a letter first: `site_visit`. Not a built-in kind. */
  key: z.string().trim().min(1, 'required').max(40, 'too_long').regex(/^[a-z][a-z0-9_]*$/, 'invalid_option'),
  names,
  icon: icon.nullable().optional(),
  color: color.nullable().optional(),
});
export const updateActivityTypeInput = z.strictObject({
  names: names.optional(),
  icon: icon.nullable().optional(),
  color: color.nullable().optional(),
  /** A retired kind stays on the activities that have it but is offered no more. */
  retired: z.boolean().optional(),
  version: z.number().int().positive(),
});
export type CreateActivityTypeInput = z.infer<typeof createActivityTypeInput>;
export type UpdateActivityTypeInput = z.infer<typeof updateActivityTypeInput>;

export const activityTypeOutput = z.object({
  id: z.string().nullable(),
  key: z.string(),
  /** The built-in kinds come first, named by the web app. */
  builtIn: z.boolean(),
  names: z.object({ en: z.string(), ru: z.string(), bg: z.string() }).nullable(),
  icon: z.string().nullable(),
  color: z.string().nullable(),
  retired: z.boolean(),
  version: z.number().int(),
});
export const activityTypeList = z.object({ items: z.array(activityTypeOutput) });
export const activityTypeResult = z.object({ activityType: activityTypeOutput });
export type ActivityTypeOutput = z.infer<typeof activityTypeOutput>;
