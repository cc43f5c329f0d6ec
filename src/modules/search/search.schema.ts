import { z } from 'zod';
import { queryInt, requiredText } from '../../platform/schemas.js';

export const searchQuery = z.strictObject({
  q: requiredText(200),
  limit: queryInt(1, 20).default(5),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHitOutput = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  matched: z.enum(['name', 'phone', 'email', 'other']),
});

export const searchOutput = z.object({
  groups: z.array(z.object({ type: z.enum(['contact', 'company']), items: z.array(searchHitOutput) })),
});
