import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { emptyInput } from '../auth/auth.schema.js';
import {
  createUserInput, idParams, listUsersQuery, transferInput, transferOutput, updateUserInput, userOutput, usersListOutput, versionInput,
} from './users-admin.schema.js';
import * as usersAdmin from './users-admin.service.js';
import { startUserTransfer } from './transfer.job.js';
import { getJobProgress } from '../jobs/jobs.service.js';
import { jobResult } from '../jobs/jobs.schema.js';
import './user.entity.js';
import { noContent } from '../../platform/schemas.js';

/** The team screen: users of the workspace, their roles, departments and access. */
export function usersAdminRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const links = { publicUrl: config.publicUrl };

  r.get('/api/v1/users', {
    schema: { tags: ['users'], summary: 'Users of the workspace (status: active by default)', querystring: listUsersQuery, response: { 200: usersListOutput } },
  }, async (request) => ({ items: await usersAdmin.listUsersForAdmin(db, actorOf(request), request.query) }));

  r.post('/api/v1/users', {
    schema: { tags: ['users'], summary: 'Add a user; without a password they are mailed an invite', body: createUserInput, response: { 201: userOutput } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const user = await db.transaction().execute((trx) => usersAdmin.createUserByAdmin(trx, actor, request.body, links));
    return reply.status(201).send({ user: await usersAdmin.presentForAdmin(db, user) });
  });

  r.patch('/api/v1/users/:id', {
    schema: { tags: ['users'], summary: "Change a user's name, email, role or department", params: idParams, body: updateUserInput, response: { 200: userOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    const user = await db.transaction().execute((trx) => usersAdmin.updateUserByAdmin(trx, actor, request.params.id, request.body));
    return { user: await usersAdmin.presentForAdmin(db, user) };
  });

  const lifecycle = [
    ['deactivate', 'Deactivate a user: no sign-in, sessions end, records stay', usersAdmin.deactivateUser],
    ['activate', 'Let a deactivated user sign in again', usersAdmin.activateUser],
    ['unblock', 'Lift the block the exfiltration alarm set', usersAdmin.unblockUser],
    ['reset-two-factor', 'Reset two-factor sign-in (a lost phone): it goes off and sessions end', usersAdmin.resetTwoFactor],
  ] as const;
  for (const [action, summary, change] of lifecycle) {
    r.post(`/api/v1/users/:id/${action}`, {
      schema: { tags: ['users'], summary, params: idParams, body: versionInput, response: { 200: userOutput } },
    }, async (request) => {
      const actor = actorOf(request);
      const user = await db.transaction().execute((trx) => change(trx, actor, request.params.id, request.body.version));
      return { user: await usersAdmin.presentForAdmin(db, user) };
    });
  }

  r.post('/api/v1/users/:id/sign-out-everywhere', {
    schema: { tags: ['users'], summary: 'End every session of a user', params: idParams, body: emptyInput, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => usersAdmin.signOutEverywhere(trx, actor, request.params.id));
    return reply.status(204).send(null);
  });

  r.post('/api/v1/users/:id/transfer', {
    schema: {
      tags: ['users'], summary: "Hand all of a user's records to another active user; over 200 records runs as a job (202)", params: idParams, body: transferInput,
      response: { 200: transferOutput, 202: jobResult },
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const started = await startUserTransfer(db, actor, request.params.id, request.body.toUserId);
    if (started.status === 200) return { moved: started.moved };
    return reply.status(202).send({ job: await getJobProgress(db, actor, started.jobId) });
  });
}
