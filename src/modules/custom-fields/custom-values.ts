/**
 * Custom field values: checking what a client sends against the definitions and merging it into
 * the record's stored `custom` object. Values are stored normalized (trimmed strings, upper-case
 * currency, UTC datetimes), so filters and sorts compare like with like.
 */
import { AppError, type FieldErrors } from '../../platform/errors.js';
import { normalizePhone } from '../../platform/phones/phones.js';
import type { CustomFieldDef } from './custom-field-def.js';

export const TEXT_MAX = 2000;
export const LONG_TEXT_MAX = 20000;

/** Why one value is refused (the code lands in `fields['custom.<key>']`). */
export type ValueProblem =
  | 'invalid_type'
  | 'invalid_option'
  | 'invalid_date'
  | 'invalid_datetime'
  | 'invalid_money'
  | 'invalid_url'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_user'
  | 'too_long';

type Checked = { ok: true; value: unknown } | { ok: false; problem: ValueProblem };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURRENCY = /^[A-Za-z]{3}$/;

const ok = (value: unknown): Checked => ({ ok: true, value });
const bad = (problem: ValueProblem): Checked => ({ ok: false, problem });

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** An ISO datetime with a zone as the stored UTC string, or null. */
export function normalizeDatetime(text: string): string | null {
  if (!DATETIME.test(text) || !isValidDate(text.slice(0, 10))) return null;
  const time = new Date(text).getTime();
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function checkText(value: unknown, max: number): Checked {
  if (typeof value !== 'string') return bad('invalid_type');
  const text = value.trim();
  return text.length > max ? bad('too_long') : ok(text);
}

function checkMoney(value: unknown): Checked {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('invalid_type');
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return bad('invalid_money');
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) return bad('invalid_money');
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return bad('invalid_money');
  return ok({ amount, currency: currency.toUpperCase() });
}

function checkUrl(value: unknown): Checked {
  const text = checkText(value, TEXT_MAX);
  if (!text.ok || text.value === '') return text;
  try {
    const url = new URL(text.value as string);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : bad('invalid_url');
  } catch {
    return bad('invalid_url');
  }
}

function checkSelect(def: CustomFieldDef, value: unknown): Checked {
  if (typeof value !== 'string') return bad('invalid_type');
  return def.options.some((o) => o.key === value) ? ok(value) : bad('invalid_option');
}

function checkMultiSelect(def: CustomFieldDef, value: unknown): Checked {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return bad('invalid_type');
  const keys = new Set(def.options.map((o) => o.key));
  if (value.some((v) => !keys.has(v as string))) return bad('invalid_option');
  return ok([...new Set(value as string[])]);
}

/**
 * Checks one non-null value against its field's type and returns it normalized. Strings are
 * trimmed; an empty string (or empty multi-select) comes back as `''` / `[]` for the caller to
 * treat as "no value". A `user` value is only checked to be a UUID: the caller's service checks
 * that the user exists in the workspace (see `customUserIds`).
 */
export function checkCustomValue(def: CustomFieldDef, value: unknown, defaultCountry?: string): Checked {
  switch (def.type) {
    case 'text':
      return checkText(value, TEXT_MAX);
    case 'long_text':
      return checkText(value, LONG_TEXT_MAX);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? ok(value) : bad('invalid_type');
    case 'money':
      return checkMoney(value);
    case 'checkbox':
      return typeof value === 'boolean' ? ok(value) : bad('invalid_type');
    case 'date':
      if (typeof value !== 'string') return bad('invalid_type');
      return value.trim() === '' ? ok('') : isValidDate(value.trim()) ? ok(value.trim()) : bad('invalid_date');
    case 'datetime': {
      if (typeof value !== 'string') return bad('invalid_type');
      if (value.trim() === '') return ok('');
      const iso = normalizeDatetime(value.trim());
      return iso ? ok(iso) : bad('invalid_datetime');
    }
    case 'select':
      return value === '' ? ok('') : checkSelect(def, value);
    case 'multi_select':
      return checkMultiSelect(def, value);
    case 'url':
      return checkUrl(value);
    case 'email': {
      const text = checkText(value, 320);
      return !text.ok || text.value === '' || EMAIL.test(text.value as string) ? text : bad('invalid_email');
    }
    case 'phone': {
      const text = checkText(value, 100);
      if (!text.ok || text.value === '') return text;
      // Without a default country only numbers written with `+` (or `00`) parse.
      return normalizePhone(text.value as string, defaultCountry ?? '').ok ? text : bad('invalid_phone');
    }
    case 'user':
      if (typeof value !== 'string') return bad('invalid_type');
      return UUID.test(value.trim()) ? ok(value.trim().toLowerCase()) : bad('invalid_user');
  }
}

/** Whether a stored/normalized value counts as "no value". */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The full `custom` object to store for a record. `previous` values are kept (including those of
 * retired fields, which cannot be set), `input` keys are checked and merged, `null` or an empty
 * value clears a key. On create (`previous` null) defaults fill the keys the input leaves out.
 * A key the definitions do not know is refused, except that sending back a value unchanged (a form
 * echoing a retired field's stored value) is ignored.
 * `defaultCountry` reads phone numbers written without `+`; without it they must be international.
 * @throws AppError validation_failed with `fields['custom.<key>']`: unknown_field | required | ValueProblem
 */
export function prepareCustomValues(
  defs: CustomFieldDef[],
  input: Record<string, unknown> | undefined,
  previous: Record<string, unknown> | null,
  defaultCountry?: string,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...(previous ?? {}) };
  const byKey = new Map(defs.filter((d) => !d.retired).map((d) => [d.key, d]));
  const fields: FieldErrors = {};
  const given = input ?? {};
  for (const [key, raw] of Object.entries(given)) {
    const def = byKey.get(key);
    if (!def) {
      if (!(previous && key in previous && sameJson(previous[key], raw))) fields[`custom.${key}`] = 'unknown_field';
      continue;
    }
    if (raw === null || raw === undefined) {
      delete result[key];
      continue;
    }
    const checked = checkCustomValue(def, raw, defaultCountry);
    if (!checked.ok) fields[`custom.${key}`] = checked.problem;
    else if (isEmptyValue(checked.value)) delete result[key];
    else result[key] = checked.value;
  }
  for (const def of byKey.values()) {
    if (previous === null && given[def.key] === undefined && !isEmptyValue(def.defaultValue)) result[def.key] = def.defaultValue;
    if (!def.required || fields[`custom.${def.key}`]) continue;
    const touched = Object.prototype.hasOwnProperty.call(given, def.key);
    if ((previous === null || touched) && isEmptyValue(result[def.key])) fields[`custom.${def.key}`] = 'required';
  }
  if (Object.keys(fields).length > 0) throw new AppError('validation_failed', 'Some custom field values are not valid', fields);
  return result;
}

/** User ids held in `user` fields of a values object, for the caller to check they exist. */
export function customUserIds(defs: CustomFieldDef[], custom: Record<string, unknown>): string[] {
  const ids = defs.filter((d) => d.type === 'user').map((d) => custom[d.key]);
  return [...new Set(ids.filter((v): v is string => typeof v === 'string'))];
}
