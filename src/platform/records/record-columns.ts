/**
 * The columns every record table shares. The generic record code is typed against these, not
 * against `Kysely<any>`; a type's own columns ride along as unknown values.
 */
export interface RecordColumns {
  id: string;
  workspace_id: string;
  owner_id: string;
  version: number;
  /** The title folded for sorting and prefix search (see client-names `sortName`). */
  sort_name: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

/** A row of a record table: the shared columns, the type's own, and what presentation queries joined. */
export type RecordRow = RecordColumns & {
  owner_name?: string;
  owner_department_id?: string | null;
  merged_into_id?: string | null;
  custom?: unknown;
  tags?: unknown;
  last_activity_at?: string | null;
} & Record<string, unknown>;
