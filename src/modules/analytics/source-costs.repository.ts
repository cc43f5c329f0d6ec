import type { Executor } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';

/** The per-source monthly costs of a workspace. */

export interface SourceCostRow { source: string; month: string; amount: number; currency: string }

/** The costs of the months from `from` to `to` (YYYY-MM, both included). */
export async function listSourceCosts(db: Executor, workspaceId: string, from: string, to: string): Promise<SourceCostRow[]> {
  const rows = await db.selectFrom('source_costs').select(['source', 'month', 'amount', 'currency'])
    .where('workspace_id', '=', workspaceId).where('month', '>=', from).where('month', '<=', to).orderBy('month').orderBy('source').execute();
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** Replaces a month's costs with `items`. */
export async function replaceSourceCosts(db: Executor, workspaceId: string, month: string, items: ReadonlyArray<{ source: string; amount: number; currency: string }>): Promise<void> {
  await db.deleteFrom('source_costs').where('workspace_id', '=', workspaceId).where('month', '=', month).execute();
  if (items.length === 0) return;
  const at = now();
  await db.insertInto('source_costs').values(items.map((i) => ({ id: newId(), workspace_id: workspaceId, month, source: i.source, amount: i.amount, currency: i.currency, created_at: at, updated_at: at }))).execute();
}
