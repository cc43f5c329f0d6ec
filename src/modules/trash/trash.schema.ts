import { z } from 'zod';
import { queryInt } from '../../platform/schemas.js';
import { actorRefOutput } from '../audit/audit.schema.js';

export const trashQuery = z.strictObject({
  entityType: z.string().trim().min(1).max(64).optional(),
  limit: queryInt(1, 500).default(200),
});
export type TrashQuery = z.infer<typeof trashQuery>;

export const trashParams = z.object({ entityType: z.string().min(1).max(64), id: z.string().min(1).max(64) });

export const trashItemOutput = z.object({
  entityType: z.string(),
  id: z.string(),
  title: z.string(),
  deletedAt: z.string(),
  deletedBy: actorRefOutput,
  /** What the actor may do with it, so the screen hides what would be refused. */
  abilities: z.object({ restore: z.boolean(), purge: z.boolean() }),
});

export const trashOutput = z.object({ items: z.array(trashItemOutput) });
