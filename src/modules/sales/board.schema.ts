import { z } from 'zod';
import { listFilterFields } from '../records/record-schema.js';
import { queryInt } from '../../platform/schemas.js';
import { dealListItem } from './deals.schema.js';
import { pipelineOutput, stageOutput } from './pipelines.schema.js';

/** The board takes the deal list's filters (owner, "me", tags, dates, search, filter JSON, rotting) and a page size per column. */
export const boardQuery = z.strictObject({
  q: listFilterFields.q,
  ownerId: listFilterFields.ownerId,
  tag: listFilterFields.tag,
  createdFrom: listFilterFields.createdFrom,
  createdTo: listFilterFields.createdTo,
  filter: listFilterFields.filter,
  companyId: z.string().max(64, 'invalid_id').optional(),
  contactId: z.string().max(64, 'invalid_id').optional(),
  /** `1`: only deals idle longer than their stage's rotting limit. */
  rotting: z.enum(['0', '1'], { error: 'invalid_option' }).optional(),
  /** `1`: only open deals without a planned next step. */
  noNextStep: z.enum(['0', '1'], { error: 'invalid_option' }).optional(),
  limit: queryInt(1, 100).default(30),
});
export type BoardQuery = z.infer<typeof boardQuery>;

const amount = z.object({ currency: z.string(), sum: z.number(), weighted: z.number() });
/**
 * The sums in the workspace currency at today's rates (decision 0023); `missingRates` names currencies left out for want of a rate.
 * Null (and `amounts` empty) for a role whose field rights hide deal amounts (decision 0027).
 */
const converted = { converted: amount.nullable(), missingRates: z.array(z.string()) };

export const boardOutput = z.object({
  pipeline: pipelineOutput,
  columns: z.array(z.object({
    stage: stageOutput,
    count: z.number().int(),
    /** Sums per currency (minor units); weighted by the stage's probability. */
    amounts: z.array(amount),
    /** The first cards in board order; `nextCursor` pages on through `GET /api/v1/deals?stageId=…&sort=board`. */
    items: z.array(dealListItem),
    nextCursor: z.string().nullable(),
    ...converted,
  })),
  totals: z.object({ count: z.number().int(), amounts: z.array(amount), ...converted }),
  /** The sums mix currencies: the board shows them side by side. */
  mixedCurrencies: z.boolean(),
});
export type BoardOutput = z.infer<typeof boardOutput>;
