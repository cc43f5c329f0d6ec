import type { LiveHub } from '../../platform/live/live-hub.js';
import { registerLiveChannel } from '../../platform/live/live-channels.js';
import type { OutboxDispatcher, OutboxEvent } from '../../platform/outbox/outbox.dispatcher.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { DEAL_TYPE } from './deals.service.js';
import { canSeeDeals } from './pipelines.service.js';
import * as pipelines from './pipelines.repository.js';

/** The live channel of a pipeline's board. */
export const pipelineChannel = (pipelineId: string) => `pipeline:${pipelineId}`;

// Anyone who may see deals may listen to an existing pipeline of their workspace: messages carry
// stage ids only, and the board they trigger a refetch of applies the viewer's visibility.
registerLiveChannel('pipeline', async (db, actor, id) => UUID_PATTERN.test(id) && canSeeDeals(actor) && (await pipelines.findPipeline(db, actor.workspaceId, id)) !== undefined);

type Side = { pipeline_id?: unknown; stage_id?: unknown } | null;

/** The pipelines and stages a deal event touched: where the deal was and where it is now. */
export function touchedStages(event: OutboxEvent): Map<string, string[]> {
  const payload = (event.payload ?? {}) as { before?: Side; after?: Side };
  const out = new Map<string, string[]>();
  for (const side of [payload.before, payload.after]) {
    if (!side || typeof side.pipeline_id !== 'string' || typeof side.stage_id !== 'string') continue;
    const stages = out.get(side.pipeline_id) ?? [];
    if (!stages.includes(side.stage_id)) stages.push(side.stage_id);
    out.set(side.pipeline_id, stages);
  }
  return out;
}

/**
 * Publishes every committed deal change (created, updated, moved, deleted, restored...) to the
 * live channel of each pipeline it touched, with the stage ids only.
 */
export function publishDealChanges(outbox: OutboxDispatcher, hub: LiveHub): void {
  outbox.subscribe('*', 'live.deals', async (event) => {
    if (event.entityType !== DEAL_TYPE) return;
    for (const [pipelineId, stages] of touchedStages(event)) {
      await hub.publish(event.workspaceId, pipelineChannel(pipelineId), { type: event.type, ids: { stages } });
    }
  });
}
