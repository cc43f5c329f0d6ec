import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf, requestContext } from '../../platform/http/request.js';
import { authSettings, clearSessionCookies, setSessionCookies } from './auth-cookies.js';
import { emptyInput, passwordPolicyOutput, passwordPolicyQuery, signedInOutput, signInInput, twoFactorSignInInput } from './auth.schema.js';
import { passwordPolicyFor } from './password-policy.js';
import { presentSignedIn } from './auth.presenter.js';
import * as authService from './auth.service.js';
import { sessionsRoutes } from './sessions.routes.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import { noContent } from '../../platform/schemas.js';

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: config.authRateLimit, timeWindow: '1 minute' };

  r.post('/api/v1/auth/sign-in', {
    config: { public: true, rateLimit },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with email and password; sets the session cookie, or answers 401 two_factor_required with error.challenge',
      body: signInInput, response: { 200: signedInOutput },
    },
  }, async (request, reply) => {
    const session = await authService.signIn(db, authSettings(config), request.body, requestContext(request));
    const answer = await presentSignedIn(db, session.user);
    setSessionCookies(reply, config, session);
    return answer;
  });

  r.post('/api/v1/auth/sign-in/two-factor', {
    config: { public: true, rateLimit },
    schema: { tags: ['auth'], summary: 'Second sign-in step: the challenge and a code from the authenticator app', body: twoFactorSignInInput, response: { 200: signedInOutput } },
  }, async (request, reply) => {
    const session = await authService.signInWithTwoFactor(db, authSettings(config), request.body, requestContext(request));
    const answer = await presentSignedIn(db, session.user);
    setSessionCookies(reply, config, session);
    return answer;
  });

  r.get('/api/v1/auth/password-policy', {
    config: { public: true, rateLimit },
    schema: {
      tags: ['auth'],
      summary: 'The password rules a form tells before submit: of the invite/reset token\'s workspace, else the signed-in user\'s, else the default',
      querystring: passwordPolicyQuery, response: { 200: passwordPolicyOutput },
    },
  }, async (request) => passwordPolicyFor(db, { token: request.query.token, workspaceId: request.actor?.workspaceId }));

  r.post('/api/v1/auth/sign-out', {
    schema: { tags: ['auth'], summary: 'End this session', body: emptyInput, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    if (request.sessionId) await authService.signOut(db, actor, request.sessionId);
    clearSessionCookies(reply);
    return reply.status(204).send(null);
  });

  sessionsRoutes(app, deps);
  twoFactorRoutes(app, deps);
}
