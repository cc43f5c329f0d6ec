export interface SessionsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** SHA-256 of the cookie token: a leaked database does not hand out live sessions. */
  token_hash: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}
