import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { trackRead } from '../security/read-alarm.service.js';
import { WEIGHTS } from '../security/read-weights.js';
import { recordNames, type RecordRef } from './record-names.service.js';

const MAX_REFS = 100;
const REF = /^([a-z_]{1,64}):(.+)$/;

/** `contact:<uuid>,company:<uuid>`: up to 100 distinct references. */
const refsSchema = z.string().min(1).max(MAX_REFS * 80).transform((value, ctx): RecordRef[] => {
  const refs = new Map<string, RecordRef>();
  for (const part of value.split(',')) {
    const match = REF.exec(part.trim());
    if (!match || !UUID_PATTERN.test(match[2]!)) {
      ctx.addIssue({ code: 'custom', message: 'invalid_ref' });
      return z.NEVER;
    }
    refs.set(`${match[1]}:${match[2]!.toLowerCase()}`, { entityType: match[1]!, id: match[2]!.toLowerCase() });
  }
  if (refs.size > MAX_REFS) {
    ctx.addIssue({ code: 'custom', message: 'too_many' });
    return z.NEVER;
  }
  return [...refs.values()];
});

const namesQuery = z.strictObject({ refs: refsSchema });
const namesOutput = z.object({
  items: z.array(z.object({
    entityType: z.string(),
    id: z.string(),
    /** null: a record you may not see, or that is not there (the two read the same). */
    name: z.string().nullable(),
    deleted: z.boolean(),
  })),
});

/** `GET /api/v1/record-names`: the names of records that history, the audit log and the home page refer to by id. */
export function recordNamesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/record-names', {
    schema: {
      tags: ['records'],
      summary: 'Names of records by reference (`refs=contact:<id>,company:<id>`, up to 100); a record you may not see answers name null',
      querystring: namesQuery,
      response: { 200: namesOutput },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const items = await recordNames(db, actor, request.query.refs);
    // Names alone: each one served weighs a name toward the read alarm, per type like a list page.
    const served = new Map<string, number>();
    for (const item of items) if (item.name !== null) served.set(item.entityType, (served.get(item.entityType) ?? 0) + 1);
    for (const [entityType, rows] of served) await trackRead(db, actor, { path: 'list', entityType, rows, units: rows * WEIGHTS.name });
    return { items };
  });
}
