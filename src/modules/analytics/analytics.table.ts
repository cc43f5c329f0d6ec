import type { JsonColumn } from '../../db/columns.js';

/** What a lead source cost in a month (campaign spend), for cost per acquisition and return on spend. */
export interface SourceCostsTable {
  id: string;
  workspace_id: string;
  source: string;
  /** YYYY-MM, a month of the workspace's time zone. */
  month: string;
  /** Minor units of `currency`. */
  amount: number | string;
  currency: string;
  created_at: string;
  updated_at: string;
}

/** A dashboard: a person's arrangement of widgets, possibly shared with roles and people. */
export interface DashboardsTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  /** `{ roleIds: string[], userIds: string[] }` */
  shared: JsonColumn;
  /** `[{ id, key, params, x, y, w, h }]` */
  widgets: JsonColumn;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The dashboard a role's people see until they make their own. */
export interface RoleDashboardsTable {
  workspace_id: string;
  role_id: string;
  dashboard_id: string;
}

/** A saved report: a report builder definition with a name, possibly shared. */
export interface SavedReportsTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  /** The definition `POST /reports/run` takes. */
  definition: JsonColumn;
  /** `{ roleIds: string[], userIds: string[] }` */
  shared: JsonColumn;
  version: number;
  created_at: string;
  updated_at: string;
}
