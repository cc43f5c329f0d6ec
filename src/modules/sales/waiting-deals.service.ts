import type { Executor } from '../../db/database.js';
import * as waiting from './waiting-deals.repository.js';

export type { WaitingDealRow } from './waiting-deals.repository.js';

/** Deals still waiting in their pipeline's first stage, untouched since they entered it, oldest first (escalation reads them). */
export function listWaitingDeals(db: Executor, workspaceId: string, enteredBefore: string, limit: number): Promise<waiting.WaitingDealRow[]> {
  return waiting.waitingDeals(db, workspaceId, { enteredBefore }, limit);
}

/** Which of the deals are still waiting (the rest were handled, closed or deleted). */
export async function stillWaitingDealIds(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await waiting.waitingDeals(db, workspaceId, { ids }, ids.length || 1);
  return new Set(rows.map((r) => r.id));
}
