import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import { updateVersioned } from '../../db/versioned.js';
import type { PipelinesTable, PipelineStagesTable } from './sales.table.js';

export type PipelineRow = Selectable<PipelinesTable>;
export type StageRow = Selectable<PipelineStagesTable>;

/** The workspace's pipelines by position; retired ones only when asked. */
export function listPipelines(db: Executor, workspaceId: string, includeRetired: boolean): Promise<PipelineRow[]> {
  let query = db.selectFrom('pipelines').selectAll().where('workspace_id', '=', workspaceId);
  if (!includeRetired) query = query.where('retired_at', 'is', null);
  return query.orderBy('position').orderBy('created_at').orderBy('id').execute();
}

/** Stages of the given pipelines by position (retired ones too: old deals still name them). */
export function listStages(db: Executor, workspaceId: string, pipelineIds: string[]): Promise<StageRow[]> {
  if (pipelineIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('pipeline_stages').selectAll().where('workspace_id', '=', workspaceId).where('pipeline_id', 'in', pipelineIds)
    .orderBy('pipeline_id').orderBy('position').orderBy('id').execute();
}

/** Stages by id (retired ones too), for labels. */
export function findStages(db: Executor, workspaceId: string, ids: string[]): Promise<StageRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('pipeline_stages').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}

export function findPipeline(db: Executor, workspaceId: string, id: string): Promise<PipelineRow | undefined> {
  return db.selectFrom('pipelines').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function findStage(db: Executor, workspaceId: string, id: string): Promise<StageRow | undefined> {
  return db.selectFrom('pipeline_stages').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function countPipelines(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('pipelines').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId).where('retired_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPipeline(db: Executor, row: Insertable<PipelinesTable>): Promise<PipelineRow> {
  return db.insertInto('pipelines').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertStages(db: Executor, rows: Insertable<PipelineStagesTable>[]): Promise<StageRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('pipeline_stages').values(rows).returningAll().execute();
}

export function updatePipelineRow(db: Executor, workspaceId: string, id: string, version: number, patch: Partial<PipelineRow>) {
  return updateVersioned(db, 'pipelines', workspaceId, id, version, patch);
}

export function updateStageRow(db: Executor, workspaceId: string, id: string, version: number, patch: Partial<StageRow>) {
  return updateVersioned(db, 'pipeline_stages', workspaceId, id, version, patch);
}

/** Sets positions 0..n-1 in the given order (a reorder), bumping versions. */
export async function setStagePositions(db: Executor, workspaceId: string, ids: string[], at: string): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('pipeline_stages').set((eb) => ({ position, updated_at: at, version: eb('version', '+', 1) }))
      .where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  }
}

/** The position after the pipeline's last one. */
export async function nextPipelinePosition(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('pipelines').select((eb) => eb.fn.max('position').as('p')).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}
