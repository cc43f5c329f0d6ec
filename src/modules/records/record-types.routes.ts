import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { scopeOf, type Actor } from '../../platform/access/actor.js';
import type { RecordType } from '../../platform/records/record-type.js';
import { recordTypes } from '../../platform/records/registry.js';
import { fieldRightsFor } from '../../platform/records/field-redaction.js';

const COLUMN_KINDS = ['text', 'date', 'time', 'id', 'enum', 'number'] as const;

const recordTypeOutput = z.object({
  entityType: z.string(),
  plural: z.string(),
  module: z.string(),
  filters: z.array(z.object({ field: z.string(), kind: z.enum(COLUMN_KINDS) })),
  sorts: z.array(z.string()),
  params: z.array(z.string()),
  features: z.object({ customFields: z.boolean(), tags: z.boolean(), search: z.boolean(), timeline: z.boolean(), savedViews: z.boolean(), merge: z.boolean(), sharing: z.boolean() }),
  abilities: z.object({ create: z.boolean(), export: z.boolean(), bulk: z.boolean() }),
  /** The standard fields field rights govern (decision 0027); `maskable`: whether `masked` applies; `inputKeys`: the body keys that write it. Custom fields are `custom.<key>`. */
  protectedFields: z.array(z.object({ name: z.string(), maskable: z.boolean(), inputKeys: z.array(z.string()) })),
  /** The caller's rights on this type's fields other than visible: the web disables what it may not change. */
  fieldRights: z.record(z.string(), z.enum(['masked', 'read_only', 'hidden'])),
});

/** What a client (the web app's generic list, an integrator) needs to build a type's list and filters. */
function describe(kind: RecordType, actor: Actor) {
  const can = (action: 'create' | 'export' | 'bulk') => scopeOf(actor, kind.module, action) !== 'none';
  const rights = fieldRightsFor(actor, kind.entityType);
  // Filters and sorts on a field hidden from the caller are refused, so they are not offered.
  const hidden = new Set((kind.protectedFields ?? []).filter((f) => rights[f.name] === 'hidden').flatMap((f) => [...(f.filters ?? []), ...(f.sorts ?? [])]));
  return {
    entityType: kind.entityType,
    plural: kind.plural,
    module: kind.module,
    filters: [...kind.filterColumns].filter(([field]) => !hidden.has(field)).map(([field, spec]) => ({ field, kind: spec.kind })),
    sorts: [...kind.sorts.keys()].filter((key) => !hidden.has(key)),
    params: [...(kind.listParams?.keys() ?? [])],
    features: { ...kind.features, sharing: kind.features.sharing === true },
    abilities: { create: can('create'), export: can('export'), bulk: Boolean(kind.bulk) && can('bulk') },
    protectedFields: (kind.protectedFields ?? []).map((f) => ({ name: f.name, maskable: f.mask !== null, inputKeys: [...f.inputKeys] })),
    fieldRights: rights,
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
