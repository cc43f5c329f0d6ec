import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../../platform/schemas.js';
import { dealResult, moveDealInput } from './deals.schema.js';
import * as deals from './deals.service.js';

const stagePathOutput = z.object({
  items: z.array(z.object({
    pipelineId: z.string(), stageId: z.string(), enteredAt: z.string(), leftAt: z.string().nullable(), durationMs: z.number(), movedBy: z.string().nullable(),
  })),
});

/** Deal routes beyond the generic record ones (`/api/v1/deals` list, create, get, patch, delete, export). */
export function dealsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/deals/:id/move', {
    schema: {
      tags: ['deals'], summary: 'Move a deal on the board: within its column, to another stage, or to another pipeline (names the version it read)',
      params: idParams, body: moveDealInput, response: { 200: dealResult },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return { deal: await db.transaction().execute((trx) => deals.moveDeal(trx, actor, request.params.id, request.body)) };
  });

  r.get('/api/v1/deals/:id/stages', {
    schema: { tags: ['deals'], summary: "A deal's path through the stages, with the time spent in each", params: idParams, response: { 200: stagePathOutput } },
  }, async (request) => ({ items: await deals.dealStagePath(db, actorOf(request), request.params.id) }));
}
