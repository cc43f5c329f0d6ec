import type { RecordSearch } from '../../platform/records/record-type.js';
import { fromJson } from '../../platform/json.js';
import * as contacts from './contacts.repository.js';
import type { NameField, NameRole } from '../../platform/search/search-rank.js';
import { composedOrder } from '../../platform/text/name-order.js';

/** How contacts and companies show in global search; their search documents are rebuilt with their other derived rows (client-derived.ts). */

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const values = (json: unknown): string[] => (fromJson<Array<{ value?: unknown; e164?: unknown }>>(json) ?? []).map((x) => String(x.e164 ?? x.value ?? ''));
const names = (row: Record<string, unknown>, keys: string[]) => keys.map((k) => text(row[k]) ?? '');

type FieldSpec = [column: string, field: string, role: NameRole];
const PERSON_FIELDS: FieldSpec[] = [['last_name', 'lastName', 'surname'], ['first_name', 'firstName', 'given'], ['middle_name', 'middleName', 'middle']];
const COMPANY_FIELDS: FieldSpec[] = [['name', 'name', 'company'], ['legal_name', 'legalName', 'company']];

function fieldsOf(row: Record<string, unknown>, specs: FieldSpec[]): NameField[] {
  return specs.flatMap(([column, field, role]) => {
    const value = text(row[column]);
    return value === null ? [] : [{ field, value, role }];
  });
}

/**
 * A person's name fields for the ranking: surname, first and middle name, and the display name
 * only when it was typed by hand (a composed one holds the middle name, which would rank a
 * patronymic `Иванович` as a name starting with `Иванов`).
 */
function personFields(row: Record<string, unknown>): NameField[] {
  const fields = fieldsOf(row, PERSON_FIELDS);
  const display = text(row.display_name);
  const parts = { firstName: text(row.first_name), middleName: text(row.middle_name), lastName: text(row.last_name) };
  if (display !== null && composedOrder(display, parts) === null) fields.push({ field: 'displayName', value: display, role: 'name' });
  return fields;
}

/** A person: found by names, phones and emails; under the name, the position and the first company the viewer can see. */
export const CONTACT_SEARCH: RecordSearch = {
  slot: 0,
  columns: ['display_name', 'first_name', 'middle_name', 'last_name', 'position', 'phones', 'emails'],
  contactPoints: true,
  matchSource: (row) => ({ names: names(row, ['display_name', 'first_name', 'middle_name', 'last_name']), phones: values(row.phones), emails: values(row.emails), fields: personFields(row) }),
  async subtitles(db, actor, rows) {
    const companies = await contacts.firstCompanyNames(db, actor, rows.map((r) => r.id));
    return rows.map((row) => {
      const subtitle = [text(row.position), companies.get(row.id) ?? null].filter((s) => s !== null).join(', ');
      return subtitle === '' ? null : subtitle;
    });
  },
};

/** A company: found by its names, phones, emails and tax id; under the name, the tax id or else the first city. */
export const COMPANY_SEARCH: RecordSearch = {
  slot: 1,
  columns: ['name', 'legal_name', 'tax_id', 'addresses', 'phones', 'emails'],
  contactPoints: true,
  matchSource: (row) => ({ names: names(row, ['name', 'legal_name']), phones: values(row.phones), emails: values(row.emails), fields: fieldsOf(row, COMPANY_FIELDS) }),
  async subtitles(_db, _actor, rows) {
    return rows.map((row) => {
      const city = (fromJson<Array<{ city?: string }>>(row.addresses) ?? []).map((a) => text(a.city)).find((c) => c !== null) ?? null;
      return text(row.tax_id) ?? city;
    });
  },
};
