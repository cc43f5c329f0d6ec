import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { AppError } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/request.js';
import * as usersService from '../users/users.service.js';
import { emptyInput, signedInOutput, twoFactorDisableInput, twoFactorEnableInput, twoFactorSetupOutput } from './auth.schema.js';
import { presentSignedIn } from './auth.presenter.js';
import * as twoFactorService from './two-factor.service.js';

/** Two-factor sign-in for the signed-in user. Session-only: not reachable with an API token. */
export function twoFactorRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const routeConfig = { sessionOnly: true, rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } };

  async function me(workspaceId: string, userId: string) {
    const user = await usersService.findUser(db, workspaceId, userId);
    if (!user) throw new AppError('not_found', 'User not found');
    return presentSignedIn(db, user);
  }

  r.post('/api/v1/me/two-factor/setup', {
    config: { ...routeConfig, idempotency: false },
    schema: { tags: ['auth'], summary: 'Start two-factor setup: a secret and an otpauth:// URL for the QR code', body: emptyInput, response: { 200: twoFactorSetupOutput } },
  }, async (request) => db.transaction().execute((trx) => twoFactorService.startTwoFactorSetup(trx, actorOf(request))));

  r.post('/api/v1/me/two-factor/enable', {
    config: routeConfig,
    schema: { tags: ['auth'], summary: 'Turn two-factor sign-in on with a code from the app', body: twoFactorEnableInput, response: { 200: signedInOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => twoFactorService.enableTwoFactor(trx, actor, request.body.code));
    return me(actor.workspaceId, actor.userId!);
  });

  r.post('/api/v1/me/two-factor/disable', {
    config: routeConfig,
    schema: { tags: ['auth'], summary: 'Turn two-factor sign-in off; needs your password', body: twoFactorDisableInput, response: { 200: signedInOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    await twoFactorService.disableTwoFactor(db, actor, request.body.password);
    return me(actor.workspaceId, actor.userId!);
  });
}
