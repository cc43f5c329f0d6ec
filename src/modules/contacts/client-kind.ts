import type { Selectable } from 'kysely';
import type { Module } from '../../platform/access/permissions.js';
import { fromJson } from '../../platform/json.js';
import type { ClientRecordColumns } from './contacts.table.js';
import type { PhoneKind, StoredAddress, StoredEmail, StoredMessenger, StoredPhone } from './client-points.js';

/** The two client record types and what generic code (list, export, bulk, trash) needs to know of each. */
export type ClientTable = 'contacts' | 'companies';
export type ClientEntityType = 'contact' | 'company';

/** How a list filter treats a standard column. */
export type ColumnKind = 'text' | 'date' | 'time' | 'id' | 'enum';

export interface ClientKind {
  entityType: ClientEntityType;
  table: ClientTable;
  module: Extract<Module, 'contacts' | 'companies'>;
  defaultPhoneType: PhoneKind;
  /** API field name → column, for `filter=[{ field, op, value }]`. */
  filterColumns: Record<string, { column: string; kind: ColumnKind }>;
  /** The record's title (display name or company name). */
  title(row: ClientRow): string;
}

type BaseRow = Selectable<ClientRecordColumns>;
type JsonKeys = 'phones' | 'emails' | 'messengers' | 'addresses' | 'tags' | 'custom';
/** Joined by the presentation queries, and the kind's own columns. */
type RowExtras = { owner_name?: string; owner_department_id?: string | null } & Record<string, unknown>;

/** A row of contacts or companies, with the owner's name and department when the query joined them. */
export type ClientRow = BaseRow & RowExtras;

/** A row with its JSON columns read. */
export type ClientRecord = Omit<BaseRow, JsonKeys> & {
  phones: StoredPhone[];
  emails: StoredEmail[];
  messengers: StoredMessenger[];
  addresses: StoredAddress[];
  tags: string[];
  custom: Record<string, unknown>;
} & RowExtras;

const common = {
  source: { column: 'source', kind: 'text' },
  notes: { column: 'notes', kind: 'text' },
  website: { column: 'website', kind: 'text' },
  ownerId: { column: 'owner_id', kind: 'id' },
  createdAt: { column: 'created_at', kind: 'time' },
  updatedAt: { column: 'updated_at', kind: 'time' },
  lastActivityAt: { column: 'last_activity_at', kind: 'time' },
} as const;

export const CONTACT: ClientKind = {
  entityType: 'contact',
  table: 'contacts',
  module: 'contacts',
  defaultPhoneType: 'mobile',
  filterColumns: {
    ...common,
    firstName: { column: 'first_name', kind: 'text' },
    middleName: { column: 'middle_name', kind: 'text' },
    lastName: { column: 'last_name', kind: 'text' },
    displayName: { column: 'display_name', kind: 'text' },
    position: { column: 'position', kind: 'text' },
    birthday: { column: 'birthday', kind: 'date' },
    status: { column: 'status', kind: 'enum' },
  },
  title: (row) => String(row.display_name),
};

export const COMPANY: ClientKind = {
  entityType: 'company',
  table: 'companies',
  module: 'companies',
  defaultPhoneType: 'work',
  filterColumns: {
    ...common,
    name: { column: 'name', kind: 'text' },
    legalName: { column: 'legal_name', kind: 'text' },
    taxId: { column: 'tax_id', kind: 'text' },
    industry: { column: 'industry', kind: 'text' },
    size: { column: 'size', kind: 'enum' },
  },
  title: (row) => String(row.name),
};

/** Reads the JSON columns (text on SQLite, parsed on PostgreSQL) into values. */
export function parseRow(row: ClientRow): ClientRecord {
  const list = <T>(value: unknown): T[] => (Array.isArray(fromJson(value)) ? (fromJson(value) as T[]) : []);
  const custom = fromJson<Record<string, unknown> | null>(row.custom);
  return {
    ...row,
    phones: list<StoredPhone>(row.phones),
    emails: list<StoredEmail>(row.emails),
    messengers: list<StoredMessenger>(row.messengers),
    addresses: list<StoredAddress>(row.addresses),
    tags: list<string>(row.tags),
    custom: custom && typeof custom === 'object' && !Array.isArray(custom) ? custom : {},
  };
}

/** Columns derived from others: left out of history so a version shows what a person changed. */
const DERIVED = new Set(['sort_name', 'name_key', 'tax_id_key', 'owner_name', 'owner_department_id']);

/** The record as history, audit and events keep it: JSON read (the same on both databases), derived columns left out. */
export function forHistory(row: ClientRow): Record<string, unknown> & { id: string; version: number } {
  const record = parseRow(row);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !DERIVED.has(key))) as Record<string, unknown> & { id: string; version: number };
}

export { isPostgres } from '../../db/dialect.js';
