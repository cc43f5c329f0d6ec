import { z } from 'zod';
import { queryInt, uuidSchema } from '../../platform/schemas.js';

/** A month `YYYY-MM` between 2000 and 2199. */
export const monthSchema = z.string().trim().regex(/^(2[01]\d\d)-(0[1-9]|1[0-2])$/, 'invalid_month');

export const planTarget = z.enum(['user', 'department']);

export const planItemInput = z.strictObject({
  targetType: planTarget,
  targetId: uuidSchema,
  /** Minor units of the workspace currency. */
  amount: z.number().int('not_integer').min(0, 'negative').max(1e15, 'too_large'),
  /** Won deals wanted. */
  wonCount: z.number().int('not_integer').min(0, 'negative').max(1_000_000, 'too_large'),
  /** The version read; required when the month already has a plan for the target. */
  version: z.number().int().positive().optional(),
});
export type PlanItemInput = z.infer<typeof planItemInput>;

export const savePlansInput = z.strictObject({ items: z.array(planItemInput).min(1, 'required').max(1000, 'too_long') });
export const monthParams = z.strictObject({ month: monthSchema });

export const listPlansQuery = z.strictObject({ from: monthSchema.optional(), to: monthSchema.optional() });
export type ListPlansQuery = z.infer<typeof listPlansQuery>;
export const deletePlanQuery = z.strictObject({ version: queryInt(1, Number.MAX_SAFE_INTEGER) });

export const planOutput = z.object({
  id: z.string(),
  month: z.string(),
  targetType: planTarget,
  targetId: z.string(),
  amount: z.number().int(),
  wonCount: z.number().int(),
  version: z.number().int(),
});
export type PlanOutput = z.infer<typeof planOutput>;

export const plansOutput = z.object({
  from: z.string(),
  to: z.string(),
  /** The workspace currency every amount is in. */
  currency: z.string(),
  /** Whether the viewer may set any plan (an administrator or a head of department). */
  canEdit: z.boolean(),
  /** People whose plans the viewer sees (active users), with whether the viewer may set theirs. */
  people: z.array(z.object({ id: z.string(), name: z.string(), departmentId: z.string().nullable(), canEdit: z.boolean() })),
  /** Departments whose plans the viewer sees. */
  departments: z.array(z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable(), canEdit: z.boolean() })),
  items: z.array(planOutput),
});
export type PlansOutput = z.infer<typeof plansOutput>;

export const progressQuery = z.strictObject({
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  userId: uuidSchema.optional(),
  departmentId: uuidSchema.optional(),
  pipelineId: uuidSchema.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

const pair = <T extends z.ZodType>(t: T) => z.object({ amount: t, count: t });

export const progressOutput = z.object({
  from: z.string(),
  to: z.string(),
  /** The instants [start, end) the months cover in the workspace's time zone. */
  start: z.string(),
  end: z.string(),
  currency: z.string(),
  target: z.object({ type: planTarget, id: z.string(), name: z.string() }),
  /** Per month: the target, and for a department whether it is its own or the sum over its people. */
  months: z.array(z.object({ month: z.string(), amount: z.number().int(), count: z.number().int(), source: z.enum(['own', 'members', 'none']) })),
  plan: pair(z.number().int()),
  /**
   * Won deals in the period the viewer may see; amounts converted at the rate of the day each was won.
   * Money figures derived from won deals are null for a role whose field rights hide the deal amount
   * (counts stay): they would tell the amounts (decision 0027).
   */
  fact: z.object({ amount: z.number().int().nullable(), count: z.number().int() }),
  /** Fact as a percentage of plan (one decimal), null without a plan (or, for amounts, when they are hidden). */
  percent: pair(z.number().nullable()),
  /** Plan minus fact (negative: above plan); the amount null when deal amounts are hidden. */
  gap: z.object({ amount: z.number().int().nullable(), count: z.number().int() }),
  /** Fact extrapolated at the pace so far to the end of the period; the amount null when deal amounts are hidden. */
  forecast: z.object({ amount: z.number().int().nullable(), count: z.number().int() }),
  /** The viewer's role hides deal amounts: money figures from won deals are null. */
  amountsHidden: z.boolean(),
  /** Currencies of won deals left out of the fact for want of a rate on their day. */
  missingRates: z.array(z.string()),
});
export type ProgressOutput = z.infer<typeof progressOutput>;

