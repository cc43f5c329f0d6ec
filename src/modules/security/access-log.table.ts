/** Exports per user (kind `export`, `count` rows at once): the detail behind the alarm's export counter. */
export interface AccessLogTable {
  id: string;
  workspace_id: string;
  user_id: string;
  kind: 'view' | 'export' | string;
  entity_type: string;
  entity_id: string | null;
  count: number;
  created_at: string;
}

/** The alarm's per-minute counters: `count` views or exported records of `kind` by a user in `minute`. */
export interface AccessCountersTable {
  workspace_id: string;
  user_id: string;
  kind: 'view' | 'export' | string;
  /** The start of the minute (ISO UTC, seconds zero). */
  minute: string;
  count: number;
}

/** One row per card a user opened per hour (the first opening counts toward the alarm, repeats do not). */
export interface AccessViewsTable {
  workspace_id: string;
  user_id: string;
  /** The start of the hour (ISO UTC). */
  hour: string;
  entity_type: string;
  entity_id: string;
}
