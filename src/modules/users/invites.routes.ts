import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf, requestContext } from '../../platform/http/request.js';
import { authSettings, setSessionCookies } from '../../modules/auth/auth-cookies.js';
import { emptyInput, signedInOutput } from '../auth/auth.schema.js';
import { presentSignedIn } from '../auth/auth.presenter.js';
import { acceptInviteInput, idParams, inviteLinkOutput } from './users-admin.schema.js';
import * as invites from './invites.service.js';
import { noContent } from '../../platform/schemas.js';

/** One-time links: an administrator mails a reset link or copies an invitation link; the recipient chooses a password. */
export function invitesRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/users/:id/reset-password', {
    schema: { tags: ['users'], summary: 'Mail a user a link to set a new password (valid 24 h)', params: idParams, body: emptyInput, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => invites.sendPasswordReset(trx, actor, request.params.id, { publicUrl: config.publicUrl }));
    return reply.status(204).send(null);
  });

  r.post('/api/v1/users/:id/invite-link', {
    config: { idempotency: false },
    schema: {
      tags: ['users'],
      summary: 'Issue a fresh invitation link (valid 7 days) for a user who has not chosen a password yet, to pass on by hand; administrators only',
      params: idParams, body: emptyInput, response: { 200: inviteLinkOutput },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => invites.issueInviteLink(trx, actor, request.params.id, { publicUrl: config.publicUrl }));
  });

  r.post('/api/v1/auth/accept-invite', {
    config: { public: true, rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: 'Choose a password through a mailed invite or reset link, and sign in', body: acceptInviteInput, response: { 200: signedInOutput } },
  }, async (request, reply) => {
    const session = await invites.acceptInvite(db, authSettings(config), request.body, requestContext(request));
    setSessionCookies(reply, config, session);
    return presentSignedIn(db, session.user);
  });
}
