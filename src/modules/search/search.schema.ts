import { z } from 'zod';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'required').max(200, 'too_long'),
  limit: z.coerce.number().int('invalid_type').min(1, 'too_small').max(20, 'too_large').default(5),
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
