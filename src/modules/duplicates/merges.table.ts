import type { JsonColumn } from '../../db/columns.js';

/** A merge keeps what it changed so that it can be undone. */
export interface MergesTable {
  id: string;
  workspace_id: string;
  entity_type: string;
  survivor_id: string;
  merged_ids: JsonColumn;
  /** `{ survivorBefore: row, merged: row[], moved: { table: ids[] } }` */
  snapshot: JsonColumn;
  actor_id: string | null;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}
