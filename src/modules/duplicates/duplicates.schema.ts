import { z } from 'zod';
import { queryInt, uuidSchema } from '../../platform/schemas.js';
import { refId } from '../users/users-admin.schema.js';
import { entitySchema } from './duplicate-kinds.js';

export { entitySchema };
const nameText = z.string().max(200, 'too_long').nullable().optional();
const typed = (max: number) => z.string().max(max, 'too_long');

/** A draft as a form holds it: phones and emails as the form's objects or bare strings. */
export const checkInput = z.strictObject({
  entity: entitySchema,
  id: refId.optional(),
  displayName: nameText,
  firstName: nameText,
  middleName: nameText,
  lastName: nameText,
  name: nameText,
  phones: z.array(z.union([typed(60), z.object({ value: typed(60) }).loose()])).max(20, 'too_long').optional(),
  emails: z.array(z.union([typed(254), z.object({ value: typed(254) }).loose()])).max(20, 'too_long').optional(),
  taxId: z.string().max(100, 'too_long').nullable().optional(),
  companyIds: z.array(refId).max(50, 'too_long').optional(),
});
export type CheckInput = z.infer<typeof checkInput>;

const reasonSchema = z.enum(['phone', 'email', 'tax_id', 'name']);

export const checkOutput = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), score: z.number().int(), reasons: z.array(reasonSchema) })),
});

export const groupsQuery = z.strictObject({
  entity: entitySchema,
  limit: queryInt(1, 200).default(50),
});

export const groupsOutput = z.object({
  groups: z.array(z.object({
    score: z.number().int(),
    reasons: z.array(reasonSchema),
    records: z.array(z.object({ id: z.string(), title: z.string(), subtitle: z.string().nullable(), createdAt: z.string() })),
  })),
});

export const mergeInput = z.strictObject({
  entity: entitySchema,
  survivorId: refId,
  mergedIds: z.array(refId).min(1, 'required').max(10, 'too_long'),
  /** Field (API name, or `custom.<key>`) → the id of the record whose value wins. */
  fields: z.record(z.string().max(100, 'too_long'), refId).optional(),
});
export type MergeInput = z.infer<typeof mergeInput>;

export const mergeIdParams = z.strictObject({ id: uuidSchema });

export const mergesQuery = z.strictObject({
  entity: entitySchema,
  survivorId: uuidSchema.optional(),
  limit: queryInt(1, 100).default(20),
});
export type MergesQuery = z.infer<typeof mergesQuery>;

export const mergeOutput = z.object({
  id: z.string(),
  entity: z.string(),
  survivorId: z.string(),
  merged: z.array(z.object({ id: z.string(), title: z.string() })),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  canUndo: z.boolean(),
});
export type MergeOutput = z.infer<typeof mergeOutput>;

export const mergeResult = z.object({ merge: mergeOutput });
export const mergesOutput = z.object({ items: z.array(mergeOutput) });
