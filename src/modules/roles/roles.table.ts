import type { JsonColumn } from '../../db/columns.js';

export interface RolesTable {
  id: string;
  workspace_id: string;
  /** Stable key users refer to: `admin`, `manager`… for built-ins, `custom_<id>` for copies. */
  key: string;
  name: string;
  description: string | null;
  is_builtin: number;
  /** PermissionMatrix as JSON. */
  permissions: JsonColumn;
  require_two_factor: number;
  /** Pipeline ids (JSON) the role's deal rights are narrowed to; null: every pipeline. */
  deal_pipeline_ids: JsonColumn | null;
  /** Field rights (JSON): entity type → field → masked | read_only | hidden; null: every field visible. */
  field_rights: JsonColumn | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}
