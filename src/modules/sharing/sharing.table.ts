/** A record shared with one colleague (decision 0027). */
export interface RecordSharesTable {
  workspace_id: string;
  /** The record type (`contact`, `company`, `deal`). */
  subject_type: string;
  subject_id: string;
  user_id: string;
  /** `view` (observer) or `edit` (co-owner). */
  level: string;
  created_by: string | null;
  created_at: string;
}
