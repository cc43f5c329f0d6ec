import type { JsonColumn } from '../../db/columns.js';

/** The alarm's per-hour counters: `count` units of `kind` read by a user in `hour` (a daily sum reads 24 rows). */
export interface AccessHourCountersTable {
  workspace_id: string;
  user_id: string;
  kind: string;
  /** The start of the clock hour (ISO UTC). */
  hour: string;
  count: number;
}

/** The way records were served: one of these per request in the read log. */
export type ReadPath = 'list' | 'search' | 'card' | 'history' | 'timeline' | 'export' | 'call';

/** One request that served records: who read what, how much, and how heavy it was (decision 0024). */
export interface ReadLogTable {
  id: string;
  workspace_id: string;
  user_id: string;
  path: ReadPath | string;
  entity_type: string;
  /** The record a card, history or timeline was of; null for lists, search and exports. */
  entity_id: string | null;
  rows: number;
  units: number;
  /** What was asked: a list's or export's filter, a search's query length; JSON. */
  detail: JsonColumn | null;
  /** 1 when the request came with an API token. */
  via_token: number;
  created_at: string;
}

/** Refused requests of one user on one route within one minute (403, or 404 on a hidden record), counted in place. */
export interface RefusedAttemptsTable {
  workspace_id: string;
  user_id: string;
  /** The route pattern, e.g. `GET /api/v1/contacts/:id`. */
  route: string;
  minute: string;
  /** The status of the first refusal in that minute. */
  status: number;
  entity_type: string | null;
  last_entity_id: string | null;
  count: number;
}
