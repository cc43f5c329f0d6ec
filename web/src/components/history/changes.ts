import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';

/** One changed value, ready to show: a field (or a cell inside one, e.g. `permissions.contacts.view`). */
export interface ChangeRow {
  path: string;
  before: unknown;
  after: unknown;
}

/** How a screen names and shows the fields of its record type in history and audit. */
export interface FieldFormat {
  /** The label of a field or nested path; undefined for the generic one. */
  label?: (path: string) => string | undefined;
  /** A value as text; undefined for the generic rendering. `data`: the whole record as of the change, when known (a deal's amount needs its currency). */
  value?: (path: string, value: unknown, data?: Record<string, unknown> | null) => string | undefined;
  /** The record type a field refers to by id (`company_id` → `company`), so screens can fetch the names in one batch. */
  reference?: (path: string) => string | undefined;
  /** Paths whose value is one value even when it is an object (a custom money field): not split into rows. */
  leaf?: (path: string) => boolean;
  /** Fields not worth showing (internal keys). */
  hidden?: (path: string) => boolean;
}

/** Bookkeeping that changes with every write or means nothing to a reader. */
const ALWAYS_HIDDEN = new Set([
  'id',
  'workspace_id',
  'workspaceId',
  'created_at',
  'updated_at',
  'version',
  'password_hash',
  'token_hash',
  'totp_secret',
  'failed_sign_ins',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON columns arrive as text from SQLite: an object or list stored that way reads as what it holds. */
export function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Nested objects (a role's matrix) become one row per changed leaf, so a change reads "Contacts · View: own → all". */
function expand(path: string, before: unknown, after: unknown, out: ChangeRow[], format: FieldFormat): void {
  if (!format.leaf?.(path) && (isPlainObject(before) || before == null) && (isPlainObject(after) || after == null) && (isPlainObject(before) || isPlainObject(after))) {
    const a = isPlainObject(before) ? before : {};
    const b = isPlainObject(after) ? after : {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) expand(`${path}.${key}`, a[key], b[key], out, format);
    return;
  }
  if (!same(before, after)) out.push({ path, before, after });
}

/** Whether audit `changes` are a field diff (`{ field: [before, after] }`) rather than free-form details. */
export function isFieldDiff(changes: unknown): changes is Record<string, [unknown, unknown]> {
  if (!isPlainObject(changes)) return false;
  const values = Object.values(changes);
  return values.length > 0 && values.every((v) => Array.isArray(v) && v.length === 2);
}

/** The rows worth showing for a diff, nested values expanded, bookkeeping left out. */
export function changeRows(changes: Record<string, [unknown, unknown]> | null | undefined, format: FieldFormat = {}): ChangeRow[] {
  const out: ChangeRow[] = [];
  for (const [field, pair] of Object.entries(changes ?? {})) {
    if (ALWAYS_HIDDEN.has(field) || !Array.isArray(pair)) continue;
    expand(field, parsedJson(pair[0]), parsedJson(pair[1]), out, format);
  }
  return out.filter((row) => !format.hidden?.(row.path));
}

/** A value that says nothing: null, empty text, an empty list or object (also as stored JSON text). */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === '[]' || value === '{}') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/** Free-form details (`{ reason: 'deactivated' }`, a created record) as rows with no "before"; nested values one row per leaf. */
export function detailRows(details: unknown, format: FieldFormat = {}): ChangeRow[] {
  if (!isPlainObject(details)) return [];
  const out: ChangeRow[] = [];
  for (const [field, value] of Object.entries(details)) {
    if (ALWAYS_HIDDEN.has(field) || isEmptyValue(value)) continue;
    expand(field, null, parsedJson(value), out, format);
  }
  return out.filter((row) => !format.hidden?.(row.path) && !isEmptyValue(row.after)).map((row) => ({ ...row, before: undefined }));
}

/** `department_id` → "Department id"; `requireTwoFactor` → "Require two factor". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(t: TFunction, path: string, format: FieldFormat = {}): string {
  const custom = format.label?.(path);
  if (custom) return custom;
  const parts = path.split('.');
  return parts.map((part) => t(`history.fields.${part}`, { defaultValue: humanize(part) })).join(' · ');
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Detail fields whose values are codes with translations under `history.values`. */
const TRANSLATED_VALUES = new Set(['kind', 'reason']);

export function valueText(t: TFunction, path: string, value: unknown, timeZone: string, format: FieldFormat = {}, data?: Record<string, unknown> | null): string {
  const custom = format.value?.(path, value, data);
  if (custom !== undefined) return custom;
  if (value === null || value === undefined || value === '') return '—';
  const leaf = path.split('.').pop() ?? path;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if ((value === 0 || value === 1) && /^(is_|require_|has_)/.test(leaf)) return value === 1 ? t('common.yes') : t('common.no');
  if (typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, timeZone);
  // Machine words in details (`kind: export`, `reason: deactivated`) read as words in the user's language.
  if (typeof value === 'string' && TRANSLATED_VALUES.has(leaf)) return t(`history.values.${leaf}.${value}`, { defaultValue: value });
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  return JSON.stringify(value);
}
