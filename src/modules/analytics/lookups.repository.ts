import type { Executor } from '../../db/database.js';

/** Names the widgets label their rows with: people, departments, pipelines and stages, reasons, products. */

export interface PersonRow { id: string; name: string; department_id: string | null }
export interface StageLookup { id: string; pipeline_id: string; name: string; kind: string; probability: number; position: number; retired_at: string | null }

/** The workspace's people (deleted ones too: their old deals still count). */
export function peopleOf(db: Executor, workspaceId: string): Promise<PersonRow[]> {
  return db.selectFrom('users').select(['id', 'name', 'department_id']).where('workspace_id', '=', workspaceId).orderBy('name').orderBy('id').execute();
}

/** The workspace's departments, parents included. */
export function departmentsOf(db: Executor, workspaceId: string): Promise<Array<{ id: string; name: string; parent_id: string | null }>> {
  return db.selectFrom('departments').select(['id', 'name', 'parent_id']).where('workspace_id', '=', workspaceId).orderBy('name').execute();
}

/** The workspace's pipelines in their order. */
export function pipelinesOf(db: Executor, workspaceId: string): Promise<Array<{ id: string; name: string; retired_at: string | null }>> {
  return db.selectFrom('pipelines').select(['id', 'name', 'retired_at']).where('workspace_id', '=', workspaceId).orderBy('position').orderBy('id').execute();
}

/** Every stage of the workspace's pipelines, in pipeline order. */
export function stagesOf(db: Executor, workspaceId: string): Promise<StageLookup[]> {
  return db.selectFrom('pipeline_stages').select(['id', 'pipeline_id', 'name', 'kind', 'probability', 'position', 'retired_at'])
    .where('workspace_id', '=', workspaceId).orderBy('pipeline_id').orderBy('position').orderBy('id').execute();
}

/** The names of lost reasons. */
export async function reasonNames(db: Executor, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('lost_reasons').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The names of products. */
export async function productNames(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('products').select(['id', 'name']).where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The size (the client segment) of companies. */
export async function companySegments(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('companies').select(['id', 'size']).where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r.size);
  }
  return out;
}
