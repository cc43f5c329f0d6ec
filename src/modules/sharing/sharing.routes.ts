import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { recordTypes } from '../../platform/records/registry.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { shareInput, shareParams, sharesOutput } from './sharing.schema.js';
import * as sharing from './sharing.service.js';

/** `GET/POST /api/v1/<plural>/:id/shares` and `DELETE …/shares/:userId` for every type with `features.sharing`. */
export function sharingRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of recordTypes().filter((t) => t.features.sharing)) {
    const base = `/api/v1/${kind.plural}/:id/shares`;
    const tags = [kind.plural];
    r.get(base, {
      schema: { tags, summary: `Who a ${kind.entityType} is shared with`, params: idParams, response: { 200: sharesOutput } },
    }, async (request) => sharing.listRecordShares(db, actorOf(request), kind, request.params.id));

    r.post(base, {
      schema: { tags, summary: `Share a ${kind.entityType} with a colleague as an observer (view) or co-owner (edit); needs edit on it`, params: idParams, body: shareInput, response: { 200: sharesOutput } },
    }, async (request) => {
      const actor = actorOf(request);
      return db.transaction().execute((trx) => sharing.shareRecord(trx, actor, kind, request.params.id, request.body));
    });

    r.delete(`${base}/:userId`, {
      schema: { tags, summary: `Stop sharing a ${kind.entityType} with a colleague`, params: shareParams, response: { 204: noContent } },
    }, async (request, reply) => {
      const actor = actorOf(request);
      await db.transaction().execute((trx) => sharing.unshareRecord(trx, actor, kind, request.params.id, request.params.userId));
      return reply.status(204).send(null);
    });
  }
}
