import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { FieldFormat } from './changes';

/** A record another one refers to by id. */
export interface RecordRef {
  entityType: string;
  id: string;
}

/** What the screen knows of a referred record: its name, or null when the user may not see it (or it is gone). */
export type NameLookup = (entityType: string, id: string) => { name: string | null; deleted: boolean } | undefined;

const MAX_REFS = 100;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of the records a screen refers to, in one request (`GET /api/v1/record-names`), which
 * answers through each type's visibility: a record the user may not see comes back nameless.
 */
export function useRecordNames(refs: RecordRef[]): NameLookup {
  const keys = [...new Set(refs.filter((ref) => ID.test(ref.id)).map((ref) => `${ref.entityType}:${ref.id.toLowerCase()}`))].sort().slice(0, MAX_REFS);
  const query = useQuery({
    queryKey: ['record-names', keys],
    queryFn: async () => (await apiGet('/api/v1/record-names', { query: { refs: keys.join(',') } })).items,
    enabled: keys.length > 0,
    staleTime: 60_000,
  });
  return (entityType, id) => query.data?.find((item) => item.entityType === entityType && item.id === id.toLowerCase());
}

/** The ids the rows refer to, per the format's `reference`: what `useRecordNames` should fetch. */
export function referencedRecords(rows: Array<{ path: string; before?: unknown; after?: unknown }>, format: FieldFormat | undefined): RecordRef[] {
  if (!format?.reference) return [];
  const out: RecordRef[] = [];
  for (const row of rows) {
    const entityType = format.reference(row.path);
    if (!entityType) continue;
    for (const value of [row.before, row.after]) if (typeof value === 'string' && value) out.push({ entityType, id: value });
  }
  return out;
}

/**
 * The format with referred ids shown as names: "hidden record" for one the user may not see.
 */
export function withNames(format: FieldFormat | undefined, names: NameLookup, hiddenText: string): FieldFormat | undefined {
  if (!format?.reference) return format;
  return {
    ...format,
    value: (path, value, data) => {
      const entityType = format.reference?.(path);
      if (entityType && typeof value === 'string' && value) {
        const known = names(entityType, value);
        // An ellipsis while the names load, never the bare id.
        return known ? (known.name ?? hiddenText) : '…';
      }
      return format.value?.(path, value, data);
    },
  };
}
