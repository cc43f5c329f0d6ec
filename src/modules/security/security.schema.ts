import { z } from 'zod';
import { queryInt, uuidSchema } from '../../platform/schemas.js';
import { actorRefOutput, isoDateQuery } from '../audit/audit.schema.js';

export const readLogQuery = z.strictObject({
  /** What this person read. */
  userId: uuidSchema.optional(),
  /** Who opened this record (its card, history or timeline). */
  entityId: uuidSchema.optional(),
  entityType: z.string().trim().min(1).max(64).optional(),
  /** Inclusive; a bare date means its start (UTC). */
  from: isoDateQuery.optional(),
  /** Exclusive; a bare date means the end of that day (UTC). */
  to: isoDateQuery.optional(),
  cursor: z.string().max(200).optional(),
  limit: queryInt(1, 200).default(50),
});
export type ReadLogInput = z.infer<typeof readLogQuery>;

export const readEntryOutput = z.object({
  id: z.string(),
  at: z.string(),
  user: actorRefOutput,
  path: z.enum(['list', 'search', 'card', 'history', 'timeline', 'export', 'call']).describe('How the records were served'),
  entityType: z.string(),
  entityId: z.string().nullable().describe('The record a card, history or timeline was of'),
  rows: z.number().int(),
  units: z.number().int().describe('Their weight toward the alarm (decision 0024)'),
  detail: z.unknown().describe("A list's or export's filter, a search's query length"),
  viaToken: z.boolean(),
});

export const readLogOutput = z.object({
  items: z.array(readEntryOutput),
  nextCursor: z.string().nullable(),
  /** Rows and units of the whole filtered period (not only this page), up to 100,000 entries. */
  totals: z.object({ requests: z.number().int(), rows: z.number().int(), units: z.number().int() }),
});

export const refusedQuery = z.strictObject({
  userId: uuidSchema.optional(),
  from: isoDateQuery.optional(),
  to: isoDateQuery.optional(),
  limit: queryInt(1, 500).default(100),
});
export type RefusedInput = z.infer<typeof refusedQuery>;

export const refusedOutput = z.object({
  items: z.array(z.object({
    minute: z.string(),
    user: actorRefOutput,
    route: z.string(),
    status: z.number().int(),
    entityType: z.string().nullable(),
    lastEntityId: z.string().nullable(),
    count: z.number().int(),
  })),
});
