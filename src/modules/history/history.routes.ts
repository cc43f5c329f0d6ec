import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { historyOutput, historyParams, restoreVersionInput, restoreVersionOutput } from './history.schema.js';
import * as historyService from './history.service.js';
import { trackRead } from '../security/read-alarm.service.js';
import { fullUnits, sumUnits } from '../security/read-weights.js';

/** Any registered record type's history, and restoring an earlier version. */
export function historyRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/history/:entityType/:entityId', {
    schema: { tags: ['history'], summary: "A record's versions, newest first, with what changed and who changed it", params: historyParams, response: { 200: historyOutput } },
  }, async (request) => {
    const { entityType, entityId } = request.params;
    const actor = actorOf(request);
    const items = await historyService.listHistory(db, actor, entityType, entityId);
    // Every version shows the whole record as it was: each weighs like a card.
    await trackRead(db, actor, { path: 'history', entityType, entityId, rows: items.length, units: sumUnits(items, (v) => fullUnits(v.data)) });
    return { items };
  });

  r.post('/api/v1/history/:entityType/:entityId/restore', {
    schema: { tags: ['history'], summary: 'Put back an earlier version as a new version', params: historyParams, body: restoreVersionInput, response: { 200: restoreVersionOutput } },
  }, async (request) => {
    const { entityType, entityId } = request.params;
    const actor = actorOf(request);
    const version = await db.transaction().execute((trx) => historyService.restoreVersion(trx, actor, entityType, entityId, request.body));
    return { ok: true as const, version };
  });
}
