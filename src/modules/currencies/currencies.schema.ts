import { z } from 'zod';
import { currencyCode, isRealDay, queryInt } from '../../platform/schemas.js';
import { isPositiveRate, normalizeRate, RATE_PATTERN } from './rate-math.js';

const version = z.number().int().positive();

/** A day `YYYY-MM-DD` between 1900 and 2199. */
export const rateDay = z.string().trim().refine(isRealDay, 'invalid_date').refine((v) => !isRealDay(v) || (v >= '1900-01-01' && v <= '2199-12-31'), 'out_of_range');

/** A rate as a decimal string (or a JSON number), positive, at most 12 digits before the point and 10 after. */
export const rateValue = z.union([z.string().trim().max(30, 'invalid'), z.number()])
  .transform((v) => (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(10) : 'x') : v))
  .refine((v) => RATE_PATTERN.test(v), 'invalid')
  .transform(normalizeRate)
  .refine(isPositiveRate, 'not_positive');

export const createRateInput = z.strictObject({ currency: currencyCode, date: rateDay, rate: rateValue });
export type CreateRateInput = z.infer<typeof createRateInput>;
export const updateRateInput = z.strictObject({ date: rateDay.optional(), rate: rateValue.optional(), version });
export type UpdateRateInput = z.infer<typeof updateRateInput>;
export const deleteRateQuery = z.strictObject({ version: queryInt(1, Number.MAX_SAFE_INTEGER) });

export const listRatesQuery = z.strictObject({
  currency: currencyCode.optional(),
  from: rateDay.optional(),
  to: rateDay.optional(),
  limit: queryInt(1, 1000).default(500),
});
export type ListRatesQuery = z.infer<typeof listRatesQuery>;

export const rateOutput = z.object({
  id: z.string(),
  currency: z.string(),
  date: z.string(),
  /** A decimal string: 1 unit of `currency` = `rate` units of the workspace currency. */
  rate: z.string(),
  version: z.number().int(),
});
export type RateOutput = z.infer<typeof rateOutput>;
export const rateResult = z.object({ rate: rateOutput });
export const ratesOutput = z.object({
  /** The workspace currency every rate converts into. */
  workspaceCurrency: z.string(),
  items: z.array(rateOutput),
});

/** The result of converting amounts: the sum in the workspace currency, and currencies that had no rate. */
export interface Conversion {
  currency: string;
  /** Minor units of the workspace currency; amounts without a rate are left out. */
  total: number;
  /** Each converted amount in order, or null where its currency had no rate. */
  converted: Array<number | null>;
  missingRates: string[];
}
