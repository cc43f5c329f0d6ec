import type { JsonColumn } from '../../db/columns.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
  id: string;
  workspace_id: string | null;
  type: string;
  payload: JsonColumn | null;
  status: JobStatus;
  run_at: string;
  attempts: number;
  max_attempts: number;
  /** Worker id holding the job; with `locked_until` it lets a crashed worker's job be taken over. */
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  /** Optional dedup key: enqueueing the same key twice keeps one job. */
  unique_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
