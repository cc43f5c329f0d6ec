/** A user's secret calendar address; only the SHA-256 of the token is kept. */
export interface CalendarFeedsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}
