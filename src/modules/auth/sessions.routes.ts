import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { clearSessionCookies } from './auth-cookies.js';
import { changePasswordInput, changePasswordOutput, emptyInput, idParams, sessionsOutput, signOutOthersOutput } from './auth.schema.js';
import { changeMyPassword } from './password-change.service.js';
import * as sessionsService from './sessions.service.js';
import { noContent } from '../../platform/schemas.js';

/** Your own sessions (where you are signed in, ending one or all others) and your password. Session-only: not reachable with an API token. */
export function sessionsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { sessionOnly: true };

  r.get('/api/v1/sessions', {
    config,
    schema: { tags: ['auth'], summary: 'Where you are signed in; the session of this request is `current`', response: { 200: sessionsOutput } },
  }, async (request) => ({ items: await sessionsService.listMySessions(db, actorOf(request), request.sessionId) }));

  r.post('/api/v1/sessions/sign-out-others', {
    config,
    schema: { tags: ['auth'], summary: 'Sign out everywhere else: end every session of yours but this one', body: emptyInput, response: { 200: signOutOthersOutput } },
  }, async (request) => ({ ended: await db.transaction().execute((trx) => sessionsService.revokeMyOtherSessions(trx, actorOf(request), request.sessionId)) }));

  r.post('/api/v1/me/password', {
    config,
    schema: {
      tags: ['auth'], summary: 'Change your password (the current one is asked); your other sessions end',
      body: changePasswordInput, response: { 200: changePasswordOutput },
    },
  }, async (request) => changeMyPassword(db, actorOf(request), request.sessionId, request.body));

  r.delete('/api/v1/sessions/:id', {
    config,
    schema: { tags: ['auth'], summary: 'End one of your sessions', params: idParams, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => sessionsService.revokeMySession(trx, actorOf(request), request.params.id));
    if (request.params.id === request.sessionId) clearSessionCookies(reply);
    return reply.status(204).send(null);
  });
}
