import type { Selectable } from 'kysely';
import { fromJson } from '../../platform/json.js';
import type { ApiTokensTable } from './api-tokens.table.js';
import type { ApiTokenOutput } from './tokens.schema.js';

export function presentApiToken(row: Selectable<ApiTokensTable>): ApiTokenOutput {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    scopes: fromJson<string[]>(row.scopes),
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}
