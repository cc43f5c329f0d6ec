import { z } from 'zod';

/** A long job a person started, as its progress endpoint shows it. */
export const jobOutput = z.object({
  id: z.string(),
  /** What it does: `contact.bulk_assign_owner`, `company.bulk_delete`, `user.transfer`... */
  kind: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  /** Counts so far (`updated`, `skipped`; `moved` per type for a transfer). */
  result: z.record(z.string(), z.unknown()).nullable(),
  /** Why it failed (an error code such as `forbidden`), or null. */
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobOutput = z.infer<typeof jobOutput>;

export const jobResult = z.object({ job: jobOutput });
