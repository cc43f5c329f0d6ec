import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import { fieldRightsFor } from '../../platform/records/field-redaction.js';
import { recordType } from '../../platform/records/registry.js';
import { authorize } from '../../platform/access/authorize.js';
import { convertSumGroups } from '../currencies/currencies.service.js';
import { groupTotals } from '../records/record-aggregate.js';
import { listRecords } from '../records/record-list.js';
import * as records from '../records/records.service.js';
import type { BoardOutput, BoardQuery } from './board.schema.js';
import { DEAL_TYPE } from './deals.service.js';
import type { DealListItem } from './deals.schema.js';
import * as repo from './pipelines.repository.js';
import { presentPipeline, presentStage } from './pipelines.presenter.js';
import { seesPipeline } from './pipelines.service.js';

type Amount = BoardOutput['totals']['amounts'][number];

function addAmount(into: Map<string, Amount>, currency: string, sum: number, weighted: number): void {
  const current = into.get(currency) ?? { currency, sum: 0, weighted: 0 };
  into.set(currency, { currency, sum: current.sum + sum, weighted: current.weighted + weighted });
}

/**
 * A pipeline's board: each active stage with the count and sums of the deals the viewer may see
 * that the filters match, and the first cards in board order (the rest page through the list).
 * A pipeline outside the role's pipelines looks missing (to those who shape pipelines it shows, empty of
 * the deals their role does not reach).
 * @throws AppError forbidden | not_found | validation_failed (filters)
 */
export async function pipelineBoard(db: Executor, actor: Actor, pipelineId: string, query: BoardQuery): Promise<BoardOutput> {
  const kind = recordType(DEAL_TYPE)!;
  const pipeline = seesPipeline(actor, pipelineId) ? await repo.findPipeline(db, actor.workspaceId, pipelineId) : undefined;
  if (!pipeline) throw new AppError('not_found', 'The pipeline was not found');
  const stages = (await repo.listStages(db, actor.workspaceId, [pipelineId])).filter((s) => s.retired_at === null);
  const { limit, ...filter } = query;
  const ctx = await records.recordContext(db, actor.workspaceId, kind);
  const scoped = { ...filter, pipelineId, sort: 'board' };
  authorize(actor, kind.module, 'view');
  const pages = await Promise.all(stages.map((stage) => listRecords(db, actor, kind, { ...scoped, stageId: stage.id } as never, { limit }, ctx)));
  // One presentation for every column's cards: the look-ups (stages, companies, people) load once, not per column.
  const presented = (await records.presentRecords(db, actor, kind, pages.flatMap((p) => p.rows), ctx)) as DealListItem[];
  let at = 0;
  const cards = pages.map((p) => presented.slice(at, (at += p.rows.length)));
  const totals = await groupTotals(db, actor, kind, scoped as never, ctx, ['stage_id', 'currency'], 'amount');
  // A role that may not see amounts sees counts only: sums would tell the amounts (decision 0027).
  const amountsHidden = fieldRightsFor(actor, DEAL_TYPE).amount === 'hidden';
  const boardAmounts = new Map<string, Amount>();
  let boardCount = 0;
  const columns = stages.map((stage, i) => {
    const amounts = new Map<string, Amount>();
    let count = 0;
    for (const group of totals.filter((g) => g.keys.stage_id === stage.id)) {
      const currency = group.keys.currency ?? '';
      const weighted = Math.round((group.sum * Number(stage.probability)) / 100);
      if (!amountsHidden) {
        addAmount(amounts, currency, group.sum, weighted);
        addAmount(boardAmounts, currency, group.sum, weighted);
      }
      count += group.count;
    }
    boardCount += count;
    return { stage: presentStage(stage), count, amounts: [...amounts.values()], items: cards[i]!, nextCursor: pages[i]!.nextCursor };
  });
  const totalAmounts = [...boardAmounts.values()];
  // Sums in the workspace currency at today's rates; a currency without a rate is named, not guessed.
  const converted = amountsHidden
    ? [...columns, null].map(() => ({ converted: null, missingRates: [] }))
    : await convertSumGroups(db, actor.workspaceId, [...columns.map((c) => c.amounts), totalAmounts]);
  return {
    pipeline: presentPipeline(pipeline, stages, false),
    columns: columns.map((column, i) => ({ ...column, ...converted[i]! })),
    totals: { count: boardCount, amounts: totalAmounts, ...converted[columns.length]! },
    mixedCurrencies: boardAmounts.size > 1,
  };
}
