import { useQueries } from '@tanstack/react-query';
import { api } from '../../app/api';
import { collectionOf, type ClientEntity } from './duplicates.api';

/** The parts of a contact or company (as GET /contacts/:id or /companies/:id answers) that a merge compares. */
export interface MergeableRecord {
  id: string;
  displayName?: string;
  name?: string;
  owner?: { id: string; name: string } | null;
  phones?: Array<{ value: string; e164: string | null; display: string }>;
  emails?: Array<{ value: string }>;
  messengers?: Array<{ type: string; value: string }>;
  addresses?: Array<Record<string, string | undefined>>;
  tags?: string[];
  custom?: Record<string, unknown>;
  createdAt: string;
  updatedAt?: string;
  version: number;
  abilities?: { edit: boolean; delete: boolean };
  [field: string]: unknown;
}

export function recordTitle(record: MergeableRecord): string {
  return (record.displayName ?? record.name ?? '').trim() || record.id;
}

/** Every record of a merge, loaded fresh (the dialog must compare current values). */
export function useMergeRecords(entity: ClientEntity, ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['merge-record', entity, id],
      queryFn: async () => {
        const body = await api<Record<string, MergeableRecord>>('GET', `/api/v1/${collectionOf(entity)}/${encodeURIComponent(id)}`);
        const record = body[entity];
        if (!record) throw new Error(`No ${entity} in the answer`);
        return record;
      },
      staleTime: 0,
    })),
  });
}
