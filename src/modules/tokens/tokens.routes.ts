import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../auth/auth.schema.js';
import { apiTokenListOutput, createApiTokenInput, createdApiTokenOutput } from './tokens.schema.js';
import { presentApiToken } from './tokens.presenter.js';
import * as tokensService from './tokens.service.js';
import { noContent } from '../../platform/schemas.js';

/** Personal API tokens. Managed from a signed-in session only: a token cannot mint or list tokens. */
export function tokensRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { sessionOnly: true };

  r.get('/api/v1/tokens', {
    config,
    schema: { tags: ['tokens'], summary: 'Your personal API tokens', response: { 200: apiTokenListOutput } },
  }, async (request) => {
    const items = await tokensService.listMyApiTokens(db, actorOf(request));
    return { items: items.map(presentApiToken) };
  });

  r.post('/api/v1/tokens', {
    // The secret is shown once and never stored, so the answer cannot be replayed for an Idempotency-Key.
    config: { ...config, idempotency: false },
    schema: { tags: ['tokens'], summary: 'Create a personal API token; the secret is answered only this once', body: createApiTokenInput, response: { 201: createdApiTokenOutput } },
  }, async (request, reply) => {
    const { token, secret } = await db.transaction().execute((trx) => tokensService.createApiToken(trx, actorOf(request), request.body));
    return reply.status(201).send({ token: presentApiToken(token), secret });
  });

  r.delete('/api/v1/tokens/:id', {
    config,
    schema: { tags: ['tokens'], summary: 'Revoke one of your API tokens', params: idParams, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => tokensService.revokeMyApiToken(trx, actorOf(request), request.params.id));
    return reply.status(204).send(null);
  });
}
