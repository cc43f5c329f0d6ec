import type { Executor } from '../../db/database.js';
import { newId } from '../../platform/ids.js';

/** Board positions of two cards of a stage (missing ones are left out). */
export async function positionsOf(db: Executor, workspaceId: string, stageId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('deals').select(['id', 'board_position']).where('workspace_id', '=', workspaceId).where('stage_id', '=', stageId)
    .where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  return new Map(rows.map((r) => [r.id, r.board_position]));
}

/** The board position of the card next to `position` in the stage (after it when `after`), or null at the end. */
export async function neighbourPosition(db: Executor, workspaceId: string, pipelineId: string, stageId: string, position: string | null, after: boolean): Promise<string | null> {
  let query = db.selectFrom('deals').select('board_position').where('workspace_id', '=', workspaceId).where('pipeline_id', '=', pipelineId)
    .where('stage_id', '=', stageId).where('deleted_at', 'is', null);
  if (position !== null) query = query.where('board_position', after ? '>' : '<', position);
  const row = await query.orderBy('board_position', after ? 'asc' : 'desc').limit(1).executeTakeFirst();
  return row?.board_position ?? null;
}

/** Mirrors a deal's people into deal_contacts. */
export async function replaceDealContacts(db: Executor, workspaceId: string, dealId: string, people: Array<{ contactId: string; role: string | null }>): Promise<void> {
  await db.deleteFrom('deal_contacts').where('deal_id', '=', dealId).execute();
  if (people.length > 0) {
    await db.insertInto('deal_contacts').values(people.map((p) => ({ workspace_id: workspaceId, deal_id: dealId, contact_id: p.contactId, role: p.role }))).execute();
  }
}

/** Mirrors a deal's line items into deal_items. */
export async function replaceDealItems(db: Executor, workspaceId: string, dealId: string, items: Array<{ productId: string | null; quantity: number; total: number }>): Promise<void> {
  await db.deleteFrom('deal_items').where('deal_id', '=', dealId).execute();
  if (items.length > 0) {
    await db.insertInto('deal_items').values(items.map((item, position) => ({
      workspace_id: workspaceId, deal_id: dealId, position, product_id: item.productId, quantity: item.quantity, total: item.total,
    }))).execute();
  }
}

/** Records that a deal entered a stage. */
export async function insertStageMove(db: Executor, row: { workspace_id: string; deal_id: string; from_pipeline_id: string | null; from_stage_id: string | null; to_pipeline_id: string; to_stage_id: string; moved_by: string | null; moved_at: string }): Promise<void> {
  await db.insertInto('deal_stage_moves').values({ id: newId(), ...row }).execute();
}

export type StageMoveRow = { from_stage_id: string | null; to_stage_id: string; to_pipeline_id: string; from_pipeline_id: string | null; moved_at: string; moved_by: string | null };

/** A deal's stage moves, oldest first. */
export function stageMovesOf(db: Executor, workspaceId: string, dealId: string): Promise<StageMoveRow[]> {
  return db.selectFrom('deal_stage_moves').select(['from_pipeline_id', 'from_stage_id', 'to_pipeline_id', 'to_stage_id', 'moved_at', 'moved_by'])
    .where('workspace_id', '=', workspaceId).where('deal_id', '=', dealId).orderBy('moved_at').orderBy('id').execute();
}

/** Live deals in a stage (or any stage of a pipeline), up to `limit`, for retiring it. */
export function dealIdsIn(db: Executor, workspaceId: string, where: { stageId?: string; pipelineId?: string; openOnly?: boolean }, limit: number): Promise<string[]> {
  let query = db.selectFrom('deals').select('id').where('workspace_id', '=', workspaceId).where('deleted_at', 'is', null);
  if (where.stageId) query = query.where('stage_id', '=', where.stageId);
  if (where.pipelineId) query = query.where('pipeline_id', '=', where.pipelineId);
  if (where.openOnly) query = query.where('closed_at', 'is', null);
  return query.orderBy('board_position').limit(limit).execute().then((rows) => rows.map((r) => r.id));
}

/** How many deals (live or in the trash) are in a stage. */
export async function countInStage(db: Executor, workspaceId: string, stageId: string): Promise<number> {
  const row = await db.selectFrom('deals').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).where('stage_id', '=', stageId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many open live deals a pipeline holds. */
export async function countOpenInPipeline(db: Executor, workspaceId: string, pipelineId: string): Promise<number> {
  const row = await db.selectFrom('deals').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId)
    .where('pipeline_id', '=', pipelineId).where('closed_at', 'is', null).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sets when a deal's next planned step is (null: none); not a change of the deal (no version, no history). */
export async function setNextActivityAt(db: Executor, workspaceId: string, dealId: string, at: string | null): Promise<void> {
  await db.updateTable('deals').set({ next_activity_at: at }).where('workspace_id', '=', workspaceId).where('id', '=', dealId).execute();
}
