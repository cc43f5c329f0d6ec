import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** A deal waiting in the first stage of its pipeline, as escalation sees it. */
export interface WaitingDealRow {
  id: string;
  title: string;
  owner_id: string;
  pipeline_id: string;
  stage_entered_at: string;
}

/**
 * Open, live deals of a workspace in the first open stage of their pipeline since before `enteredBefore`
 * and with nothing on their timeline since they entered it (handled deals move on or get an activity).
 * With `ids`, only those deals.
 */
export function waitingDeals(db: Executor, workspaceId: string, where: { enteredBefore?: string; ids?: readonly string[] }, limit: number): Promise<WaitingDealRow[]> {
  let q = db
    .selectFrom('deals')
    .select(['deals.id', 'deals.title', 'deals.owner_id', 'deals.pipeline_id', 'deals.stage_entered_at'])
    .where('deals.workspace_id', '=', workspaceId)
    .where('deals.deleted_at', 'is', null)
    .where('deals.closed_at', 'is', null)
    .where((eb) => eb('deals.stage_id', '=', eb
      .selectFrom('pipeline_stages as first_stage')
      .select('first_stage.id')
      .whereRef('first_stage.pipeline_id', '=', 'deals.pipeline_id')
      .where('first_stage.retired_at', 'is', null)
      .where('first_stage.kind', '=', 'open')
      .orderBy('first_stage.position')
      .limit(1)))
    .where((eb) => eb.or([eb('deals.last_activity_at', 'is', null), eb('deals.last_activity_at', '<', eb.ref('deals.stage_entered_at'))]));
  if (where.enteredBefore) q = q.where('deals.stage_entered_at', '<=', where.enteredBefore);
  if (where.ids) q = where.ids.length ? q.where('deals.id', 'in', [...where.ids]) : q.where(sql<boolean>`1 = 0`);
  return q.orderBy('deals.stage_entered_at').limit(limit).execute();
}
