/**
 * How the history panel and the audit log show a record's fields: as its card does. Labels come
 * from the type's translations, enum codes become their choice labels, phones are formatted, custom
 * fields follow their definitions (options, money, dates), owners and referred records read by name.
 */
import type { TFunction } from 'i18next';
import { parsedJson, type FieldFormat } from '../components/history/changes';
import type { CustomFieldDefLike } from '../features/custom-fields/customFields.api';
import { formatMoney as formatMoneyValue, isMoney } from '../features/custom-fields/money';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { formatDateTime, formatList, formatMoney, formatNumber, formatShortDate } from '../i18n/format';
import { findRecordRegistration } from './registry';

/** Columns derived from the record on every write, or kept for the system: nothing a person changed. */
const BOOKKEEPING = new Set([
  'owner_department_id', 'sort_name', 'name_key', 'tax_id_key', 'last_activity_at', 'next_activity_at', 'created_by', 'deleted_by',
  'deleted_at', 'merged_into_id', 'board_position', 'stage_entered_at', 'closed_at', 'search_text',
]);
/** Fields that name a colleague by id. */
const USER_FIELDS = /^(owner_id|ownerId|assignee_id|assigneeId|user_id|userId|.+_user_id|.+UserId)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What `t` answers when none of the keys has a translation. */
const NONE = '\u0000';

export interface RecordFormatSources {
  t: TFunction;
  /** The type's translation namespace (`contacts`, `deals`). */
  ns: string;
  timeZone: string;
  /** The workspace's country: its phones read in national form, as the card shows them. */
  country: string;
  /** Choice labels of the type's enum fields, by API field name (`status` → `lead` → "Lead"). */
  choices: Record<string, Record<string, string>>;
  /** The type's custom fields, retired ones included (old versions hold their values). */
  defs: readonly CustomFieldDefLike[];
  userName: (id: string) => string | undefined;
}

/** `owner_id` → `ownerId`. */
function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function calendarDay(value: string): string {
  // A calendar day has no time zone: read at noon UTC so it never moves to the day before.
  return formatShortDate(`${value}T12:00:00Z`, 'UTC');
}

/** The referred type of `company_id` / `companyId`: a registered record type, else nothing. */
export function referredType(path: string): string | undefined {
  const match = /^([a-z]+(?:_[a-z]+)*)_id$/.exec(path) ?? /^([a-z]+)Id$/.exec(path);
  if (!match?.[1] || match[1] === 'owner') return undefined;
  return findRecordRegistration(match[1]) ? match[1] : undefined;
}

/** One custom field's value as its card row shows it, as text. */
export function customValueText(t: TFunction, def: CustomFieldDefLike, value: unknown, timeZone: string, userName: (id: string) => string | undefined): string {
  const option = (key: unknown) => def.options.find((o) => o.key === key)?.label ?? String(key);
  switch (def.type) {
    case 'checkbox':
      return value === true ? t('customFields.value.yes') : t('customFields.value.no');
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'money':
      return isMoney(value) ? formatMoneyValue(value) : String(value);
    case 'date':
      return typeof value === 'string' && DAY.test(value) ? calendarDay(value) : String(value);
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value, timeZone) : String(value);
    case 'select':
      return option(value);
    case 'multi_select':
      return formatList((Array.isArray(value) ? value : [value]).map(option));
    case 'user':
      return userName(String(value)) ?? t('customFields.value.unknownUser');
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A stored phone as the card shows it: national when it is the workspace country's, else international. */
function phoneText(e164: string, country: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === country.toUpperCase() ? parsed.formatNational() : parsed.formatInternational();
}

/** A phone, e-mail, messenger or address entry as one line: "+359 88 712 3456 (mobile)". */
function pointText(t: TFunction, field: string, item: unknown, country: string): string {
  if (typeof item === 'string') return item;
  if (!item || typeof item !== 'object') return String(item);
  const o = item as Record<string, unknown>;
  const type = typeof o.type === 'string' ? o.type : null;
  const kind = (group: string) => (type ? t(`clients.${group}.${type}`, { defaultValue: type }) : null);
  if (field === 'phones') {
    const number = typeof o.e164 === 'string' && o.e164 ? phoneText(o.e164, country) : String(o.value ?? '');
    return type ? `${number} (${kind('phoneTypes')})` : number;
  }
  if (field === 'emails') return type ? `${String(o.value ?? '')} (${kind('emailTypes')})` : String(o.value ?? '');
  if (field === 'messengers') return type ? `${kind('messengerTypes')}: ${String(o.value ?? '')}` : String(o.value ?? '');
  if (field === 'addresses') return ['street', 'city', 'region', 'postcode', 'country'].map((k) => o[k]).filter((v) => typeof v === 'string' && v).join(', ');
  for (const key of ['value', 'name', 'title', 'label']) if (typeof o[key] === 'string') return o[key];
  return '';
}

/** The history and audit format of one record type's fields. */
export function recordHistoryFormat(sources: RecordFormatSources): FieldFormat {
  const { t, ns, timeZone, country, choices, defs, userName } = sources;
  const defOf = (key: string | undefined) => defs.find((def) => def.key === key);
  return {
    hidden: (path) => {
      const head = path.split('.')[0] ?? path;
      return BOOKKEEPING.has(head) || head.endsWith('_key');
    },
    reference: (path) => referredType(path),
    // A custom field's value is one value even when it is an object (money).
    leaf: (path) => path.startsWith('custom.'),
    label: (path) => {
      const [head = path, key] = path.split('.');
      if (head === 'custom' && key) return defOf(key)?.label ?? key;
      const field = camel(head);
      const bare = field.endsWith('Id') ? field.slice(0, -2) : field;
      const keys = [`${ns}.fields.${field}`, `${ns}.fields.${bare}`, `clients.fields.${field}`, `clients.fields.${bare}`, `history.fields.${head}`, `entities.${bare}`];
      const label = t(keys, { defaultValue: NONE });
      return label === NONE ? undefined : label;
    },
    value: (path, raw, data) => {
      const [head = path, key] = path.split('.');
      const value = parsedJson(raw);
      if (value === null || value === undefined || value === '') return undefined;
      if (head === 'custom' && key) {
        const def = defOf(key);
        return def ? customValueText(t, def, value, timeZone, userName) : undefined;
      }
      const field = camel(head);
      if (USER_FIELDS.test(head) && typeof value === 'string') return userName(value) ?? t('customFields.value.unknownUser');
      const labels = choices[field];
      if (labels && typeof value === 'string') return labels[value] ?? value;
      if (head === 'amount' && (typeof value === 'number' || typeof value === 'string') && typeof data?.currency === 'string') {
        return formatMoney(Number(value), data.currency);
      }
      if (typeof value === 'string' && DAY.test(value)) return calendarDay(value);
      if (Array.isArray(value)) {
        const lines = value.map((item) => pointText(t, head, item, country)).filter(Boolean);
        return lines.length > 0 ? lines.join('; ') : t('history.items', { count: value.length });
      }
      return undefined;
    },
  };
}
