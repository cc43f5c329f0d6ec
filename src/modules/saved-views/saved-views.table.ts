import type { JsonColumn } from '../../db/columns.js';

export interface SavedViewsTable {
  id: string;
  workspace_id: string;
  entity_type: string;
  owner_id: string;
  name: string;
  /** 1: every user of the workspace sees it; 0: only its owner. */
  shared: number;
  /** `{ columns: string[], filters: Filter[], sort: { field, direction } }` */
  definition: JsonColumn;
  created_at: string;
  updated_at: string;
  version: number;
}
