import type { JsonColumn } from '../../db/columns.js';

export interface WorkspacesTable {
  id: string;
  name: string;
  locale: string;
  time_zone: string;
  /** ISO 3166-1 alpha-2; phones typed without a country code are read as this country's. */
  default_country: string;
  /** ISO 4217; money without an explicit currency is in this one. */
  default_currency: string;
  settings: JsonColumn;
  created_at: string;
  updated_at: string;
  version: number;
}
