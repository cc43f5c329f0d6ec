import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import {
  IDEMPOTENCY_KEY_PATTERN, abandonIdempotent, beginIdempotent, finishIdempotent, requestFingerprint,
} from '../../platform/idempotency/idempotency.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The claim this request holds on its `Idempotency-Key`, until its answer is stored. */
    idempotencyClaim: string | null;
  }
  interface FastifyContextConfig {
    /**
     * `false` for a POST whose answer holds a secret shown once (a new API token, a two-factor
     * secret, an invitation link): it is never stored, so such a request refuses an Idempotency-Key.
     */
    idempotency?: false;
  }
}

/** The credential the key belongs to: keys are chosen by the client, so each credential has its own. */
function principalOf(request: FastifyRequest): string | null {
  if (request.apiTokenId) return `token:${request.apiTokenId}`;
  return request.actor?.userId ? `user:${request.actor.userId}` : null;
}

async function storeAnswer(db: Kysely<Database>, request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
  const claimId = request.idempotencyClaim;
  if (!claimId) return;
  request.idempotencyClaim = null;
  const isText = payload === null || payload === undefined || typeof payload === 'string' || Buffer.isBuffer(payload);
  try {
    // A server error rolled the work back, and a stream cannot be kept: a retry should run again.
    if (reply.statusCode >= 500 || !isText) return await abandonIdempotent(db, claimId);
    const type = reply.getHeader('content-type');
    await finishIdempotent(db, claimId, { statusCode: reply.statusCode, type: type === undefined ? null : String(type), body: payload ? String(payload) : '' });
  } catch (err) {
    // The answer still goes out; only a later duplicate may run the work again.
    request.log.error({ err }, 'could not store the answer for an Idempotency-Key');
  }
}

/**
 * `Idempotency-Key` on signed-in POST requests (DESIGN.md, API): the first answer (status and body)
 * to a principal's key is kept for 24 hours and answered again, with `Idempotent-Replayed: true`,
 * to a repeat of the same request instead of doing the work twice; the same key with another
 * request answers 422 `idempotency_key_reused`. Claimed after validation (an invalid request is not
 * remembered) and before the handler; a duplicate arriving while the first runs waits for its answer.
 * Public routes (no principal) ignore the header.
 */
export function registerIdempotency(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('idempotencyClaim', null);

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    const principal = principalOf(request);
    if (!principal || !request.actor || request.routeOptions.config?.public === true) return;
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw new AppError('bad_request', 'Idempotency-Key must be 1 to 255 printable ASCII characters', { 'Idempotency-Key': 'invalid' });
    }
    if (request.routeOptions.config?.idempotency === false) {
      throw new AppError('bad_request', 'The answer to this request holds a secret shown only once, so it cannot be repeated; send it without Idempotency-Key', { 'Idempotency-Key': 'not_supported' });
    }
    const fingerprint = requestFingerprint({
      method: request.method, route: request.routeOptions.url ?? '', params: request.params, query: request.query, body: request.body,
    });
    const begun = await beginIdempotent(db, { workspaceId: request.actor.workspaceId, principal, key, fingerprint });
    if (begun.kind === 'claimed') {
      request.idempotencyClaim = begun.claimId;
      return;
    }
    const { answer } = begun;
    reply.code(answer.statusCode).header('idempotent-replayed', 'true');
    if (answer.type) reply.header('content-type', answer.type);
    return reply.send(answer.body === '' ? undefined : answer.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    await storeAnswer(db, request, reply, payload);
    return payload;
  });

  // A request that ended without an answer going through onSend (a dropped connection) frees its key.
  app.addHook('onResponse', async (request) => {
    const claimId = request.idempotencyClaim;
    if (!claimId) return;
    request.idempotencyClaim = null;
    await abandonIdempotent(db, claimId).catch((err: unknown) => request.log.error({ err }, 'could not release an Idempotency-Key'));
  });
}
