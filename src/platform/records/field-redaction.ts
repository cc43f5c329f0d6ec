import type { Actor } from '../access/actor.js';
import { hasFieldRights, maskEmail, maskPhone, maskText, type FieldRight } from '../access/field-rights.js';
import { AppError } from '../errors.js';
import type { SearchPlan } from '../search/search-plan.js';
import type { ProtectedField, RecordContext, RecordType } from './record-type.js';

/**
 * Field rights applied (decision 0027). Rows are redacted before anything is built from them (an
 * answer, a CSV line, a search hit's line, a history version, an audit entry), so a masked or
 * hidden value never reaches a presenter; answers then lose the keys of hidden fields and mark the
 * masked ones. Everything here is a no-op for an actor without field rights on the type.
 */

type Row = Record<string, unknown>;
type Mask = ProtectedField['mask'];
const CUSTOM = 'custom.';

/** The actor's rights on a type other than `visible`: field → right (standard fields and `custom.<key>`). */
export function fieldRightsFor(actor: Actor, entityType: string): Record<string, Exclude<FieldRight, 'visible'>> {
  if (!hasFieldRights(actor, entityType)) return {};
  return { ...actor.fieldRights![entityType]! };
}

function guessMask(value: string): Exclude<Mask, null> {
  if (/^[^@\s]+@[^@\s]+$/.test(value)) return 'email';
  if (/^\+?[\d\s().-]{6,}$/.test(value)) return 'phone';
  return 'text';
}

function maskString(value: string, mask: Exclude<Mask, null>): string {
  return mask === 'phone' ? maskPhone(value) : mask === 'email' ? maskEmail(value) : maskText(value);
}

/** One stored value masked: contact-point lists element by element (their normalized forms dropped), text as text. */
function maskValue(value: unknown, mask: Mask): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item === 'string') return maskString(item, mask ?? guessMask(item));
      if (typeof item !== 'object' || item === null) return null;
      const entry = item as Row;
      const shown = typeof entry.value === 'string' ? entry.value : '';
      const masked: Row = { ...entry, value: maskString(shown, mask ?? guessMask(shown)), masked: true };
      if ('e164' in masked) masked.e164 = null;
      delete masked.ext;
      return masked;
    });
  }
  if (typeof value === 'string') return maskString(value, mask ?? guessMask(value));
  // A number or an object (money) has no mask that keeps it useful: it is left out like a hidden one.
  return null;
}

/** A stored column's value, in the representation it came in (JSON text on SQLite, parsed on PostgreSQL). */
function mapStored(value: unknown, change: (parsed: unknown) => unknown): unknown {
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    try {
      return JSON.stringify(change(JSON.parse(value)));
    } catch {
      // Not JSON after all: a text column.
    }
  }
  return change(value);
}

const emptied = (value: unknown) => (Array.isArray(value) ? [] : null);

/** The custom values with hidden keys removed and masked ones masked. */
function redactCustom(custom: unknown, rights: Record<string, string>): unknown {
  if (typeof custom !== 'object' || custom === null || Array.isArray(custom)) return custom;
  const out: Row = { ...(custom as Row) };
  for (const key of Object.keys(out)) {
    const right = rights[`${CUSTOM}${key}`];
    if (right === 'hidden') delete out[key];
    else if (right === 'masked') out[key] = maskValue(out[key], null);
  }
  return out;
}

/** What one column holds for the actor: the value, the mask, or nothing (`undefined`: leave the key out). */
function redactColumn(kind: RecordType, rights: Record<string, string>, column: string, value: unknown): unknown {
  if (column === 'custom' && kind.features.customFields) return mapStored(value, (parsed) => redactCustom(parsed, rights));
  const field = kind.protectedFields?.find((f) => f.columns.includes(column));
  const right = field ? rights[field.name] : undefined;
  if (!field || (right !== 'hidden' && right !== 'masked')) return value;
  if (right === 'hidden') return undefined;
  return mapStored(value, (parsed) => maskValue(parsed, field.mask));
}

/**
 * A stored row as the actor may read it: hidden columns emptied (an empty list or null, so the
 * type's presenter and CSV layout still work), masked ones masked, custom values redacted.
 */
export function redactRow<T extends Row>(actor: Actor, kind: RecordType, row: T): T {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0) return row;
  const out: Row = { ...row };
  for (const column of Object.keys(out)) {
    const value = redactColumn(kind, rights, column, out[column]);
    out[column] = value === undefined ? mapStored(out[column], emptied) : value;
  }
  return out as T;
}

/** A page of rows redacted. */
export function redactRows<T extends Row>(actor: Actor, kind: RecordType, rows: T[]): T[] {
  return hasFieldRights(actor, kind.entityType) ? rows.map((row) => redactRow(actor, kind, row)) : rows;
}

/**
 * Stored data keyed by column (a history version, an audit entry's `{ column: [before, after] }`
 * diff) as the actor may read it: hidden columns left out, masked ones masked.
 */
export function redactData(actor: Actor, kind: RecordType, data: unknown, diff = false): unknown {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0 || typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const out: Row = {};
  for (const [column, value] of Object.entries(data as Row)) {
    if (diff && Array.isArray(value) && value.length === 2) {
      const sides = value.map((side) => redactColumn(kind, rights, column, side));
      if (sides[0] !== undefined || sides[1] !== undefined) out[column] = sides.map((s) => s ?? null);
      continue;
    }
    const shown = redactColumn(kind, rights, column, value);
    if (shown !== undefined) out[column] = shown;
  }
  return out;
}

/** A presented record or list item: the keys of hidden fields left out, masked contact points marked and never callable as such. */
export function redactOutput<T>(actor: Actor, kind: RecordType, shown: T): T {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0 || typeof shown !== 'object' || shown === null) return shown;
  const out = shown as Row;
  for (const field of kind.protectedFields ?? []) {
    const right = rights[field.name];
    if (right === 'hidden') for (const key of field.outputKeys) delete out[key];
    if (right === 'masked') {
      for (const key of field.outputKeys) {
        const value = out[key];
        const mark = (entry: unknown) => (typeof entry === 'object' && entry !== null ? { ...(entry as Row), masked: true, ...('tel' in (entry as Row) ? { tel: null, flagged: false } : {}) } : entry);
        if (Array.isArray(value)) out[key] = value.map(mark);
        else if (typeof value === 'object' && value !== null) out[key] = mark(value);
      }
    }
  }
  return shown;
}

/** The workspace context with the custom fields hidden from the actor left out (CSV headers, forms). */
export function contextFor(actor: Actor, kind: RecordType, ctx: RecordContext): RecordContext {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0) return ctx;
  return { ...ctx, defs: ctx.defs.filter((d) => rights[`${CUSTOM}${d.key}`] !== 'hidden') };
}

/**
 * Refuses a write to a field the actor may not set. On update: masked, read-only and hidden fields
 * alike (403 `field_read_only` naming the fields). On create: read-only fields answer 403
 * `field_read_only` and hidden ones 403 `field_hidden` (a hidden one first: it is the stronger
 * right); masked fields may be filled (whoever creates a client enters its phone, then sees it masked).
 * @throws AppError field_read_only | field_hidden
 */
export function assertWritable(actor: Actor, kind: RecordType, input: Row, creating: boolean): void {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0) return;
  const refused: Record<string, 'read_only' | 'hidden'> = {};
  const refuse = (name: string) => {
    const right = rights[name];
    if (!right || (creating && right === 'masked')) return;
    refused[name] = creating && right === 'hidden' ? 'hidden' : 'read_only';
  };
  for (const field of kind.protectedFields ?? []) if (field.inputKeys.some((key) => Object.hasOwn(input, key))) refuse(field.name);
  const custom = input.custom;
  if (typeof custom === 'object' && custom !== null) for (const key of Object.keys(custom)) refuse(`${CUSTOM}${key}`);
  if (Object.keys(refused).length === 0) return;
  if (Object.values(refused).includes('hidden')) {
    throw new AppError('field_hidden', 'Your role may not see these fields', Object.fromEntries(Object.entries(refused).filter(([, r]) => r === 'hidden')));
  }
  throw new AppError('field_read_only', 'Your role may not change these fields', refused);
}

/** An update input without the fields the actor may not change (a history restore puts back the rest). */
export function writableInput<T extends Row>(actor: Actor, kind: RecordType, input: T): T {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0) return input;
  const out: Row = { ...input };
  for (const field of kind.protectedFields ?? []) if (rights[field.name]) for (const key of field.inputKeys) delete out[key];
  if (typeof out.custom === 'object' && out.custom !== null) {
    out.custom = Object.fromEntries(Object.entries(out.custom as Row).filter(([key]) => !rights[`${CUSTOM}${key}`]));
  }
  return out as T;
}

/** The protected field a list filter or sort key names, if any (`custom.<key>` is its own field). */
function fieldNamed(kind: RecordType, name: string, how: 'filters' | 'sorts'): string | undefined {
  if (name.startsWith(CUSTOM)) return name;
  return kind.protectedFields?.find((f) => f[how]?.includes(name))?.name;
}

/**
 * Refuses filtering or sorting a list on a field hidden from the actor (it would tell the values
 * apart): 403 `field_hidden` naming the field.
 * @throws AppError field_hidden
 */
export function assertListable(actor: Actor, kind: RecordType, filter: { filter?: string; sort?: string }): void {
  const rights = fieldRightsFor(actor, kind.entityType);
  if (Object.keys(rights).length === 0) return;
  const hidden = (name: string | undefined) => name !== undefined && rights[name] === 'hidden';
  const refuse = (name: string) => {
    throw new AppError('field_hidden', 'The list cannot be filtered or sorted by a field your role does not see', { [name]: 'hidden' });
  };
  if (filter.sort) {
    const name = fieldNamed(kind, filter.sort.replace(/^-/, ''), 'sorts');
    if (hidden(name)) refuse(name!);
  }
  if (!filter.filter) return;
  let items: unknown;
  try {
    items = JSON.parse(filter.filter);
  } catch {
    return; // The filter parser answers its own 400.
  }
  if (!Array.isArray(items)) return;
  for (const item of items) {
    const field = typeof item === 'object' && item !== null ? (item as Row).field : undefined;
    if (typeof field !== 'string') continue;
    const name = fieldNamed(kind, field, 'filters');
    if (hidden(name)) refuse(name!);
  }
}

/**
 * Whether a search over the type must match names only for the actor: a field of its search
 * document (a standard one marked `searched`, or any custom field) is hidden from them, and a match
 * on it would tell them its value.
 */
export function searchLimitedToNames(actor: Actor, kind: RecordType): boolean {
  const rights = fieldRightsFor(actor, kind.entityType);
  return Object.entries(rights).some(([name, right]) => right === 'hidden'
    && (name.startsWith(CUSTOM) || kind.protectedFields?.some((f) => f.name === name && f.searched)));
}

/**
 * The search plan the actor may run over the type: as planned, or reduced to the name prefixes when
 * a searched field is hidden from them (no phone, email or text match that would reveal it).
 */
export function searchPlanFor(actor: Actor, kind: RecordType, plan: SearchPlan): SearchPlan {
  if (!searchLimitedToNames(actor, kind)) return plan;
  // The words stay for a match the record's own names confirm (its `sort_name` holds every name word, folded).
  const typed = plan.folded.split(' ');
  const nameWords = plan.words.map((forms, i) => [...new Set([typed[i] ?? '', ...forms])].filter((f) => f.length >= 3 && !f.startsWith('~')));
  return { ...plan, words: [], whole: [], prefixOnly: true, exact: { ...plan.exact, values: [] }, ...(nameWords.length > 0 && nameWords.every((f) => f.length > 0) ? { nameWords } : {}) };
}
