import type { JsonColumn } from '../../db/columns.js';

/** Append-only (database triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  id: string;
  workspace_id: string;
  actor_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  /** Field-level `{ field: [before, after] }` for updates, or free-form details for other actions. */
  changes: JsonColumn | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: string;
}

/** One row per saved version of a record: the full record as it was after that change. */
export interface RecordVersionsTable {
  id: string;
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  version: number;
  action: string;
  data: JsonColumn | null;
  actor_id: string | null;
  created_at: string;
}

export interface OutboxEventsTable {
  id: string;
  workspace_id: string;
  type: string;
  entity_type: string | null;
  entity_id: string | null;
  actor_id: string | null;
  payload: JsonColumn | null;
  created_at: string;
  dispatched_at: string | null;
  attempts: number;
  last_error: string | null;
  /** Set after a failed delivery; the event is not retried before it. Null: due now. */
  next_attempt_at: string | null;
}
