import { z } from 'zod';
import { currencyCode, fieldNameSchema, optionalDay, optionalText, requiredText, uuidSchema } from '../../platform/schemas.js';
import { refId } from '../users/users-admin.schema.js';
import { abilitiesOutput, tagInput, userRefOutput } from '../contacts/client-schema.js';
import { STAGE_KINDS } from './pipelines.schema.js';

/** Money in minor units: up to 10^15 (ten trillion in the major unit), never negative. */
export const amountSchema = z.number().int('invalid_type').min(0, 'too_small').max(1_000_000_000_000_000, 'too_large');
export const MAX_DEAL_PEOPLE = 50;

const person = z.strictObject({
  contactId: refId,
  /** The person's part in the deal: "decision maker", "accountant"... */
  role: optionalText(100),
});

/** Hundredths of a percent, 0..100 %. */
const percent = z.number().int('invalid_type').min(0, 'too_small').max(10_000, 'too_large');

const item = z.strictObject({
  /** A catalog product: fills in what the line does not say. */
  productId: refId.optional(),
  name: requiredText(200).optional(),
  sku: z.string().trim().max(100, 'too_long').nullable().optional(),
  unit: z.string().trim().max(30, 'too_long').nullable().optional(),
  /** More than zero, up to three decimals. */
  quantity: z.number().gt(0, 'too_small').max(1_000_000_000, 'too_large').refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, 'too_precise'),
  /** Minor units per unit, in the deal's currency; absent: the product's price in that currency. */
  price: amountSchema.optional(),
  discount: percent.optional(),
  taxRate: percent.optional(),
});
export type ItemInput = z.infer<typeof item>;
export const MAX_DEAL_ITEMS = 200;

const fields = {
  title: requiredText(200),
  /** Absent on create: the first pipeline. */
  pipelineId: refId.optional(),
  /** Absent: the pipeline's first open stage. A stage of another pipeline is refused. */
  stageId: refId.optional(),
  amount: amountSchema.optional(),
  /** ISO 4217; absent on create: the workspace's currency. */
  currency: currencyCode.optional(),
  expectedClose: optionalDay(),
  companyId: refId.nullable().optional(),
  people: z.array(person).max(MAX_DEAL_PEOPLE, 'too_many').optional(),
  /** Line items; when there are any, the amount is their sum. */
  items: z.array(item).max(MAX_DEAL_ITEMS, 'too_many').optional(),
  source: optionalText(200),
  comment: optionalText(20_000, { multiline: true }),
  tags: z.array(tagInput).max(50, 'too_long').optional(),
  custom: z.record(fieldNameSchema, z.unknown()).optional(),
  ownerId: refId.optional(),
  /** Required when the stage is a lost one. */
  lostReasonId: refId.nullable().optional(),
  lostComment: optionalText(2000, { multiline: true }),
};

export const createDealInput = z.strictObject(fields);
export type CreateDealInput = z.infer<typeof createDealInput>;
export const updateDealInput = z.strictObject({ ...fields, title: fields.title.optional(), version: z.number().int().positive() });
export type UpdateDealInput = z.infer<typeof updateDealInput>;

/** A move on the board: to a stage (of this or another pipeline), between two cards of it. */
export const moveDealInput = z.strictObject({
  stageId: uuidSchema,
  /** The card the deal lands right after (absent: the top of the column)... */
  afterId: uuidSchema.nullable().optional(),
  /** ...or right before. */
  beforeId: uuidSchema.nullable().optional(),
  lostReasonId: refId.nullable().optional(),
  lostComment: optionalText(2000, { multiline: true }),
  version: z.number().int().positive(),
});
export type MoveDealInput = z.infer<typeof moveDealInput>;

const ref = z.object({ id: z.string(), name: z.string() });
const stageRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(STAGE_KINDS), color: z.string(), probability: z.number().int() });

const outputFields = {
  id: z.string(),
  title: z.string(),
  pipeline: ref,
  stage: stageRef,
  boardPosition: z.string(),
  stageEnteredAt: z.string(),
  /** Idle in its open stage longer than the stage's rotting limit. */
  rotting: z.boolean(),
  /** Open without a planned activity while the workspace asks every open deal for a next step. */
  noNextStep: z.boolean(),
  /** Left out when the viewer's role hides it (decision 0027). */
  amount: z.number().int().optional(),
  currency: z.string(),
  expectedClose: z.string().nullable(),
  status: z.enum(STAGE_KINDS),
  closedAt: z.string().nullable(),
  wonAt: z.string().nullable(),
  lostAt: z.string().nullable(),
  lostReason: ref.nullable(),
  lostComment: z.string().nullable(),
  /** Null also when the viewer may not see the company. */
  company: ref.nullable(),
  /** The first person on the deal the viewer may see (the board card's client when there is no company). */
  firstPerson: ref.nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  custom: z.record(z.string(), z.unknown()),
  owner: userRefOutput,
  lastActivityAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesOutput,
};

export const dealListItem = z.object(outputFields);
export const dealOutput = z.object({
  ...outputFields,
  comment: z.string().nullable().optional(),
  /** Left out, like the amount they add up to, when the viewer's role hides the amount. */
  items: z.array(z.object({
    productId: z.string().nullable(), name: z.string(), sku: z.string().nullable(), unit: z.string().nullable(), quantity: z.number(),
    price: z.number().int(), discount: z.number().int(), taxRate: z.number().int(), net: z.number().int(), tax: z.number().int(), total: z.number().int(),
  })).optional(),
  /** Only the people the viewer may see. */
  people: z.array(z.object({ contact: ref, role: z.string().nullable() })),
});
export type DealOutput = z.infer<typeof dealOutput>;
export type DealListItem = z.infer<typeof dealListItem>;
export const dealResult = z.object({ deal: dealOutput });
