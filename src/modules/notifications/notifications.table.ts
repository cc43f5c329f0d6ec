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

/** A user's email choice for one notification type (in-app is always on); no row: the type's default. */
export interface NotificationSettingsTable {
  workspace_id: string;
  user_id: string;
  type: string;
  /** 1 email too, 0 in-app only. */
  email: number;
}
