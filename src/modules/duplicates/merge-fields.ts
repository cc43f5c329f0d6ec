import type { FieldErrors } from '../../platform/errors.js';
import { fromJson, toJson } from '../../platform/json.js';
import type { DuplicateKind } from './duplicate-kinds.js';

/**
 * Which value the surviving record of a merge keeps, field by field. Pure: rows in, columns out.
 * A field the user chose takes the chosen record's value; any other keeps the survivor's, or the
 * first non-empty one of the merged records. Phones, emails, messengers, addresses and tags are
 * combined unless the user chose one record's list; custom values are decided key by key.
 */

/** A record row with its JSON columns read. */
export type RecordRow = Record<string, unknown> & { id: string; version: number };

export const JSON_COLUMNS = ['phones', 'emails', 'messengers', 'addresses', 'tags', 'custom'] as const;

type ListColumn = 'phones' | 'emails' | 'messengers' | 'addresses' | 'tags';
// What makes two entries of a list the same entry.
const LIST_KEYS: Record<ListColumn, (item: any) => string> = {
  phones: (p) => (p.e164 ? `${p.e164};${p.ext ?? ''}` : `?${String(p.value).trim()}`),
  emails: (e) => String(e.value).toLowerCase(),
  messengers: (m) => `${m.type}:${String(m.value).trim().toLowerCase().replace(/^@+/, '')}`,
  addresses: (a) => JSON.stringify(Object.keys(a).sort().map((k) => [k, a[k]])),
  tags: (t) => String(t).toLocaleLowerCase(),
};

/** Reads a row's JSON columns (text on SQLite, parsed on PostgreSQL). */
export function readRow(row: Record<string, unknown>): RecordRow {
  const out: Record<string, unknown> = { ...row };
  for (const column of JSON_COLUMNS) if (column in out) out[column] = fromJson(out[column]) ?? (column === 'custom' ? {} : []);
  return out as RecordRow;
}

/** A row's columns as they are written back: JSON columns as text. */
export function writableColumns(row: RecordRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const column of JSON_COLUMNS) if (column in out) out[column] = toJson(out[column]);
  return out;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function union(column: ListColumn, rows: RecordRow[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const row of rows) {
    for (const item of (row[column] as unknown[]) ?? []) {
      const key = LIST_KEYS[column](item);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

export interface MergedColumns {
  /** Every column the survivor is written with (JSON columns as values). */
  columns: Record<string, unknown>;
  errors: FieldErrors;
}

/**
 * The survivor's columns after a merge. `choices` maps an API field name (or `custom.<key>`) to
 * the id of the record whose value wins; a field the entity does not have, or a record that is not
 * part of the merge, is an error under `fields.<name>`.
 */
export function mergeColumns(kind: DuplicateKind, survivor: RecordRow, merged: RecordRow[], choices: Record<string, string>): MergedColumns {
  const rows = [survivor, ...merged];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldErrors = {};
  const scalars = kind.mergeFields;
  const chosen = new Map<string, RecordRow>();
  for (const [field, recordId] of Object.entries(choices)) {
    const known = field in scalars || field in LIST_KEYS || /^custom\.[a-z][a-z0-9_]{0,39}$/.test(field);
    if (!known) errors[`fields.${field}`] = 'unknown_field';
    else if (!byId.has(recordId)) errors[`fields.${field}`] = 'not_in_merge';
    else chosen.set(field === 'owner' ? 'ownerId' : field, byId.get(recordId)!);
  }
  const columns: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(scalars)) {
    if (field === 'owner') continue;
    const from = chosen.get(field);
    columns[column] = from ? from[column] ?? null : [survivor, ...merged].map((r) => r[column]).find((v) => !isEmpty(v)) ?? survivor[column] ?? null;
  }
  for (const column of Object.keys(LIST_KEYS) as ListColumn[]) {
    const from = chosen.get(column);
    columns[column] = from ? [...((from[column] as unknown[]) ?? [])] : union(column, rows);
  }
  const custom: Record<string, unknown> = {};
  const keys = new Set(rows.flatMap((r) => Object.keys((r.custom as Record<string, unknown>) ?? {})));
  for (const key of keys) {
    const from = chosen.get(`custom.${key}`);
    const value = from
      ? (from.custom as Record<string, unknown>)[key]
      : rows.map((r) => (r.custom as Record<string, unknown>)[key]).find((v) => !isEmpty(v)) ?? (survivor.custom as Record<string, unknown>)[key];
    if (value !== undefined) custom[key] = value;
  }
  columns.custom = custom;
  const activity = rows.map((r) => r.last_activity_at).filter((v): v is string => typeof v === 'string').sort();
  columns.last_activity_at = activity[activity.length - 1] ?? null;

  kind.deriveMerged(columns, survivor, new Set(chosen.keys()));
  return { columns, errors };
}
