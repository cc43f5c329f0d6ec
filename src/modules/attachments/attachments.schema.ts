import { z } from 'zod';
import { uuidSchema } from '../../platform/schemas.js';
import { subjectTypeSchema } from '../timeline/timeline.schema.js';

export const subjectQuery = z.strictObject({
  subjectType: subjectTypeSchema,
  subjectId: uuidSchema,
});

/** The raw file is the body; what it is called and what it belongs to travel in the query. */
export const uploadQuery = subjectQuery.extend({
  // Checked again once cleaned of path separators and control characters.
  // The service cleans the name (path parts, control characters) and answers `required` when nothing usable remains.
  fileName: z.string().min(1, 'required').max(1000, 'too_long'),
});

export const downloadQuery = z.strictObject({
  inline: z.enum(['0', '1']).optional(),
});

export const attachmentOutput = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  /** Shown inside the app with `?inline=1` (PNG, JPEG, GIF, WebP, PDF). */
  previewable: z.boolean(),
  abilities: z.object({ delete: z.boolean() }),
});
export type AttachmentOutput = z.infer<typeof attachmentOutput>;

export const attachmentResult = z.object({ attachment: attachmentOutput });
export const attachmentsListOutput = z.object({ items: z.array(attachmentOutput) });
