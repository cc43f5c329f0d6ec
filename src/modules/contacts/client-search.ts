import type { RecordSearch } from '../../platform/records/record-type.js';
import { fromJson } from '../../platform/json.js';
import * as contacts from './contacts.repository.js';

/** How contacts and companies show in global search; their search documents are rebuilt with their other derived rows (client-derived.ts). */

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const values = (json: unknown): string[] => (fromJson<Array<{ value?: unknown; e164?: unknown }>>(json) ?? []).map((x) => String(x.e164 ?? x.value ?? ''));
const names = (row: Record<string, unknown>, keys: string[]) => keys.map((k) => text(row[k]) ?? '');

/** A person: found by names, phones and emails; under the name, the position and the first company the viewer can see. */
export const CONTACT_SEARCH: RecordSearch = {
  slot: 0,
  columns: ['display_name', 'first_name', 'middle_name', 'last_name', 'position', 'phones', 'emails'],
  contactPoints: true,
  matchSource: (row) => ({ names: names(row, ['display_name', 'first_name', 'middle_name', 'last_name']), phones: values(row.phones), emails: values(row.emails) }),
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
  matchSource: (row) => ({ names: names(row, ['name', 'legal_name']), phones: values(row.phones), emails: values(row.emails) }),
  async subtitles(_db, _actor, rows) {
    return rows.map((row) => {
      const city = (fromJson<Array<{ city?: string }>>(row.addresses) ?? []).map((a) => text(a.city)).find((c) => c !== null) ?? null;
      return text(row.tax_id) ?? city;
    });
  },
};
