import type { JsonColumn } from '../../db/columns.js';

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  /** The first characters of the secret, shown in lists so a user can tell tokens apart. */
  token_prefix: string;
  token_hash: string;
  /** `["contacts:read", "deals:write"]` */
  scopes: JsonColumn;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: string;
}
