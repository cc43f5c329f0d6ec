/** A sales target of one user or one department for one month. */
export interface SalesPlansTable {
  id: string;
  workspace_id: string;
  /** YYYY-MM, a month in the workspace's time zone. */
  month: string;
  target_type: 'user' | 'department';
  target_id: string;
  /** Minor units of the workspace currency (bigint on PostgreSQL, read back as a string there). */
  amount: number | string;
  won_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}
