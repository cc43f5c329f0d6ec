import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.js';
import { actorOf, authSettings, clearSessionCookies, requestContext, setSessionCookies } from '../../server/plugins/auth.js';
import { AppError } from '../../platform/errors.js';
import { presentMe } from '../users/users.presenter.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { emptyInput, signedInOutput, signInInput } from './auth.schema.js';
import * as authService from './auth.service.js';

export function authRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: config.authRateLimit, timeWindow: '1 minute' };

  r.post('/api/v1/auth/sign-in', {
    config: { public: true, rateLimit },
    schema: { tags: ['auth'], summary: 'Sign in with email and password; sets the session cookie', body: signInInput, response: { 200: signedInOutput } },
  }, async (request, reply) => {
    const session = await authService.signIn(db, authSettings(config), request.body, requestContext(request));
    const workspace = await workspacesService.findWorkspace(db, session.user.workspace_id);
    if (!workspace) throw new AppError('not_found', 'Workspace not found');
    setSessionCookies(reply, config, session);
    return { user: presentMe(session.user, workspace) };
  });

  r.post('/api/v1/auth/sign-out', {
    schema: { tags: ['auth'], summary: 'End this session', body: emptyInput },
  }, async (request, reply) => {
    const actor = actorOf(request);
    if (request.sessionId) await authService.signOut(db, actor, request.sessionId);
    clearSessionCookies(reply);
    return reply.status(204).send();
  });
}
