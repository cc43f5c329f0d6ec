import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf, requestContext } from '../../platform/http/request.js';
import { noContent } from '../../platform/schemas.js';
import { authSettings, setSessionCookies } from '../auth/auth-cookies.js';
import * as repo from './oidc.repository.js';
import * as providers from './oidc-providers.service.js';
import { finishOidcSignIn, OidcFailure, startOidcSignIn, type OidcSettings } from './oidc-sign-in.service.js';
import { CALLBACK_PATH, presentProvider, redirectUriOf } from './oidc.presenter.js';
import {
  callbackQuery, createProviderInput, idParams, providerAnswer, providersAnswer, publicProvidersAnswer, updateProviderInput,
} from './oidc.schema.js';

const BROWSER_COOKIE = 'kt_oidc';
const redirect = { 302: z.null().describe('A redirect (Location): to the provider, or back to the web app') };

/** Sends the browser to the sign-in page with the reason an OpenID sign-in was refused. */
function toSignInPage(reply: FastifyReply, reason: string) {
  return reply.redirect(`/sign-in?signInError=${encodeURIComponent(reason)}`, 302);
}

/** OpenID Connect: the sign-in page's providers, the sign-in round trip, and the admin's provider settings (decision 0028). */
export function oidcRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings: OidcSettings = { publicUrl: config.publicUrl, allowHttp: config.oidcAllowHttp, auth: authSettings(config) };
  const rateLimit = { max: config.authRateLimit, timeWindow: '1 minute' };
  const cookieBase = { path: '/api/v1/auth/oidc', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };

  r.get('/api/v1/auth/providers', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'The OpenID providers one may sign in with (enabled ones)', response: { 200: publicProvidersAnswer } },
  }, async () => ({ items: await repo.listEnabledProviders(db) }));

  r.get('/api/v1/auth/oidc/:id/start', {
    config: { public: true, rateLimit },
    schema: { tags: ['auth'], summary: 'Start signing in with an OpenID provider: redirects to it', params: idParams, response: redirect },
  }, async (request, reply) => {
    try {
      const started = await startOidcSignIn(db, settings, request.params.id);
      reply.setCookie(BROWSER_COOKIE, started.browserToken, { ...cookieBase, maxAge: 600 });
      return reply.redirect(started.url, 302);
    } catch (error) {
      if (error instanceof OidcFailure) return toSignInPage(reply, error.reason);
      throw error;
    }
  });

  r.get(CALLBACK_PATH, {
    config: { public: true, rateLimit },
    schema: { tags: ['auth'], summary: 'Where the provider sends the browser back: signs in and redirects to the web app', querystring: callbackQuery, response: redirect },
  }, async (request, reply) => {
    const rawQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const browserToken = request.cookies[BROWSER_COOKIE];
    reply.clearCookie(BROWSER_COOKIE, { path: cookieBase.path });
    try {
      const outcome = await finishOidcSignIn(db, settings, request.query, rawQuery, browserToken, requestContext(request));
      if (outcome.kind === 'two_factor') return reply.redirect(`/sign-in#twoFactor=${encodeURIComponent(outcome.challenge)}`, 302);
      setSessionCookies(reply, config, outcome.session);
      return reply.redirect('/', 302);
    } catch (error) {
      if (error instanceof OidcFailure) {
        request.log.info({ reason: error.reason }, 'OpenID sign-in refused');
        return toSignInPage(reply, error.reason);
      }
      throw error;
    }
  });

  r.get('/api/v1/oidc-providers', {
    schema: { tags: ['settings'], summary: 'The workspace\'s OpenID providers (client secrets are never answered)', response: { 200: providersAnswer } },
  }, async (request) => ({
    items: (await providers.listProviders(db, actorOf(request))).map((p) => presentProvider(p, config.publicUrl)),
    redirectUri: redirectUriOf(config.publicUrl),
  }));

  r.post('/api/v1/oidc-providers', {
    schema: { tags: ['settings'], summary: 'Add an OpenID provider', body: createProviderInput, response: { 201: providerAnswer } },
  }, async (request, reply) => {
    const row = await db.transaction().execute((trx) => providers.createProvider(trx, actorOf(request), { allowHttp: config.oidcAllowHttp }, request.body));
    return reply.status(201).send({ provider: presentProvider(row, config.publicUrl) });
  });

  r.patch('/api/v1/oidc-providers/:id', {
    schema: { tags: ['settings'], summary: 'Change, enable or disable an OpenID provider (a left-out secret stays)', params: idParams, body: updateProviderInput, response: { 200: providerAnswer } },
  }, async (request) => {
    const row = await db.transaction().execute((trx) => providers.updateProvider(trx, actorOf(request), { allowHttp: config.oidcAllowHttp }, request.params.id, request.body));
    return { provider: presentProvider(row, config.publicUrl) };
  });

  r.delete('/api/v1/oidc-providers/:id', {
    schema: { tags: ['settings'], summary: 'Remove an OpenID provider', params: idParams, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => providers.deleteProvider(trx, actorOf(request), request.params.id));
    return reply.status(204).send(null);
  });
}
