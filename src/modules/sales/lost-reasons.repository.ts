import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { LostReasonsTable } from './sales.table.js';

export type LostReasonRow = Selectable<LostReasonsTable>;

/** The workspace's lost reasons by position; retired ones only when asked. */
export function listLostReasons(db: Executor, workspaceId: string, includeRetired: boolean): Promise<LostReasonRow[]> {
  let query = db.selectFrom('lost_reasons').selectAll().where('workspace_id', '=', workspaceId);
  if (!includeRetired) query = query.where('retired_at', 'is', null);
  return query.orderBy('position').orderBy('id').execute();
}

export function findLostReason(db: Executor, workspaceId: string, id: string): Promise<LostReasonRow | undefined> {
  return db.selectFrom('lost_reasons').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function insertLostReasons(db: Executor, rows: Insertable<LostReasonsTable>[]): Promise<LostReasonRow[]> {
  return db.insertInto('lost_reasons').values(rows).returningAll().execute();
}

export function updateLostReasonRow(db: Executor, workspaceId: string, id: string, version: number, patch: Partial<LostReasonRow>) {
  return updateVersioned(db, 'lost_reasons', workspaceId, id, version, patch);
}

export async function nextLostReasonPosition(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('lost_reasons').select((eb) => eb.fn.max('position').as('p')).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}

/** Gives each named reason its new position, bumping its version. */
export async function setLostReasonPositions(db: Executor, workspaceId: string, moves: Array<{ id: string; position: number }>, at: string): Promise<void> {
  for (const { id, position } of moves) {
    await db.updateTable('lost_reasons').set((eb) => ({ position, updated_at: at, version: eb('version', '+', 1) }))
      .where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  }
}
