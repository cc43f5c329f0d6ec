import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordType } from '../../platform/records/registry.js';
import { groupTotals } from '../records/record-aggregate.js';
import * as records from '../records/records.service.js';
import { DEAL_TYPE } from './deals.service.js';

/** Won deals of an owner, in a currency, won at one instant: what plan-vs-fact converts and sums. */
export interface WonDealGroup {
  ownerId: string;
  currency: string;
  wonAt: string;
  count: number;
  /** Minor units of `currency`. */
  sum: number;
}

/**
 * The deals won in [start, end) that the actor may see (the deal list's visibility and filters),
 * optionally of some owners (an empty list matches nothing) and one pipeline, grouped by owner,
 * currency and the time they were won (each deal converts at the rate of its own day).
 * @throws AppError validation_failed (pipelineId)
 */
export async function wonDealsBetween(
  db: Executor, actor: Actor, range: { start: string; end: string; ownerIds?: readonly string[]; pipelineId?: string },
): Promise<WonDealGroup[]> {
  if (range.ownerIds && range.ownerIds.length === 0) return [];
  const kind = recordType(DEAL_TYPE)!;
  const ctx = await records.recordContext(db, actor.workspaceId, kind);
  const filter = {
    sort: 'name',
    filter: JSON.stringify([{ field: 'wonAt', op: 'gte', value: range.start }, { field: 'wonAt', op: 'lt', value: range.end }]),
    ...(range.ownerIds ? { ownerId: range.ownerIds.join(',') } : {}),
    ...(range.pipelineId ? { pipelineId: range.pipelineId } : {}),
  };
  const groups = await groupTotals(db, actor, kind, filter, ctx, ['owner_id', 'currency', 'won_at'], 'amount');
  return groups.map((g) => ({ ownerId: g.keys.owner_id ?? '', currency: g.keys.currency ?? '', wonAt: g.keys.won_at ?? '', count: g.count, sum: g.sum }));
}
