import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { SalesPlansTable } from './plans.table.js';

export type PlanRow = Selectable<SalesPlansTable>;

/** Plans of the months from `from` to `to`, optionally of one kind of target and some targets. */
export function listPlans(db: Executor, workspaceId: string, from: string, to: string, targets?: { type: 'user' | 'department'; ids: readonly string[] }): Promise<PlanRow[]> {
  let query = db.selectFrom('sales_plans').selectAll().where('workspace_id', '=', workspaceId).where('month', '>=', from).where('month', '<=', to);
  if (targets) {
    if (targets.ids.length === 0) return Promise.resolve([]);
    query = query.where('target_type', '=', targets.type).where('target_id', 'in', [...targets.ids]);
  }
  return query.orderBy('month').orderBy('target_type').orderBy('target_id').execute();
}

export function findPlan(db: Executor, workspaceId: string, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('sales_plans').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function insertPlans(db: Executor, rows: Insertable<SalesPlansTable>[]): Promise<PlanRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto('sales_plans').values(rows).returningAll().execute();
}

export function updatePlanRow(db: Executor, workspaceId: string, id: string, version: number, patch: { amount: number; won_count: number; updated_at: string }) {
  return updateVersioned(db, 'sales_plans', workspaceId, id, version, patch);
}

export async function deletePlanRow(db: Executor, workspaceId: string, id: string, version: number): Promise<boolean> {
  const res = await db.deleteFrom('sales_plans').where('workspace_id', '=', workspaceId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
