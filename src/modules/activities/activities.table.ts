import type { JsonColumn } from '../../db/columns.js';

/** Calls, meetings, letters, notes, tasks and admin-defined kinds: one record type (decision 0025). */
export interface ActivitiesTable {
  id: string;
  workspace_id: string;
  /** The assignee. */
  owner_id: string;
  /** `call` | `meeting` | `email` | `note` | `task` | an `activity_types` key. */
  kind: string;
  title: string;
  sort_name: string;
  body: string | null;
  /** `planned` | `done` */
  status: string;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  /** Due (a task), starts (a meeting), happened (a logged call); all-day: local midnight of its day in the workspace zone. */
  due_at: string | null;
  all_day: number;
  ends_at: string | null;
  place: string | null;
  /** `[{ type: 'user' | 'contact', id }]` */
  participants: JsonColumn;
  direction: string | null;
  duration_seconds: number | null;
  result: string | null;
  recording_id: string | null;
  priority: string;
  /** `[{ text, done }]` */
  checklist: JsonColumn;
  recurrence: JsonColumn | null;
  series_id: string | null;
  occurrence: number;
  reminder_minutes: number | null;
  remind_at: string | null;
  reminded_at: string | null;
  done_at: string | null;
  done_by: string | null;
  custom: JsonColumn;
  tags: JsonColumn;
  last_activity_at: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

/** An admin-defined kind of activity ("site visit", "demo"). */
export interface ActivityTypesTable {
  id: string;
  workspace_id: string;
  key: string;
  /** `{ en, ru, bg }` */
  names: JsonColumn;
  icon: string | null;
  color: string | null;
  position: number;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
