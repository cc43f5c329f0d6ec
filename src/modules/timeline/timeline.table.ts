import type { Generated, JsonColumn } from '../../db/columns.js';

/** One feed every module writes to: notes now; calls, meetings, letters, deals, tasks later. */
export interface TimelineItemsTable {
  id: string;
  workspace_id: string;
  /** `contact` | `company` (deals later): visibility follows the subject. */
  subject_type: string;
  subject_id: string;
  /** `note` | `attachment` | `merge` | ... */
  kind: string;
  author_id: string | null;
  occurred_at: string;
  body: string | null;
  data: JsonColumn | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
  /** The record of another module this item mirrors (an activity), or null. */
  source_id: Generated<string | null>;
}
