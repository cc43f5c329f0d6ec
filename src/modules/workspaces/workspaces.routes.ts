import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { requestContext } from '../../platform/http/request.js';
import { authSettings, setSessionCookies } from '../../modules/auth/auth-cookies.js';
import { signedInOutput } from '../auth/auth.schema.js';
import { presentMe } from '../users/users.presenter.js';
import { permissionsFor } from '../roles/roles.service.js';
import { setupStatusOutput, updateWorkspaceInput, workspaceDetailsOutput } from './workspaces.schema.js';
import { presentWorkspaceDetails } from './workspaces.presenter.js';
import { actorOf } from '../../platform/http/request.js';
import { AppError } from '../../platform/errors.js';
import { z } from 'zod';
import { setupInput } from './setup.schema.js';
import * as workspacesService from './workspaces.service.js';

export function workspacesRoutes(app: FastifyInstance, { db, dialect, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/setup', {
    config: { public: true },
    schema: { tags: ['setup'], summary: 'Whether this install still needs its first-run setup', response: { 200: setupStatusOutput } },
  }, async () => ({ needed: await workspacesService.isSetupNeeded(db) }));

  r.post('/api/v1/setup', {
    config: { public: true, rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['setup'], summary: 'Create the workspace and its administrator, and sign in', body: setupInput, response: { 201: signedInOutput } },
  }, async (request, reply) => {
    const { workspace, session } = await workspacesService.setupInstall(db, dialect, authSettings(config), request.body, requestContext(request));
    setSessionCookies(reply, config, session);
    const { permissions } = await permissionsFor(db, workspace.id, session.user.role);
    return reply.status(201).send({ user: presentMe(session.user, workspace, { permissions }) });
  });

  const workspaceAnswer = z.object({ workspace: workspaceDetailsOutput });

  r.get('/api/v1/workspace', {
    schema: { tags: ['settings'], summary: 'The workspace, its defaults and settings (the alarm\'s limits only for those who manage settings)', response: { 200: workspaceAnswer } },
  }, async (request) => {
    const actor = actorOf(request);
    const workspace = await workspacesService.findWorkspace(db, actor.workspaceId);
    if (!workspace) throw new AppError('not_found', 'Workspace not found');
    return { workspace: presentWorkspaceDetails(workspace, { withAlarm: workspacesService.canManageSettings(actor) }) };
  });

  r.patch('/api/v1/workspace', {
    schema: { tags: ['settings'], summary: 'Change the workspace name, defaults or settings', body: updateWorkspaceInput, response: { 200: workspaceAnswer } },
  }, async (request) => {
    const actor = actorOf(request);
    const workspace = await db.transaction().execute((trx) => workspacesService.updateWorkspace(trx, actor, request.body));
    return { workspace: presentWorkspaceDetails(workspace, { withAlarm: workspacesService.canManageSettings(actor) }) };
  });
}
