import { z } from 'zod';
import { uuidSchema } from '../../platform/schemas.js';

/** Observer (`view`) or co-owner (`edit`). */
export const SHARE_LEVELS = ['view', 'edit'] as const;
export type ShareLevel = (typeof SHARE_LEVELS)[number];

export const shareInput = z.strictObject({
  userId: uuidSchema,
  level: z.enum(SHARE_LEVELS),
});
export type ShareInput = z.infer<typeof shareInput>;

export const shareParams = z.strictObject({ id: uuidSchema, userId: uuidSchema });

export const shareOutput = z.object({
  user: z.object({ id: z.string(), name: z.string(), active: z.boolean() }),
  level: z.enum(SHARE_LEVELS),
  sharedAt: z.string(),
  sharedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const sharesOutput = z.object({
  items: z.array(shareOutput),
  /** Whether the viewer may add and remove shares (they may edit the record). */
  canManage: z.boolean(),
});
