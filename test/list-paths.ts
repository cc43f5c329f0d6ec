/**
 * Every list path the contact and company lists offer, read from the record registry: each
 * standard filter column (with a value of its kind), each sort in both directions, and the list
 * parameters (status, owner, tag). The plan test runs each one and reads the database's plan.
 */
import '../src/modules/index.js';
import type { ColumnKind, RecordType } from '../src/platform/records/record-type.js';
import { recordType } from '../src/platform/records/registry.js';

export interface ListPath {
  /** A readable name for the test's title. */
  name: string;
  kind: RecordType;
  /** The list query as the API takes it (`sort`, `filter` JSON, `status`...). */
  query: Record<string, string>;
  /** The column an index must constrain (an index condition on it in the plan), if the path filters one. */
  indexed?: string;
  /** A ranked `q=` page: each part walks an index in its own order, so no query may sort its matches. */
  ranked?: boolean;
  /** An index the page must walk in the list's order (no sort of its matches) on both databases. */
  walks?: string;
}

const SAMPLE: Record<ColumnKind, { op: string; value: string }> = {
  text: { op: 'eq', value: 'Иванов' },
  enum: { op: 'eq', value: 'client' },
  id: { op: 'eq', value: '019ab0c2-0000-7000-8000-000000000001' },
  date: { op: 'eq', value: '1990-05-17' },
  time: { op: 'gte', value: '2026-11-01T00:00:00.000Z' },
  number: { op: 'eq', value: '42' },
};

/** Filter columns with no index on purpose (see the migration that indexes the others). */
export const UNINDEXED_FILTERS = new Set(['notes']);

/** The list paths of every record type. */
export function* listPaths(ownerId: string): Generator<ListPath> {
  // The two types the plan test fills with rows; a new type joins here with its own rows.
  const kinds = ['contact', 'company', 'deal', 'product'].map((name) => recordType(name)!);
  for (const kind of kinds) {
    for (const sort of kind.sorts.keys()) {
      for (const dir of ['', '-']) yield { name: `${kind.table} sorted by ${dir}${sort}`, kind, query: { sort: `${dir}${sort}` } };
    }
    for (const [field, spec] of kind.filterColumns) {
      const { op, value } = SAMPLE[spec.kind];
      const sample = spec.kind === 'id' ? ownerId : value;
      yield {
        name: `${kind.table} where ${field} ${op}`, kind,
        query: { sort: 'name', filter: JSON.stringify([{ field, op, value: sample }]) },
        indexed: UNINDEXED_FILTERS.has(field) ? undefined : spec.column,
      };
    }
    yield { name: `${kind.table} by owner`, kind, query: { sort: 'name', ownerId }, indexed: 'owner_id' };
    if (kind.features.tags) {
      yield { name: `${kind.table} by tag`, kind, query: { sort: 'name', tag: 'VIP' }, walks: 'record_tags_sort_idx' };
      yield { name: `${kind.table} by tag, by -name`, kind, query: { sort: '-name', tag: 'VIP' }, walks: 'record_tags_sort_idx' };
      yield { name: `${kind.table} by two tags`, kind, query: { sort: 'name', tag: 'VIP,Moscow' } };
    }
    if (kind.features.timeline) yield { name: `${kind.table} with no activity for 30 days`, kind, query: { sort: 'name', noActivityDays: '30' }, walks: `${kind.table}_sort_name_idx` };
    if (kind.features.search) {
      // The ranked `q=` list: name prefixes, then the search index's matches; and `q=` as a condition under another sort.
      yield { name: `${kind.table} q= a name prefix (ranked)`, kind, ranked: true, query: { sort: 'name', q: 'name 12' } };
      yield { name: `${kind.table} q= a word inside the document (ranked)`, kind, ranked: true, query: { sort: 'name', q: 'ivanov' } };
      yield { name: `${kind.table} q= phone digits (ranked)`, kind, ranked: true, query: { sort: 'name', q: '912 345 6' } };
      yield { name: `${kind.table} q= two letters (ranked)`, kind, ranked: true, query: { sort: 'name', q: 'na' } };
      yield { name: `${kind.table} q= sorted by -createdAt`, kind, query: { sort: '-createdAt', q: 'ivanov' } };
    }
    const status = kind.listParams?.get('status');
    // A status column is indexed; a status derived from other columns (a deal's close) is checked on the name walk.
    if (status) yield { name: `${kind.table} by status`, kind, query: { sort: 'name', status: status.sample ?? 'client' }, indexed: status.sample ? undefined : 'status' };
  }
}
