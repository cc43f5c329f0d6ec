import type { RecordSearch } from '../../platform/records/record-type.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * How products show in global search and the catalog's search box: found by name or SKU, with the
 * SKU under the name. The engine writes the search document after every write (slot 3).
 */
export const PRODUCT_SEARCH: RecordSearch = {
  slot: 3,
  columns: ['name', 'sku'],
  matchSource: (row) => ({ names: [String(row.name)], phones: [], emails: [] }),
  subtitles: async (_db, _actor, rows) => rows.map((row) => text(row.sku)),
  document: (row) => ({ names: [String(row.name)], phones: [], emails: [], other: [text(row.sku)].filter((v): v is string => v !== null) }),
};
