import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../../platform/schemas.js';
import {
  createLostReasonInput, listLostReasonsQuery, lostReasonResult, lostReasonsOutput, reorderLostReasonsInput, retireLostReasonInput, updateLostReasonInput,
} from './lost-reasons.schema.js';
import * as reasons from './lost-reasons.service.js';
import {
  createPipelineInput, createStageInput, listPipelinesQuery, pipelineResult, pipelinesOutput, reorderStagesInput, retirePipelineInput,
  retireStageInput, updatePipelineInput, updateStageInput,
} from './pipelines.schema.js';
import * as pipelines from './pipelines.service.js';
import { boardOutput, boardQuery } from './board.schema.js';
import { pipelineBoard } from './board.service.js';

const truthy = (v: string | undefined) => v === '1' || v === 'true';

/** Pipelines, their stages and the lost reasons: read by everyone who sees deals, shaped by administrators. */
export function pipelinesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pipelines'];
  const tx = <T>(work: (trx: Transaction<Database>) => Promise<T>) => db.transaction().execute(work);

  r.get('/api/v1/pipelines', {
    schema: { tags, summary: 'Pipelines with their stages, in order', querystring: listPipelinesQuery, response: { 200: pipelinesOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return { items: await pipelines.listPipelinesFor(db, actor, truthy(request.query.includeRetired)), canManage: pipelines.canManageSales(actor) };
  });

  r.post('/api/v1/pipelines', {
    schema: { tags, summary: 'Create a pipeline with its stages (default: one open stage, won and lost)', body: createPipelineInput, response: { 201: pipelineResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    return reply.status(201).send({ pipeline: await tx((trx) => pipelines.createPipeline(trx, actor, request.body)) });
  });

  r.get('/api/v1/pipelines/:id', {
    schema: { tags, summary: 'One pipeline with its active stages', params: idParams, response: { 200: pipelineResult } },
  }, async (request) => ({ pipeline: await pipelines.getPipeline(db, actorOf(request), request.params.id) }));

  r.get('/api/v1/pipelines/:id/board', {
    schema: {
      tags, summary: "A pipeline's board: per stage the count, sums and weighted sums of the matching deals, and the first cards in order",
      params: idParams, querystring: boardQuery, response: { 200: boardOutput },
    },
  }, async (request) => pipelineBoard(db, actorOf(request), request.params.id, request.query));

  r.patch('/api/v1/pipelines/:id', {
    schema: { tags, summary: 'Rename a pipeline', params: idParams, body: updatePipelineInput, response: { 200: pipelineResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { pipeline: await tx((trx) => pipelines.updatePipeline(trx, actor, request.params.id, request.body)) };
  });

  r.post('/api/v1/pipelines/:id/retire', {
    schema: { tags, summary: 'Retire a pipeline; its open deals move to a stage of another pipeline first', params: idParams, body: retirePipelineInput, response: { 200: pipelineResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { pipeline: await tx((trx) => pipelines.retirePipeline(trx, actor, request.params.id, request.body)) };
  });

  r.post('/api/v1/pipelines/:id/stages', {
    schema: { tags, summary: 'Add a stage (before the won and lost stages unless a position is given)', params: idParams, body: createStageInput, response: { 201: pipelineResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    return reply.status(201).send({ pipeline: await tx((trx) => pipelines.addStage(trx, actor, request.params.id, request.body)) });
  });

  r.post('/api/v1/pipelines/:id/stages/reorder', {
    schema: { tags, summary: "Put a pipeline's stages in order", params: idParams, body: reorderStagesInput, response: { 200: pipelineResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { pipeline: await tx((trx) => pipelines.reorderStages(trx, actor, request.params.id, request.body)) };
  });

  r.patch('/api/v1/pipeline-stages/:id', {
    schema: { tags, summary: 'Rename, recolour or change a stage', params: idParams, body: updateStageInput, response: { 200: pipelineResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { pipeline: await tx((trx) => pipelines.updateStage(trx, actor, request.params.id, request.body)) };
  });

  r.post('/api/v1/pipeline-stages/:id/retire', {
    schema: { tags, summary: 'Retire a stage; its deals move to another stage of the pipeline first', params: idParams, body: retireStageInput, response: { 200: pipelineResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { pipeline: await tx((trx) => pipelines.retireStage(trx, actor, request.params.id, request.body)) };
  });

  r.get('/api/v1/lost-reasons', {
    schema: { tags, summary: 'Reasons a deal is lost, in order', querystring: listLostReasonsQuery, response: { 200: lostReasonsOutput } },
  }, async (request) => ({ items: await reasons.listReasons(db, actorOf(request), truthy(request.query.includeRetired)) }));

  r.post('/api/v1/lost-reasons', {
    schema: { tags, summary: 'Add a lost reason', body: createLostReasonInput, response: { 201: lostReasonResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    return reply.status(201).send({ reason: await tx((trx) => reasons.createReason(trx, actor, request.body.name)) });
  });

  r.post('/api/v1/lost-reasons/reorder', {
    schema: { tags, summary: 'Put the active lost reasons in order', body: reorderLostReasonsInput, response: { 200: lostReasonsOutput } },
  }, async (request) => {
    const actor = actorOf(request);
    return { items: await tx((trx) => reasons.reorderReasons(trx, actor, request.body.ids)) };
  });

  r.patch('/api/v1/lost-reasons/:id', {
    schema: { tags, summary: 'Rename a lost reason', params: idParams, body: updateLostReasonInput, response: { 200: lostReasonResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { reason: await tx((trx) => reasons.changeReason(trx, actor, request.params.id, request.body)) };
  });

  r.post('/api/v1/lost-reasons/:id/retire', {
    schema: { tags, summary: 'Retire a lost reason (lost deals keep it)', params: idParams, body: retireLostReasonInput, response: { 200: lostReasonResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { reason: await tx((trx) => reasons.changeReason(trx, actor, request.params.id, { ...request.body, retire: true })) };
  });
}
