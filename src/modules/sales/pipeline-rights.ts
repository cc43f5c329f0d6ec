import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';

/**
 * Rights per pipeline (decision 0022): a role's deal rights may be narrowed to some pipelines. The
 * narrowing lives on the actor and the one visibility helper applies it to every deal query; these
 * read it for answers about pipelines themselves and for where a deal may go.
 */

/** Whether the actor's role reaches deals of the pipeline. */
export function reachesPipeline(actor: Actor, pipelineId: string): boolean {
  const narrowing = actor.narrowing?.deals;
  return !narrowing || narrowing.ids.includes(pipelineId);
}

/**
 * Refuses to put a deal into a pipeline outside the actor's rights.
 * @throws AppError validation_failed (`<field>: pipeline_not_allowed`)
 */
export function assertReachesPipeline(actor: Actor, pipelineId: string, field: string): void {
  if (!reachesPipeline(actor, pipelineId)) {
    throw new AppError('validation_failed', 'Your role does not reach deals in that pipeline', { [field]: 'pipeline_not_allowed' });
  }
}
