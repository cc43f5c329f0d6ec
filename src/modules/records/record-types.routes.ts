import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { recordTypes } from '../../platform/records/registry.js';

const COLUMN_KINDS = ['text', 'date', 'time', 'id', 'enum', 'number'] as const;

const recordTypeOutput = z.object({
  entityType: z.string(),
  plural: z.string(),
  module: z.string(),
  filters: z.array(z.object({ field: z.string(), kind: z.enum(COLUMN_KINDS) })),
  sorts: z.array(z.string()),
  params: z.array(z.string()),
  features: z.object({ customFields: z.boolean(), tags: z.boolean(), search: z.boolean(), timeline: z.boolean(), savedViews: z.boolean(), merge: z.boolean() }),
  abilities: z.object({ create: z.boolean(), export: z.boolean(), bulk: z.boolean() }),
});

/** What a client (the web app's generic list, an integrator) needs to build a type's list and filters. */
function describe(kind: RecordType, actor: Actor) {
  const can = (action: 'create' | 'export' | 'bulk') => scopeOf(actor, kind.module, action) !== 'none';
  return {
    entityType: kind.entityType,
    plural: kind.plural,
    module: kind.module,
    filters: [...kind.filterColumns].map(([field, spec]) => ({ field, kind: spec.kind })),
    sorts: [...kind.sorts.keys()],
    params: [...(kind.listParams?.keys() ?? [])],
    features: { ...kind.features },
    abilities: { create: can('create'), export: can('export'), bulk: Boolean(kind.bulk) && can('bulk') },
  };
}

/** The registered record types the caller may see, with their list metadata (decision 0009). */
export function recordTypesRoutes(app: FastifyInstance, _deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/record-types', {
    schema: {
      tags: ['records'],
      summary: 'Record types you may see, with the fields their lists filter and sort on',
      response: { 200: z.object({ items: z.array(recordTypeOutput) }) },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return { items: recordTypes().filter((kind) => scopeOf(actor, kind.module, 'view') !== 'none').map((kind) => describe(kind, actor)) };
  });
}
