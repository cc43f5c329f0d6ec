import type { Executor } from '../../db/database.js';
import { fromJson } from '../../platform/json.js';

/**
 * Every workspace with its trash retention setting, for the purge job. A read of the workspaces
 * module's table: the workspaces service has no listing yet; move it there when it gets one.
 */
export async function listWorkspaceRetention(db: Executor): Promise<Array<{ id: string; retentionDays: unknown }>> {
  const rows = await db.selectFrom('workspaces').select(['id', 'settings']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, retentionDays: fromJson<Record<string, unknown> | null>(r.settings)?.trashRetentionDays }));
}
