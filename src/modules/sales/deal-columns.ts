import { generateKeyBetween } from 'fractional-indexing';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import { toJson, fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { FieldErrorSink } from '../../platform/records/record-type.js';
import { recordType } from '../../platform/records/registry.js';
import { foldForSearch } from '../../platform/text/translit.js';
import { findRecordsForBulk } from '../records/records.service.js';
import { findWorkspace, getWorkspaceSettings } from '../workspaces/workspaces.service.js';
import { normalizeTags } from '../contacts/client-points.js';
import * as deals from './deals.repository.js';
import * as pipelines from './pipelines.repository.js';
import { findLostReason } from './lost-reasons.repository.js';
import { reachesPipeline } from './pipeline-rights.js';
import type { CreateDealInput } from './deals.schema.js';
import { dealItems, type DealItem } from './deal-items.js';
import type { StageKind } from './pipelines.schema.js';

/** A deal's own columns from an input: the pipeline and stage rules, money, client, people. */

type Input = Partial<CreateDealInput> & { version?: number };

const blank = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim());

/**
 * The columns a stage change sets: when it was entered, and the close times of its kind (a won or
 * lost stage closes the deal; an open one reopens it). A lost stage needs a reason.
 */
export function stageColumns(kind: StageKind, lostReasonId: string | null, lostComment: string | null, at: string): Record<string, unknown> {
  return {
    stage_entered_at: at,
    closed_at: kind === 'open' ? null : at,
    won_at: kind === 'won' ? at : null,
    lost_at: kind === 'lost' ? at : null,
    lost_reason_id: kind === 'lost' ? lostReasonId : null,
    lost_comment: kind === 'lost' ? lostComment : null,
  };
}

/** The first open stage of a pipeline that takes deals, or undefined. */
async function firstOpenStage(db: Executor, workspaceId: string, pipelineId: string) {
  return (await pipelines.listStages(db, workspaceId, [pipelineId])).find((s) => s.kind === 'open' && s.retired_at === null);
}

/** The stage a create or update puts the deal on (undefined: unchanged), after checking it belongs to a live pipeline. */
async function targetStage(db: Executor, actor: Actor, input: Input, before: RecordRow | null, errors: FieldErrorSink) {
  const ws = actor.workspaceId;
  if (input.stageId !== undefined) {
    const stage = await pipelines.findStage(db, ws, input.stageId);
    const pipeline = stage ? await pipelines.findPipeline(db, ws, stage.pipeline_id) : undefined;
    if (!stage || !pipeline || stage.retired_at !== null || pipeline.retired_at !== null) return void errors.add('stageId', 'not_found');
    if (input.pipelineId !== undefined && input.pipelineId !== stage.pipeline_id) return void errors.add('stageId', 'wrong_pipeline');
    if (before && before.stage_id === stage.id) return undefined;
    return reachesPipeline(actor, stage.pipeline_id) ? stage : void errors.add('stageId', 'pipeline_not_allowed');
  }
  if (input.pipelineId !== undefined) {
    if (before && before.pipeline_id === input.pipelineId) return undefined;
    const pipeline = await pipelines.findPipeline(db, ws, input.pipelineId);
    if (!pipeline || pipeline.retired_at !== null) return void errors.add('pipelineId', 'not_found');
    if (!reachesPipeline(actor, pipeline.id)) return void errors.add('pipelineId', 'pipeline_not_allowed');
    return (await firstOpenStage(db, ws, pipeline.id)) ?? void errors.add('pipelineId', 'no_open_stage');
  }
  if (before) return undefined;
  const first = (await pipelines.listPipelines(db, ws, false)).find((p) => reachesPipeline(actor, p.id));
  return (first && (await firstOpenStage(db, ws, first.id))) ?? void errors.add('pipelineId', 'required');
}

/** The deal's columns for a stage it enters: close times, lost reason, and a place at the top of the column. */
async function enterStage(db: Executor, actor: Actor, stage: pipelines.StageRow, input: Input, before: RecordRow | null, errors: FieldErrorSink) {
  const kind = stage.kind as StageKind;
  const reasonId = input.lostReasonId !== undefined ? input.lostReasonId : ((before?.lost_reason_id as string | null | undefined) ?? null);
  if (kind === 'lost') await checkLostReason(db, actor, reasonId, errors);
  const top = await deals.neighbourPosition(db, actor.workspaceId, stage.pipeline_id, stage.id, null, true);
  const comment = blank(input.lostComment) ?? null;
  return { pipeline_id: stage.pipeline_id, stage_id: stage.id, board_position: generateKeyBetween(null, top), ...stageColumns(kind, reasonId, comment, now()) };
}

/** A lost deal names an active reason from the admin's list. */
export async function checkLostReason(db: Executor, actor: Actor, reasonId: string | null, errors: FieldErrorSink): Promise<void> {
  if (!reasonId) return errors.add('lostReasonId', 'required');
  const reason = await findLostReason(db, actor.workspaceId, reasonId);
  if (!reason || reason.retired_at !== null) errors.add('lostReasonId', 'not_found');
}

/** The company must be one the actor can see; a hidden one answers as if it did not exist. */
async function companyColumn(db: Executor, actor: Actor, companyId: string | null, errors: FieldErrorSink): Promise<string | null> {
  if (companyId === null) return null;
  const kind = recordType('company');
  const found = kind ? await findRecordsForBulk(db, kind, actor, [companyId], 'view') : [];
  if (found.length === 0) errors.add('companyId', 'not_found');
  return companyId;
}

/** People on the deal: visible contacts, each once, with an optional role. */
async function peopleColumn(db: Executor, actor: Actor, people: NonNullable<Input['people']>, errors: FieldErrorSink): Promise<string> {
  const ids = people.map((p) => p.contactId);
  const kind = recordType('contact');
  const visible = new Set(kind && ids.length > 0 ? (await findRecordsForBulk(db, kind, actor, ids, 'view')).map((r) => r.id) : []);
  const seen = new Set<string>();
  people.forEach((p, i) => {
    if (!visible.has(p.contactId)) errors.add(`people.${i}.contactId`, 'not_found');
    else if (seen.has(p.contactId)) errors.add(`people.${i}.contactId`, 'duplicate');
    seen.add(p.contactId);
  });
  return toJson(people.map((p) => ({ contactId: p.contactId, role: blank(p.role) ?? null })));
}

/** The deal's own columns from a create (`before` null: every column) or an update (what it names). */
export async function dealColumns(db: Executor, actor: Actor, input: Input, before: RecordRow | null, errors: FieldErrorSink): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const creating = before === null;
  if (input.title !== undefined || creating) Object.assign(out, { title: input.title, sort_name: foldForSearch(String(input.title ?? '')) });
  const stage = await errors.run(() => targetStage(db, actor, input, before, errors));
  if (stage) Object.assign(out, await enterStage(db, actor, stage, input, before, errors));
  else if (before && input.lostReasonId !== undefined && before.lost_at) {
    // Changing the reason of a deal that is already lost.
    await checkLostReason(db, actor, input.lostReasonId, errors);
    out.lost_reason_id = input.lostReasonId;
  }
  if (!stage && before?.lost_at && input.lostComment !== undefined) out.lost_comment = blank(input.lostComment) ?? null;
  if (input.currency !== undefined) out.currency = input.currency;
  else if (creating) out.currency = (await findWorkspace(db, actor.workspaceId))?.default_currency ?? 'EUR';
  Object.assign(out, await moneyColumns(db, actor, input, before, String(out.currency ?? before?.currency), errors));
  if (input.expectedClose !== undefined || creating) out.expected_close = blank(input.expectedClose) ?? null;
  if (input.companyId !== undefined || creating) out.company_id = await companyColumn(db, actor, input.companyId ?? null, errors);
  if (input.people !== undefined || creating) out.people = await peopleColumn(db, actor, input.people ?? [], errors);
  for (const [key, column] of [['source', 'source'], ['comment', 'comment']] as const) {
    if (input[key] !== undefined || creating) out[column] = blank(input[key]) ?? null;
  }
  if (input.tags !== undefined || creating) out.tags = toJson(normalizeTags(input.tags ?? []));
  await checkClientRequired(db, actor, out, before, errors);
  return out;
}

/** When the workspace says so, a deal names a company or at least one person. */
async function checkClientRequired(db: Executor, actor: Actor, out: Record<string, unknown>, before: RecordRow | null, errors: FieldErrorSink): Promise<void> {
  if (!(await getWorkspaceSettings(db, actor.workspaceId)).dealsRequireClient) return;
  const company = 'company_id' in out ? out.company_id : before?.company_id;
  const people = fromJson<unknown[]>('people' in out ? out.people : before?.people) ?? [];
  if (!company && people.length === 0) errors.add('companyId', 'client_required');
}

/** Line items and the amount: with items the amount is their sum (a different amount is refused). */
async function moneyColumns(db: Executor, actor: Actor, input: Input, before: RecordRow | null, currency: string, errors: FieldErrorSink): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  let items = fromJson<DealItem[]>(before?.items) ?? [];
  if (input.items !== undefined || before === null) {
    items = await dealItems(db, actor, input.items ?? [], currency, before, errors);
    out.items = toJson(items);
  }
  if (items.length > 0) {
    const sum = items.reduce((total, item) => total + item.total, 0);
    if (input.amount !== undefined && input.amount !== sum) errors.add('amount', 'follows_items');
    out.amount = sum;
  } else if (input.amount !== undefined || before === null) out.amount = input.amount ?? 0;
  return out;
}

/** An update input (without version) that puts back an old version's values (history restore). */
export function dealInputFromVersion(data: Record<string, unknown>): Record<string, unknown> {
  return {
    title: data.title,
    stageId: data.stage_id,
    ...((fromJson<DealItem[]>(data.items) ?? []).length > 0 ? {} : { amount: Number(data.amount ?? 0) }),
    currency: data.currency,
    expectedClose: data.expected_close ?? null,
    companyId: data.company_id ?? null,
    people: fromJson<Array<{ contactId: string; role: string | null }>>(data.people) ?? [],
    items: (fromJson<DealItem[]>(data.items) ?? []).map((i) => ({
      ...(i.productId ? { productId: i.productId } : {}), name: i.name, sku: i.sku, unit: i.unit, quantity: i.quantity, price: i.price, discount: i.discount, taxRate: i.taxRate,
    })),
    source: data.source ?? null,
    comment: data.comment ?? null,
    tags: fromJson<string[]>(data.tags) ?? [],
    custom: fromJson(data.custom) ?? {},
    lostReasonId: data.lost_reason_id ?? null,
    lostComment: data.lost_comment ?? null,
  };
}
