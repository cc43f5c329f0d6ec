import { z } from 'zod';
import { requiredText, uuidSchema } from '../../platform/schemas.js';

export const MAX_LOST_REASONS = 100;
const version = z.number().int().positive();

export const createLostReasonInput = z.strictObject({ name: requiredText(200) });
export const updateLostReasonInput = z.strictObject({ name: requiredText(200).optional(), version });
export const retireLostReasonInput = z.strictObject({ version });
export const reorderLostReasonsInput = z.strictObject({ ids: z.array(uuidSchema).min(1, 'required').max(MAX_LOST_REASONS, 'too_many') });
export const listLostReasonsQuery = z.strictObject({ includeRetired: z.enum(['0', '1', 'true', 'false']).optional() });

export const lostReasonOutput = z.object({ id: z.string(), name: z.string(), position: z.number().int(), retired: z.boolean(), version: z.number().int() });
export type LostReasonOutput = z.infer<typeof lostReasonOutput>;
export const lostReasonResult = z.object({ reason: lostReasonOutput });
export const lostReasonsOutput = z.object({ items: z.array(lostReasonOutput) });
