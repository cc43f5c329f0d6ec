import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../users/users-admin.schema.js';
import { createDepartmentInput, departmentResult, departmentsListOutput, updateDepartmentInput } from './departments.schema.js';
import { presentDepartment } from './departments.presenter.js';
import * as departmentsService from './departments.service.js';
import './department.entity.js';
import { noContent } from '../../platform/schemas.js';

export function departmentsRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/departments', {
    schema: { tags: ['departments'], summary: 'All departments, flat (parentId builds the tree)', response: { 200: departmentsListOutput } },
  }, async (request) => {
    const items = await departmentsService.listDepartments(db, actorOf(request));
    return { items: items.map(presentDepartment) };
  });

  r.post('/api/v1/departments', {
    schema: { tags: ['departments'], summary: 'Create a department', body: createDepartmentInput, response: { 201: departmentResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    const department = await db.transaction().execute((trx) => departmentsService.createDepartment(trx, actor, request.body));
    return reply.status(201).send({ department: presentDepartment(department) });
  });

  r.patch('/api/v1/departments/:id', {
    schema: { tags: ['departments'], summary: 'Rename, move or change the head of a department', params: idParams, body: updateDepartmentInput, response: { 200: departmentResult } },
  }, async (request) => {
    const actor = actorOf(request);
    const department = await db.transaction().execute((trx) => departmentsService.updateDepartment(trx, actor, request.params.id, request.body));
    return { department: presentDepartment(department) };
  });

  r.delete('/api/v1/departments/:id', {
    schema: { tags: ['departments'], summary: 'Delete an empty department', params: idParams, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => departmentsService.deleteDepartment(trx, actor, request.params.id));
    return reply.status(204).send(null);
  });
}
