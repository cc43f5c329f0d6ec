import type { JsonColumn } from '../../db/columns.js';

export type JobProgressState = 'queued' | 'running' | 'done' | 'failed';

/** How far a long, person-started job got; written in each chunk's transaction, so it never runs ahead of the data. */
export interface JobProgressTable {
  /** The id of the job in `jobs` (that row may be gone after housekeeping; this one stays). */
  job_id: string;
  workspace_id: string;
  /** Who started it: the only one besides an administrator who may look at it. */
  user_id: string | null;
  /** What the job does, e.g. `contact.bulk_assign_owner`, `user.transfer`. */
  kind: string;
  state: JobProgressState;
  total: number;
  done: number;
  /** Where the next chunk starts (the job's own format); null before the first chunk. */
  cursor: string | null;
  /** Counts and details of the outcome, growing chunk by chunk. */
  result: JsonColumn | null;
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
