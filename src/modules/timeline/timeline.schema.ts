import { z } from 'zod';
import { queryInt, queryVersion, requiredText, uuidSchema } from '../../platform/schemas.js';
import { recordTypeName } from '../../platform/records/registry.js';

export const NOTE_MAX_LENGTH = 20_000;

export const subjectTypeSchema = recordTypeName('timeline');

/** HTML is kept as text and always rendered inert by the web app. */
const noteBody = requiredText(NOTE_MAX_LENGTH, { multiline: true });

export const timelineQuery = z.strictObject({
  subjectType: subjectTypeSchema,
  subjectId: uuidSchema,
  cursor: z.string().max(500).optional(),
  limit: queryInt(1, 100).default(50),
});
export type TimelineQueryInput = z.infer<typeof timelineQuery>;

export const createNoteInput = z.strictObject({
  subjectType: subjectTypeSchema,
  subjectId: uuidSchema,
  body: noteBody,
});
export type CreateNoteInput = z.infer<typeof createNoteInput>;

export const updateNoteInput = z.strictObject({
  body: noteBody,
  version: z.number().int().positive(),
});
export type UpdateNoteInput = z.infer<typeof updateNoteInput>;

/** `DELETE /notes/:id?version=N`: the version is optional; when given, a stale one answers 409. */
export const deleteNoteQuery = z.strictObject({
  version: queryVersion.optional(),
});

const userRef = z.object({ id: z.string(), name: z.string() });

export const timelineItemOutput = z.object({
  id: z.string(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  author: userRef.nullable(),
  occurredAt: z.string(),
  body: z.string().nullable(),
  /** Kind-specific details; on a company's feed, items of its people carry `contact: { id, displayName }`. */
  data: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type TimelineItemOutput = z.infer<typeof timelineItemOutput>;

export const timelinePageOutput = z.object({ items: z.array(timelineItemOutput), nextCursor: z.string().nullable() });
export const noteResult = z.object({ note: timelineItemOutput });
