import { z } from 'zod';
import { currencyCode, fieldNameSchema, optionalText, requiredText } from '../../platform/schemas.js';
import { refId } from '../users/users-admin.schema.js';
import { abilitiesOutput, tagInput, userRefOutput } from '../contacts/client-schema.js';

/** Money in minor units, never negative. */
const money = z.number().int('invalid_type').min(0, 'too_small').max(1_000_000_000_000_000, 'too_large');
/** Hundredths of a percent: 0..10000 (2000 = 20 %). */
export const taxRateSchema = z.number().int('invalid_type').min(0, 'too_small').max(10_000, 'too_large');

const price = z.strictObject({ currency: currencyCode, amount: money });

const fields = {
  name: requiredText(200),
  sku: optionalText(100),
  unit: optionalText(30),
  /** One price per currency. */
  prices: z.array(price).max(50, 'too_many').optional(),
  taxRate: taxRateSchema.optional(),
  active: z.boolean().optional(),
  description: optionalText(5000, { multiline: true }),
  tags: z.array(tagInput).max(50, 'too_long').optional(),
  custom: z.record(fieldNameSchema, z.unknown()).optional(),
  ownerId: refId.optional(),
};

export const createProductInput = z.strictObject(fields);
export type CreateProductInput = z.infer<typeof createProductInput>;
export const updateProductInput = z.strictObject({ ...fields, name: fields.name.optional(), version: z.number().int().positive() });

export const productOutput = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  prices: z.array(z.object({ currency: z.string(), amount: z.number().int() })),
  taxRate: z.number().int(),
  active: z.boolean(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  custom: z.record(z.string(), z.unknown()),
  owner: userRefOutput,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesOutput,
});
export type ProductOutput = z.infer<typeof productOutput>;
