import type { Generated } from 'kysely';

/** Derived: one searchable text per record; FTS5 trigram (SQLite) or pg_trgm (PostgreSQL) indexes it. */
export interface SearchDocumentsTable {
  id: Generated<number>;
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  text: string;
}
