import { generateKeyBetween } from 'fractional-indexing';
import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { WriteChange } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import { rebuildRecordTags } from '../records/record-tags.js';
import { checkLostReason, stageColumns } from './deal-columns.js';
import type { DealItem } from './deal-items.js';
import * as deals from './deals.repository.js';
import { presentDeal, presentDealListItem, type DealLookups } from './deals.presenter.js';
import type { CreateDealInput, DealOutput, MoveDealInput } from './deals.schema.js';
import { listLostReasons } from './lost-reasons.repository.js';
import { assertReachesPipeline } from './pipeline-rights.js';
import * as pipelines from './pipelines.repository.js';
import type { StageKind } from './pipelines.schema.js';

/** Deals: the sales module's record type (deal.record.ts registers it); moves on the board and the stage path. */

export const DEAL_TYPE = 'deal';
const dealType = () => recordType(DEAL_TYPE)!;

/** Names of the records of a type among `ids` that the actor may see. */
async function visibleNames(db: Executor, actor: Actor, entityType: string, ids: string[]): Promise<Map<string, string>> {
  const kind = recordType(entityType);
  if (!kind || ids.length === 0) return new Map();
  const rows = await records.findRecordsForBulk(db, kind, actor, [...new Set(ids)], 'view');
  return new Map(rows.map((r) => [r.id, kind.title(r)]));
}

/** Everything presenting these deals needs, in a handful of queries. */
export async function dealLookups(db: Executor, actor: Actor, rows: RecordRow[], withPeople: boolean | 'first'): Promise<DealLookups> {
  const ws = actor.workspaceId;
  const allPipelines = await pipelines.listPipelines(db, ws, true);
  const [stages, reasons] = await Promise.all([pipelines.listStages(db, ws, allPipelines.map((p) => p.id)), listLostReasons(db, ws, true)]);
  const companyIds = rows.flatMap((r) => (r.company_id ? [String(r.company_id)] : []));
  // A list shows one person per deal (the first the viewer may see), so it needs only the first few looked up.
  const people = (r: RecordRow) => (fromJson<Array<{ contactId: string }>>(r.people) ?? []).map((p) => p.contactId);
  const contactIds = withPeople === true ? rows.flatMap(people) : withPeople === 'first' ? rows.flatMap((r) => people(r).slice(0, 3)) : [];
  const [companies, contacts] = await Promise.all([visibleNames(db, actor, 'company', companyIds), visibleNames(db, actor, 'contact', contactIds)]);
  return {
    pipelines: new Map(allPipelines.map((p) => [p.id, p])), stages: new Map(stages.map((s) => [s.id, s])),
    reasons: new Map(reasons.map((r) => [r.id, r])), companies, contacts, now: Date.now(),
  };
}

/** One deal as its card shows it. */
export async function presentDealRow(db: Executor, actor: Actor, row: RecordRow): Promise<DealOutput> {
  return presentDeal(row, actor, await dealLookups(db, actor, [row], true));
}

/** A page of deals as lists and the board show them. */
export async function presentDealRows(db: Executor, actor: Actor, rows: RecordRow[]) {
  const lookups = await dealLookups(db, actor, rows, 'first');
  return rows.map((row) => presentDealListItem(row, actor, lookups));
}

/** After every write: the people and tag mirrors, and a stage move when the deal entered a stage. */
export async function afterDealWrite(trx: Transaction<Database>, row: RecordRow, change?: WriteChange): Promise<void> {
  await deals.replaceDealContacts(trx, row.workspace_id, row.id, fromJson<Array<{ contactId: string; role: string | null }>>(row.people) ?? []);
  await rebuildRecordTags(trx, DEAL_TYPE, row);
  await deals.replaceDealItems(trx, row.workspace_id, row.id, fromJson<DealItem[]>(row.items) ?? []);
  const before = change?.before ?? null;
  if (before && before.stage_id === row.stage_id) return;
  await deals.insertStageMove(trx, {
    workspace_id: row.workspace_id, deal_id: row.id, from_pipeline_id: before ? String(before.pipeline_id) : null, from_stage_id: before ? String(before.stage_id) : null,
    to_pipeline_id: String(row.pipeline_id), to_stage_id: String(row.stage_id), moved_by: change?.actor.userId ?? null, moved_at: String(row.stage_entered_at),
  });
}

/** Where between its neighbours a card lands: right after `afterId`, right before `beforeId`, or at the top. */
async function boardPosition(db: Executor, workspaceId: string, stage: pipelines.StageRow, input: MoveDealInput, selfId: string): Promise<string> {
  const anchors = [input.afterId, input.beforeId].filter((id): id is string => typeof id === 'string' && id !== selfId);
  const known = await deals.positionsOf(db, workspaceId, stage.id, anchors);
  const ws = workspaceId;
  if (input.afterId && input.afterId !== selfId) {
    const after = known.get(input.afterId);
    if (after === undefined) throw new AppError('validation_failed', 'That card is not in this stage', { afterId: 'not_found' });
    return generateKeyBetween(after, await nextOtherThan(db, ws, stage, after, true, selfId));
  }
  if (input.beforeId && input.beforeId !== selfId) {
    const before = known.get(input.beforeId);
    if (before === undefined) throw new AppError('validation_failed', 'That card is not in this stage', { beforeId: 'not_found' });
    return generateKeyBetween(await nextOtherThan(db, ws, stage, before, false, selfId), before);
  }
  return generateKeyBetween(null, await nextOtherThan(db, ws, stage, null, true, selfId));
}

/** The neighbouring position in the stage, skipping the moving card's own (it is leaving its place). */
async function nextOtherThan(db: Executor, ws: string, stage: pipelines.StageRow, from: string | null, after: boolean, selfId: string): Promise<string | null> {
  const self = (await deals.positionsOf(db, ws, stage.id, [selfId])).get(selfId);
  const next = await deals.neighbourPosition(db, ws, stage.pipeline_id, stage.id, from, after);
  if (next === null || next !== self) return next;
  return deals.neighbourPosition(db, ws, stage.pipeline_id, stage.id, next, after);
}

/**
 * Moves a deal on the board: to another place in its column, another stage, or another pipeline
 * (a handoff); the move is recorded in the stage path, history, audit and outbox. A pipeline outside
 * the role's pipelines is refused (`stageId: pipeline_not_allowed`).
 * @throws AppError not_found | forbidden | conflict (stale version, with `current`) | validation_failed (stageId, lostReasonId, afterId, beforeId)
 */
export async function moveDeal(trx: Transaction<Database>, actor: Actor, id: string, input: MoveDealInput): Promise<DealOutput> {
  const kind = dealType();
  const before = await records.findForWrite(trx, actor, kind, id, 'edit');
  if (before.version !== input.version) throw records.staleError(kind, await presentDealRow(trx, actor, before));
  const stage = await pipelines.findStage(trx, actor.workspaceId, input.stageId);
  const pipeline = stage ? await pipelines.findPipeline(trx, actor.workspaceId, stage.pipeline_id) : undefined;
  if (!stage || !pipeline || stage.retired_at !== null || pipeline.retired_at !== null) throw new AppError('validation_failed', 'There is no such stage', { stageId: 'not_found' });
  assertReachesPipeline(actor, stage.pipeline_id, 'stageId');
  const errors = new records.FieldErrorCollector();
  const patch: Record<string, unknown> = { board_position: await boardPosition(trx, actor.workspaceId, stage, input, id) };
  if (stage.id !== before.stage_id) {
    const reasonId = input.lostReasonId ?? null;
    if (stage.kind === 'lost') await checkLostReason(trx, actor, reasonId, errors);
    Object.assign(patch, { pipeline_id: stage.pipeline_id, stage_id: stage.id, ...stageColumns(stage.kind as StageKind, reasonId, input.lostComment?.trim() || null, now()) });
  }
  errors.throwIfAny();
  const ctx = await records.recordContext(trx, actor.workspaceId, kind);
  const after = await records.writeRecordVersion(trx, actor, kind, before, patch, ctx, 'update');
  return presentDealRow(trx, actor, (await records.findRecord(trx, kind, actor, id)) ?? after);
}

/** One step of a deal's path through the stages, with the time it spent there. */
export interface StageStep {
  pipelineId: string;
  stageId: string;
  enteredAt: string;
  leftAt: string | null;
  /** Milliseconds in the stage (until now for the current one). */
  durationMs: number;
  movedBy: string | null;
}

/** The stages a deal went through, oldest first, with the time spent in each. */
export function stagePath(moves: deals.StageMoveRow[], nowMs: number): StageStep[] {
  return moves.map((move, i) => {
    const next = moves[i + 1];
    const leftAt = next?.moved_at ?? null;
    const end = leftAt ? Date.parse(leftAt) : nowMs;
    return { pipelineId: move.to_pipeline_id, stageId: move.to_stage_id, enteredAt: move.moved_at, leftAt, durationMs: Math.max(0, end - Date.parse(move.moved_at)), movedBy: move.moved_by };
  });
}

/** A deal's stage path, for a viewer who may see the deal. @throws AppError not_found */
export async function dealStagePath(db: Executor, actor: Actor, id: string): Promise<StageStep[]> {
  const row = await records.findRecord(db, dealType(), actor, id);
  if (!row) throw new AppError('not_found', 'The deal was not found');
  return stagePath(await deals.stageMovesOf(db, actor.workspaceId, id), Date.now());
}

/**
 * Creates a deal owned by the actor unless `ownerId` names someone the actor may give it to.
 * @throws AppError forbidden | validation_failed
 */
export async function createDeal(trx: Transaction<Database>, actor: Actor, input: CreateDealInput): Promise<DealOutput> {
  return (await records.createRecord(trx, actor, dealType(), input)) as DealOutput;
}

/** Records when a deal's next planned step is (the activities module keeps it; null: none). */
export function setDealNextStep(trx: Transaction<Database>, workspaceId: string, dealId: string, at: string | null): Promise<void> {
  return deals.setNextActivityAt(trx, workspaceId, dealId, at);
}
