import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { ACTIONS, MODULES, SCOPES } from '../../platform/access/permissions.js';
import { createRoleInput, roleIdParams, roleOutput, updateRoleInput } from './roles.schema.js';
import { presentRole } from './roles.presenter.js';
import * as rolesService from './roles.service.js';
import { noContent } from '../../platform/schemas.js';

const roleAnswer = z.object({ role: roleOutput });

export function rolesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/roles', {
    schema: {
      tags: ['roles'], summary: 'Roles with their permission matrices',
      response: { 200: z.object({ items: z.array(roleOutput), modules: z.array(z.string()), actions: z.array(z.string()), scopes: z.array(z.string()) }) },
    },
  }, async (request) => {
    const items = await rolesService.listRoles(db, actorOf(request));
    return { items: items.map(({ role, userCount }) => presentRole(role, userCount)), modules: [...MODULES], actions: [...ACTIONS], scopes: [...SCOPES] };
  });

  r.post('/api/v1/roles', {
    schema: { tags: ['roles'], summary: 'Create a role, empty or copied from another', body: createRoleInput, response: { 201: roleAnswer } },
  }, async (request, reply) => {
    const role = await db.transaction().execute((trx) => rolesService.createRole(trx, actorOf(request), request.body));
    return reply.status(201).send({ role: presentRole(role, 0) });
  });

  r.patch('/api/v1/roles/:id', {
    schema: { tags: ['roles'], summary: "Rename a role or change its rights", params: roleIdParams, body: updateRoleInput, response: { 200: roleAnswer } },
  }, async (request) => {
    const actor = actorOf(request);
    const role = await db.transaction().execute((trx) => rolesService.updateRole(trx, actor, request.params.id, request.body));
    return { role: presentRole(role, await rolesService.userCountOf(db, actor.workspaceId, role.key)) };
  });

  r.delete('/api/v1/roles/:id', {
    schema: { tags: ['roles'], summary: 'Delete a custom role nobody holds', params: roleIdParams, response: { 204: noContent } },
  }, async (request, reply) => {
    await db.transaction().execute((trx) => rolesService.deleteRole(trx, actorOf(request), request.params.id));
    return reply.status(204).send(null);
  });

}
