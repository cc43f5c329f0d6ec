import { generateNKeysBetween } from 'fractional-indexing';
import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordChange } from '../../platform/history/record-change.js';
import { newId } from '../../platform/ids.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import { stageColumns } from './deal-columns.js';
import * as deals from './deals.repository.js';
import { DEAL_TYPE } from './deals.service.js';
import { minimalStages, stageDefaults, type StageTemplate } from './default-pipeline.js';
import { reachesPipeline } from './pipeline-rights.js';
import * as repo from './pipelines.repository.js';
import { presentPipeline } from './pipelines.presenter.js';
import {
  MAX_PIPELINES, MAX_STAGES, type CreatePipelineInput, type CreateStageInput, type PipelineOutput, type RetirePipelineInput, type RetireStageInput,
  type StageInput, type StageKind, type UpdatePipelineInput, type UpdateStageInput,
} from './pipelines.schema.js';

/** Pipelines and their stages: the admin shapes them in settings; everyone who sees deals reads them. */

/** Shaping pipelines takes the settings right with the widest scope, or being an administrator. */
export function canManageSales(actor: Actor): boolean {
  return isAdmin(actor) || scopeOf(actor, 'settings', 'manage_settings') === 'all';
}

/** @throws AppError forbidden */
export function authorizeManage(actor: Actor): void {
  if (!canManageSales(actor)) throw new AppError('forbidden', 'Only administrators change pipelines and stages');
}

/** Whether the actor may see deals (or shapes the pipelines). */
export function canSeeDeals(actor: Actor): boolean {
  return scopeOf(actor, 'deals', 'view') !== 'none' || canManageSales(actor);
}

/** @throws AppError forbidden */
export function authorizeView(actor: Actor): void {
  if (!canSeeDeals(actor)) throw new AppError('forbidden', 'You have no right to see deals');
}

/** Whether the actor sees the pipeline itself: those who shape pipelines see every one (their deals stay narrowed). */
export function seesPipeline(actor: Actor, pipelineId: string): boolean {
  return canManageSales(actor) || reachesPipeline(actor, pipelineId);
}

/** Which of these ids name pipelines of the workspace (active or retired). */
export async function existingPipelineIds(db: Executor, workspaceId: string, ids: string[]): Promise<Set<string>> {
  const rows = await repo.listPipelines(db, workspaceId, true);
  return new Set(rows.map((r) => r.id).filter((id) => ids.includes(id)));
}

/** The workspace's pipelines with their stages, for anyone who may see deals: those the role reaches. */
export async function listPipelinesFor(db: Executor, actor: Actor, includeRetired: boolean): Promise<PipelineOutput[]> {
  authorizeView(actor);
  const rows = (await repo.listPipelines(db, actor.workspaceId, includeRetired)).filter((row) => seesPipeline(actor, row.id));
  const stages = await repo.listStages(db, actor.workspaceId, rows.map((r) => r.id));
  return rows.map((row) => presentPipeline(row, stages, includeRetired));
}

async function pipelineOutput(db: Executor, workspaceId: string, id: string): Promise<PipelineOutput> {
  const row = await repo.findPipeline(db, workspaceId, id);
  if (!row) throw new AppError('not_found', 'The pipeline was not found');
  return presentPipeline(row, await repo.listStages(db, workspaceId, [id]), false);
}

/** One pipeline with its active stages; one outside the role's pipelines looks missing. @throws AppError forbidden | not_found */
export async function getPipeline(db: Executor, actor: Actor, id: string): Promise<PipelineOutput> {
  authorizeView(actor);
  if (!seesPipeline(actor, id)) throw new AppError('not_found', 'The pipeline was not found');
  return pipelineOutput(db, actor.workspaceId, id);
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** Two active stages of one pipeline never share a name (a board with two "Proposal" columns misleads). @throws AppError validation_failed (name: taken) */
function checkStageNameFree(active: repo.StageRow[], name: string, exceptId: string | null): void {
  if (active.some((s) => s.id !== exceptId && nameKey(s.name) === nameKey(name))) {
    throw new AppError('validation_failed', 'This pipeline already has a stage with this name', { name: 'taken' });
  }
}

/** A pipeline takes deals through to the end only with an open, a won and a lost stage. */
function checkStageSet(kinds: string[], field: string): void {
  for (const kind of ['open', 'won', 'lost'] as const) {
    if (!kinds.includes(kind)) throw new AppError('validation_failed', `A pipeline needs at least one ${kind} stage`, { [field]: `needs_${kind}_stage` });
  }
}

function stageRow(workspaceId: string, pipelineId: string, s: StageInput | StageTemplate, position: number, at: string) {
  const kind = (s.kind ?? 'open') as StageKind;
  const base = stageDefaults(kind);
  return {
    id: newId(), workspace_id: workspaceId, pipeline_id: pipelineId, name: s.name, color: s.color ?? base.color, probability: s.probability ?? base.probability,
    kind, rotting_days: ('rottingDays' in s ? s.rottingDays : null) ?? null, position, retired_at: null, version: 1, created_at: at, updated_at: at,
  };
}

/** Creates a pipeline with the given stages in order (or an open, a won and a lost one). @throws AppError forbidden | validation_failed */
export async function createPipeline(trx: Transaction<Database>, actor: Actor, input: CreatePipelineInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  if ((await repo.countPipelines(trx, ws)) >= MAX_PIPELINES) throw new AppError('validation_failed', `At most ${MAX_PIPELINES} pipelines`, { name: 'too_many' });
  const stages: Array<StageInput | StageTemplate> = input.stages ?? minimalStages(actor.locale);
  checkStageSet(stages.map((s) => s.kind ?? 'open'), 'stages');
  const seen = new Set<string>();
  for (const [i, stage] of stages.entries()) {
    if (seen.has(nameKey(stage.name))) throw new AppError('validation_failed', 'Two stages have the same name', { [`stages.${i}.name`]: 'taken' });
    seen.add(nameKey(stage.name));
  }
  const at = now();
  const pipeline = await repo.insertPipeline(trx, { id: newId(), workspace_id: ws, name: input.name, position: await repo.nextPipelinePosition(trx, ws), retired_at: null, version: 1, created_at: at, updated_at: at });
  await repo.insertStages(trx, stages.map((s, i) => stageRow(ws, pipeline.id, s, i, at)));
  await recordChange(trx, actor, { entityType: 'pipeline', action: 'create', before: null, after: { ...pipeline, stages: stages.map((s) => s.name) } });
  return pipelineOutput(trx, ws, pipeline.id);
}

/** Renames a pipeline. @throws AppError forbidden | not_found | conflict */
export async function updatePipeline(trx: Transaction<Database>, actor: Actor, id: string, input: UpdatePipelineInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const before = await repo.findPipeline(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'The pipeline was not found');
  const after = await repo.updatePipelineRow(trx, actor.workspaceId, id, input.version, { ...(input.name !== undefined ? { name: input.name } : {}), updated_at: now() });
  if (!after) throw new AppError('conflict', 'The pipeline was changed by someone else; reload and try again', undefined, { current: await pipelineOutput(trx, actor.workspaceId, id) });
  await recordChange(trx, actor, { entityType: 'pipeline', action: 'update', before, after });
  return pipelineOutput(trx, actor.workspaceId, id);
}

/** Moves the given live deals to the end of a stage's column, as one recorded change each. */
async function moveDealsTo(trx: Transaction<Database>, actor: Actor, ids: string[], target: repo.StageRow): Promise<void> {
  const kind = recordType(DEAL_TYPE)!;
  const last = await deals.neighbourPosition(trx, actor.workspaceId, target.pipeline_id, target.id, null, false);
  const keys = generateNKeysBetween(last, null, ids.length);
  const ctx = await records.recordContext(trx, actor.workspaceId, kind);
  const at = now();
  for (const [i, id] of ids.entries()) {
    const before = await records.findRecordRow(trx, 'deals', actor.workspaceId, id);
    if (!before) continue;
    const closing = target.kind === 'lost' ? { lost_reason_id: before.lost_reason_id ?? null, lost_comment: before.lost_comment ?? null } : {};
    await records.writeRecordVersion(trx, actor, kind, before, {
      pipeline_id: target.pipeline_id, stage_id: target.id, board_position: keys[i], ...stageColumns(target.kind as StageKind, null, null, at), ...closing,
    }, ctx, 'update');
  }
}

/** The active stage deals are moved to, checked. @throws AppError validation_failed */
async function moveTarget(db: Executor, workspaceId: string, stageId: string | undefined, holding: number, exceptStageId: string | null, samePipeline: string | null) {
  if (holding === 0) return undefined;
  if (!stageId) throw new AppError('validation_failed', `${holding} deals are here; say where to move them`, { moveToStageId: 'required' }, { deals: holding });
  const target = await repo.findStage(db, workspaceId, stageId);
  const pipeline = target ? await repo.findPipeline(db, workspaceId, target.pipeline_id) : undefined;
  const wrong = !target || !pipeline || target.retired_at !== null || pipeline.retired_at !== null || target.id === exceptStageId
    || (samePipeline !== null && target.pipeline_id !== samePipeline);
  if (wrong) throw new AppError('validation_failed', 'Deals cannot go to that stage', { moveToStageId: 'not_found' });
  return target;
}

/**
 * Retires a pipeline: it takes no new deals; its open deals move to the given stage of another
 * pipeline first (required when it holds any). The last active pipeline cannot be retired.
 * @throws AppError forbidden | not_found | conflict | validation_failed (moveToStageId: required | not_found; id: last_pipeline)
 */
export async function retirePipeline(trx: Transaction<Database>, actor: Actor, id: string, input: RetirePipelineInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const before = await repo.findPipeline(trx, ws, id);
  if (!before || before.retired_at !== null) throw new AppError('not_found', 'The pipeline was not found');
  if ((await repo.countPipelines(trx, ws)) <= 1) throw new AppError('validation_failed', 'The last pipeline cannot be retired', { id: 'last_pipeline' });
  const open = await deals.countOpenInPipeline(trx, ws, id);
  const target = await moveTarget(trx, ws, input.moveToStageId, open, null, null);
  if (target && target.pipeline_id === id) throw new AppError('validation_failed', 'Deals must go to another pipeline', { moveToStageId: 'not_found' });
  if (target) await moveDealsTo(trx, actor, await deals.dealIdsIn(trx, ws, { pipelineId: id, openOnly: true }, open), target);
  const after = await repo.updatePipelineRow(trx, ws, id, input.version, { retired_at: now(), updated_at: now() });
  if (!after) throw new AppError('conflict', 'The pipeline was changed by someone else; reload and try again', undefined, { current: await pipelineOutput(trx, ws, id) });
  await recordChange(trx, actor, { entityType: 'pipeline', action: 'delete', before, after, event: 'pipeline.retired' });
  return presentPipeline(after, await repo.listStages(trx, ws, [id]), true);
}

/** Adds a stage (before the closing stages unless a position is given). @throws AppError forbidden | not_found | validation_failed */
export async function addStage(trx: Transaction<Database>, actor: Actor, pipelineId: string, input: CreateStageInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const pipeline = await repo.findPipeline(trx, ws, pipelineId);
  if (!pipeline || pipeline.retired_at !== null) throw new AppError('not_found', 'The pipeline was not found');
  const active = (await repo.listStages(trx, ws, [pipelineId])).filter((s) => s.retired_at === null);
  if (active.length >= MAX_STAGES) throw new AppError('validation_failed', `At most ${MAX_STAGES} stages`, { name: 'too_many' });
  checkStageNameFree(active, input.name, null);
  const firstClosing = active.findIndex((s) => s.kind !== 'open');
  const at = Math.min(input.position ?? (firstClosing === -1 ? active.length : firstClosing), active.length);
  const time = now();
  const [stage] = await repo.insertStages(trx, [stageRow(ws, pipelineId, input, at, time)]);
  await repo.setStagePositions(trx, ws, [...active.slice(0, at).map((s) => s.id), stage!.id, ...active.slice(at).map((s) => s.id)], time);
  await recordChange(trx, actor, { entityType: 'pipeline_stage', action: 'create', before: null, after: stage! });
  return pipelineOutput(trx, ws, pipelineId);
}

/**
 * Renames or recolours a stage, changes its probability, rotting limit or kind (the kind only of
 * an empty stage: deals on it would change meaning).
 * @throws AppError forbidden | not_found | conflict | validation_failed (kind: stage_not_empty | needs_*_stage)
 */
export async function updateStage(trx: Transaction<Database>, actor: Actor, id: string, input: UpdateStageInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const before = await repo.findStage(trx, ws, id);
  if (!before || before.retired_at !== null) throw new AppError('not_found', 'The stage was not found');
  if (input.kind !== undefined && input.kind !== before.kind) {
    if ((await deals.countInStage(trx, ws, id)) > 0) throw new AppError('validation_failed', 'Deals are on this stage; its kind cannot change', { kind: 'stage_not_empty' });
    const others = (await repo.listStages(trx, ws, [before.pipeline_id])).filter((s) => s.retired_at === null && s.id !== id).map((s) => s.kind);
    checkStageSet([...others, input.kind], 'kind');
  }
  if (input.name !== undefined) checkStageNameFree((await repo.listStages(trx, ws, [before.pipeline_id])).filter((s) => s.retired_at === null), input.name, id);
  const patch: Record<string, unknown> = { updated_at: now() };
  for (const [key, column] of [['name', 'name'], ['color', 'color'], ['probability', 'probability'], ['kind', 'kind'], ['rottingDays', 'rotting_days']] as const) {
    if (input[key] !== undefined) patch[column] = input[key];
  }
  const after = await repo.updateStageRow(trx, ws, id, input.version, patch);
  if (!after) throw new AppError('conflict', 'The stage was changed by someone else; reload and try again', undefined, { current: await pipelineOutput(trx, ws, before.pipeline_id) });
  await recordChange(trx, actor, { entityType: 'pipeline_stage', action: 'update', before, after });
  return pipelineOutput(trx, ws, before.pipeline_id);
}

/**
 * Retires a stage; the deals on it (live or in the trash) move to another active stage of the same
 * pipeline first (required when it holds any).
 * @throws AppError forbidden | not_found | conflict | validation_failed (moveToStageId; id: needs_*_stage)
 */
export async function retireStage(trx: Transaction<Database>, actor: Actor, id: string, input: RetireStageInput): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const before = await repo.findStage(trx, ws, id);
  if (!before || before.retired_at !== null) throw new AppError('not_found', 'The stage was not found');
  const others = (await repo.listStages(trx, ws, [before.pipeline_id])).filter((s) => s.retired_at === null && s.id !== id);
  checkStageSet(others.map((s) => s.kind), 'id');
  const holding = await deals.countInStage(trx, ws, id);
  const target = await moveTarget(trx, ws, input.moveToStageId, holding, id, before.pipeline_id);
  if (target) await moveDealsTo(trx, actor, await deals.dealIdsIn(trx, ws, { stageId: id }, holding), target);
  const after = await repo.updateStageRow(trx, ws, id, input.version, { retired_at: now(), updated_at: now() });
  if (!after) throw new AppError('conflict', 'The stage was changed by someone else; reload and try again', undefined, { current: await pipelineOutput(trx, ws, before.pipeline_id) });
  await recordChange(trx, actor, { entityType: 'pipeline_stage', action: 'delete', before, after, event: 'pipeline_stage.retired' });
  return pipelineOutput(trx, ws, before.pipeline_id);
}

/**
 * Puts a pipeline's active stages in the given order (every one named once); the pipeline's
 * `version` guards it, so two admins reordering at once do not silently undo each other.
 * @throws AppError forbidden | not_found | conflict (stale version or another stage set, with `current`) | validation_failed
 */
export async function reorderStages(trx: Transaction<Database>, actor: Actor, pipelineId: string, input: { ids: string[]; version: number }): Promise<PipelineOutput> {
  authorizeManage(actor);
  const ws = actor.workspaceId;
  const pipeline = await repo.findPipeline(trx, ws, pipelineId);
  if (!pipeline || pipeline.retired_at !== null) throw new AppError('not_found', 'The pipeline was not found');
  const stale = async () => new AppError('conflict', 'The pipeline was changed by someone else; reload and try again', undefined, { current: await pipelineOutput(trx, ws, pipelineId) });
  const active = (await repo.listStages(trx, ws, [pipelineId])).filter((s) => s.retired_at === null).map((s) => s.id);
  const { ids } = input;
  if (new Set(ids).size !== ids.length) throw new AppError('validation_failed', "Name each of the pipeline's stages once", { ids: 'mismatch' });
  if (ids.length !== active.length || ids.some((id) => !active.includes(id))) throw await stale();
  const after = await repo.updatePipelineRow(trx, ws, pipelineId, input.version, { updated_at: now() });
  if (!after) throw await stale();
  await repo.setStagePositions(trx, ws, ids, now());
  await recordChange(trx, actor, { entityType: 'pipeline', action: 'update', before: { ...pipeline, stages: active }, after: { ...after, stages: ids }, event: 'pipeline.reordered' });
  return pipelineOutput(trx, ws, pipelineId);
}
