import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { recordTypes } from '../../platform/records/registry.js';
import { uuidSchema } from '../../platform/schemas.js';
import { trackRead } from '../security/read-alarm.service.js';
import { WEIGHTS } from '../security/read-weights.js';
import { callPhone } from './record-fields.service.js';

const callParams = z.strictObject({ id: uuidSchema, index: z.coerce.number().int().min(0).max(99) });
const callOutput = z.object({ tel: z.string().describe('A tel: link to dial; not for showing') });

/**
 * `POST /api/v1/<plural>/:id/<field>/:index/call` for each callable field of a type (phones): the
 * web's click-to-call, which a role that sees phones only masked may use without reading the number
 * (decision 0027). Counted as a read of one phone and audited.
 */
export function recordFieldsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of recordTypes()) {
    for (const field of (kind.protectedFields ?? []).filter((f) => f.callable)) {
      r.post(`/api/v1/${kind.plural}/:id/${field.name}/:index/call`, {
        schema: { tags: [kind.plural], summary: `Call one of a ${kind.entityType}'s ${field.name} (works when they are masked; refused when hidden)`, params: callParams, response: { 200: callOutput } },
      }, async (request) => {
        const actor = actorOf(request);
        const tel = await db.transaction().execute((trx) => callPhone(trx, actor, kind, field, request.params.id, request.params.index));
        await trackRead(db, actor, { path: 'call', entityType: kind.entityType, entityId: request.params.id, rows: 1, units: WEIGHTS.contactPoint });
        return { tel };
      });
    }
  }
}
