import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { AppError } from '../../platform/errors.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { signedInOutput } from '../auth/auth.schema.js';
import { updateMeInput } from './users.schema.js';
import { presentMe } from './users.presenter.js';
import type { PermissionMatrix } from '../../platform/access/permissions.js';
import * as usersService from './users.service.js';

export function usersRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function me(user: usersService.User | null | undefined, twoFactorSetupRequired: boolean, permissions: PermissionMatrix) {
    const workspace = user && (await workspacesService.findWorkspace(db, user.workspace_id));
    if (!user || !workspace) throw new AppError('not_found', 'User not found');
    return { user: presentMe(user, workspace, { twoFactorSetupRequired, permissions }) };
  }

  r.get('/api/v1/me', {
    schema: { tags: ['users'], summary: 'The signed-in user and their workspace', response: { 200: signedInOutput } },
  }, async (request) => {
    return me(request.currentUser, request.twoFactorSetupRequired, actorOf(request).permissions);
  });

  r.patch('/api/v1/me', {
    schema: { tags: ['users'], summary: 'Change your name, language or time zone', body: updateMeInput, response: { 200: signedInOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    const user = await db.transaction().execute((trx) => usersService.updateMe(trx, actor, request.body));
    return me(user, request.twoFactorSetupRequired, actor.permissions);
  });
}
