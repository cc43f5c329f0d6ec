import type { TFunction } from 'i18next';
import { formatShortDate } from '../../i18n/format';
import type { ClientEntity } from './duplicates.api';
import type { MergeableRecord } from './mergeRecord';

/** A value the user picks from one record. `key` is what POST /merges expects in `fields`. */
export interface MergeField {
  key: string;
  label: string;
  value: (record: MergeableRecord) => unknown;
  format: (value: unknown) => string;
}

const CONTACT_FIELDS = ['firstName', 'middleName', 'lastName', 'displayName', 'position', 'status', 'ownerId', 'birthday', 'source', 'website', 'notes'];
const COMPANY_FIELDS = ['name', 'legalName', 'taxId', 'website', 'industry', 'size', 'ownerId', 'source', 'notes'];

/** Empty values (null, '', [], {}) all count as "nothing here". */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A comparable form of a value, so that equal values in different records count as one. */
export function valueKey(value: unknown): string {
  if (isEmptyValue(value)) return '';
  if (typeof value === 'string') return value.trim();
  return JSON.stringify(value);
}

/** Any custom value as text: lists joined, yes/no, money as "12.50 EUR"; a definition-aware view is the card's job. */
export function formatCustomValue(t: TFunction, value: unknown): string {
  if (isEmptyValue(value)) return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.map((item) => formatCustomValue(t, item)).join(', ');
  if (typeof value === 'object') {
    const money = value as { amount?: unknown; currency?: unknown };
    if (typeof money.amount === 'number' && typeof money.currency === 'string') return `${(money.amount / 100).toFixed(2)} ${money.currency}`;
    return JSON.stringify(value);
  }
  return String(value);
}

function standardField(t: TFunction, entity: ClientEntity, key: string): MergeField {
  const label = t(`merge.fields.${key}`);
  if (key === 'ownerId') {
    return { key, label, value: (record) => record.owner?.id ?? null, format: () => '' };
  }
  if (key === 'status') {
    return { key, label, value: (record) => record.status, format: (value) => t(`merge.statuses.${String(value)}`, { defaultValue: String(value) }) };
  }
  if (key === 'birthday') {
    // A plain calendar date: formatted at noon UTC so no time zone moves it to another day.
    return { key, label, value: (record) => record.birthday, format: (value) => formatShortDate(`${String(value)}T12:00:00Z`, 'UTC') };
  }
  return { key, label: entity === 'company' && key === 'name' ? t('merge.fields.companyName') : label, value: (record) => record[key], format: (value) => String(value) };
}

/**
 * The fields a merge offers a choice for, standard ones first and then every custom key any record has.
 * `customLabels` names custom fields by key when their definitions are known.
 */
export function mergeFields(t: TFunction, entity: ClientEntity, records: MergeableRecord[], customLabels: Record<string, string> = {}): MergeField[] {
  const standard = (entity === 'company' ? COMPANY_FIELDS : CONTACT_FIELDS).map((key) => standardField(t, entity, key));
  const owners = new Map(records.flatMap((record) => (record.owner ? [[record.owner.id, record.owner.name] as const] : [])));
  for (const field of standard) if (field.key === 'ownerId') field.format = (value) => owners.get(String(value)) ?? String(value);
  const customKeys = [...new Set(records.flatMap((record) => Object.keys(record.custom ?? {})))];
  const custom = customKeys.map((key) => ({
    key: `custom.${key}`,
    label: customLabels[key] ?? key,
    value: (record: MergeableRecord) => record.custom?.[key],
    format: (value: unknown) => formatCustomValue(t, value),
  }));
  return [...standard, ...custom];
}

/** Only the fields whose values are not the same in every record need a choice. */
export function differingFields(fields: MergeField[], records: MergeableRecord[]): MergeField[] {
  return fields.filter((field) => new Set(records.map((record) => valueKey(field.value(record)))).size > 1);
}

/** The record whose value wins unless the user picks another: the kept record's, unless it has none. */
export function defaultWinner(field: MergeField, records: MergeableRecord[], survivorId: string): string {
  const survivor = records.find((record) => record.id === survivorId);
  if (survivor && !isEmptyValue(field.value(survivor))) return survivorId;
  return records.find((record) => !isEmptyValue(field.value(record)))?.id ?? survivorId;
}
