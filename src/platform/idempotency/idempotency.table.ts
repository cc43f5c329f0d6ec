/** One `Idempotency-Key` of one principal: claimed while the first request runs, then its answer. */
export interface IdempotencyKeysTable {
  id: string;
  workspace_id: string;
  /** `user:<id>` for a session, `token:<id>` for an API token: keys are the client's, per credential. */
  principal: string;
  key: string;
  /** SHA-256 of the route, its parameters and the body: the same key with another request is refused. */
  fingerprint: string;
  /** Null while the first request runs. */
  status_code: number | null;
  response_type: string | null;
  response_body: string | null;
  created_at: string;
  completed_at: string | null;
}
