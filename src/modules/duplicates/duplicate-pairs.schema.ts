import { z } from 'zod';
import { uuidSchema } from '../../platform/schemas.js';
import { EVIDENCE_KINDS } from './duplicate-evidence.js';
import { entitySchema } from './duplicates.schema.js';

const evidenceSchema = z.enum(EVIDENCE_KINDS as [string, ...string[]]);

export const pairsQuery = z.strictObject({
  entity: entitySchema,
  limit: z.coerce.number().int('invalid_type').min(1, 'too_small').max(100, 'too_large').default(50),
  cursor: z.string().max(200, 'too_long').optional(),
  /** Comma list: only pairs with every one of these kinds of evidence (`phone,name`). */
  evidence: z.string().max(200, 'too_long').optional()
    .transform((v, ctx) => {
      const kinds = (v ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
      const bad = kinds.find((k) => !evidenceSchema.safeParse(k).success);
      if (bad !== undefined) ctx.addIssue({ code: 'custom', message: 'invalid_option' });
      return kinds as Array<(typeof EVIDENCE_KINDS)[number]>;
    }),
  /** Only pairs where one record belongs to this user. */
  ownerId: uuidSchema.optional(),
});
export type PairsQuery = z.infer<typeof pairsQuery>;

const side = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string(),
  /** The line under the name, as search shows it: position and company, tax id or city. */
  subtitle: z.string().nullable(),
  /** Phones (E.164) and emails on the record, to compare before merging. */
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  createdAt: z.string().nullable(),
});

export const pairsOutput = z.object({
  items: z.array(z.object({
    a: side,
    b: side,
    score: z.number().int(),
    evidence: z.array(evidenceSchema),
    /** The shared values behind the evidence, each explained in the viewer's language (`text`: "Same phone +359887123456"). */
    details: z.array(z.object({ kind: evidenceSchema, value: z.string().optional(), text: z.string() })),
    /** Dismissed as "not a duplicate" before, and back because of evidence the dismissal did not see. */
    reappeared: z.boolean(),
  })),
  nextCursor: z.string().nullable(),
});

export const pairInput = z.strictObject({ entity: entitySchema, aId: uuidSchema, bId: uuidSchema });
export type PairInput = z.infer<typeof pairInput>;

export const rebuildInput = z.strictObject({ entity: entitySchema });
export const rebuildOutput = z.object({ jobId: z.string() });
