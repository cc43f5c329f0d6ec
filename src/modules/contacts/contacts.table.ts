import type { Generated } from 'kysely';
import type { JsonColumn } from '../../db/columns.js';

/**
 * Columns contacts and companies share. phones/emails/messengers/addresses/tags/custom are JSON:
 * the row is the record's whole state (history and merge undo restore one row); contact_points,
 * record_tags and search_documents are derived from it on every write.
 */
export interface ClientRecordColumns {
  id: string;
  workspace_id: string;
  owner_id: string;
  /** `[{ type: 'mobile'|'work'|'home'|'other', value: as typed, e164: string|null, flagged: 0|1 }]` */
  phones: JsonColumn;
  /** `[{ type: 'work'|'personal'|'other', value: lower-cased address }]` */
  emails: JsonColumn;
  /** `[{ type: 'telegram'|'whatsapp'|'viber'|'vk'|'other', value: handle or number }]` */
  messengers: JsonColumn;
  /** `[{ type: 'work'|'home'|'legal'|'other', country, region, city, street, postcode }]` */
  addresses: JsonColumn;
  website: string | null;
  /** `string[]`, trimmed, unique case-insensitively. */
  tags: JsonColumn;
  /** Custom field values by field key. */
  custom: JsonColumn;
  notes: string | null;
  source: string | null;
  /** Folded display name, for sort and prefix look-up. */
  sort_name: string;
  /** Latin-folded name, the same for `Иванов Иван` and `Ivanov Ivan`: duplicate grouping. */
  name_key: string;
  last_activity_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  /** Set when a merge folded this record into another (soft-deleted with it). */
  merged_into_id: string | null;
  version: number;
}

export interface ContactsTable extends ClientRecordColumns {
  first_name: string | null;
  middle_name: string | null;
  last_name: string | null;
  display_name: string;
  position: string | null;
  /** `YYYY-MM-DD` */
  birthday: string | null;
  status: 'lead' | 'client' | 'former_client';
}

export interface ContactCompaniesTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  company_id: string;
  role: string | null;
  started_on: string | null;
  ended_on: string | null;
  created_at: string;
  /** ISO UTC as text on both databases (added after the table; see migration 2026-12-07-0100). */
  updated_at: string | null;
  version: Generated<number>;
}

/** Derived: normalized phones (E.164 digits), emails, messenger handles of contacts and companies. */
export interface ContactPointsTable {
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  kind: 'phone' | 'email' | 'messenger';
  value: string;
}

/** Derived: one row per tag of a record. */
export interface RecordTagsTable {
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  tag: string;
  /** A copy of the record's `sort_name`: a tag filter in name order walks the tag's rows by it. */
  sort_name: string;
}
