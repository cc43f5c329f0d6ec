import type { JsonColumn } from '../../db/columns.js';

export interface NotificationsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  type: string;
  data: JsonColumn;
  read_at: string | null;
  created_at: string;
}
