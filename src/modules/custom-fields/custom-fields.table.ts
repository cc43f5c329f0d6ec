import type { Generated, JsonColumn } from '../../db/columns.js';

export const CUSTOM_FIELD_TYPES = ['text', 'long_text', 'number', 'money', 'date', 'datetime', 'select', 'multi_select', 'checkbox', 'url', 'phone', 'email', 'user'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldsTable {
  id: string;
  workspace_id: string;
  /** `contact` | `company` (deals later). */
  entity_type: string;
  /** Stable key the values are stored under; never changes after creation (renaming changes the label). */
  key: string;
  label: string;
  type: CustomFieldType;
  /** Select options `[{ key, label }]`; `[]` for other types. */
  options: JsonColumn;
  required: number;
  default_value: JsonColumn | null;
  help_text: string | null;
  position: number;
  /** Retired fields keep their values but leave forms, lists and filters. */
  retired_at: string | null;
  /** 1: lists filter and sort on it often, so the record table keeps an index on its value. */
  filterable: Generated<number>;
  created_at: string;
  updated_at: string;
  version: number;
}
