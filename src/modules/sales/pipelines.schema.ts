import { z } from 'zod';
import { requiredText, uuidSchema } from '../../platform/schemas.js';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
/** Stages per pipeline at most: a board wider than this is unreadable. */
export const MAX_STAGES = 30;
export const MAX_PIPELINES = 50;

const version = z.number().int().positive();
const name = requiredText(100);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid_color');
const probability = z.number().int('invalid_type').min(0, 'too_small').max(100, 'too_large');
const rottingDays = z.number().int('invalid_type').min(1, 'too_small').max(3650, 'too_large').nullable();

export const stageInput = z.strictObject({
  name,
  color: color.optional(),
  probability: probability.optional(),
  kind: z.enum(STAGE_KINDS).optional(),
  rottingDays: rottingDays.optional(),
});
export type StageInput = z.infer<typeof stageInput>;

export const createPipelineInput = z.strictObject({
  name,
  /** The stages in order; absent: the default set in the creator's language. */
  stages: z.array(stageInput).min(1, 'required').max(MAX_STAGES, 'too_many').optional(),
});
export type CreatePipelineInput = z.infer<typeof createPipelineInput>;

export const updatePipelineInput = z.strictObject({ name: name.optional(), version });
export type UpdatePipelineInput = z.infer<typeof updatePipelineInput>;

export const retirePipelineInput = z.strictObject({
  version,
  /** Where the pipeline's open deals go; required when it holds any. */
  moveToStageId: uuidSchema.optional(),
});
export type RetirePipelineInput = z.infer<typeof retirePipelineInput>;

export const createStageInput = stageInput.extend({
  /** Insert before the stage at this index (0 = first); absent: before the closing (won/lost) stages. */
  position: z.number().int('invalid_type').min(0, 'too_small').max(MAX_STAGES, 'too_large').optional(),
});
export type CreateStageInput = z.infer<typeof createStageInput>;

export const updateStageInput = z.strictObject({
  name: name.optional(),
  color: color.optional(),
  probability: probability.optional(),
  kind: z.enum(STAGE_KINDS).optional(),
  rottingDays: rottingDays.optional(),
  version,
});
export type UpdateStageInput = z.infer<typeof updateStageInput>;

export const retireStageInput = z.strictObject({
  version,
  /** Where the stage's deals go; required when it holds any. */
  moveToStageId: uuidSchema.optional(),
});
export type RetireStageInput = z.infer<typeof retireStageInput>;

/** Every active stage once, in the new order, with the pipeline's `version`. */
export const reorderStagesInput = z.strictObject({ ids: z.array(uuidSchema).min(1, 'required').max(MAX_STAGES, 'too_many'), version });

export const listPipelinesQuery = z.strictObject({ includeRetired: z.enum(['0', '1', 'true', 'false']).optional() });

export const stageOutput = z.object({
  id: z.string(),
  pipelineId: z.string(),
  name: z.string(),
  color: z.string(),
  probability: z.number().int(),
  kind: z.enum(STAGE_KINDS),
  rottingDays: z.number().int().nullable(),
  position: z.number().int(),
  retired: z.boolean(),
  version: z.number().int(),
});
export type StageOutput = z.infer<typeof stageOutput>;

export const pipelineOutput = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  retired: z.boolean(),
  version: z.number().int(),
  stages: z.array(stageOutput),
});
export type PipelineOutput = z.infer<typeof pipelineOutput>;

export const pipelineResult = z.object({ pipeline: pipelineOutput });
export const pipelinesOutput = z.object({ items: z.array(pipelineOutput), canManage: z.boolean() });
export const stageResult = z.object({ stage: stageOutput });
export const stageParams = z.strictObject({ id: uuidSchema });
