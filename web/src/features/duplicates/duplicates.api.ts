import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import type { MergeableRecord } from './mergeRecord';

export type DuplicateGroup = ResponseOf<'/api/v1/duplicates', 'get'>['groups'][number];
export type DuplicateRecord = DuplicateGroup['records'][number];
export type DuplicateReason = DuplicateGroup['reasons'][number];
/** A merge as the server remembers it, for undoing it from the kept record's card. */
export type MergeSummary = ResponseOf<'/api/v1/merges', 'get'>['items'][number];
export type ClientEntity = MergeSummary['entity'];
export type MergeInput = BodyOf<'/api/v1/merges', 'post'>;

export const duplicateKeys = {
  groups: (entity: ClientEntity) => ['duplicates', entity] as const,
};
export const mergeKeys = {
  list: (entity: ClientEntity, survivorId: string | null) => ['merges', entity, survivorId] as const,
  /** A record about to be merged, loaded fresh. */
  record: (entity: ClientEntity, id: string) => ['merge-record', entity, id] as const,
  customLabels: (entity: ClientEntity) => ['merge-custom-fields', entity] as const,
};

/** The REST collection of an entity: `contacts` or `companies`. */
export function collectionOf(entity: ClientEntity): 'contacts' | 'companies' {
  return entity === 'company' ? 'companies' : 'contacts';
}

/** The card of a contact or company. */
export function cardPath(entity: ClientEntity, id: string): string {
  return `/${collectionOf(entity)}/${encodeURIComponent(id)}`;
}

/** Groups of records that look like one person or company, most certain first. */
export function useDuplicateGroups(entity: ClientEntity, enabled = true) {
  return useQuery({
    queryKey: duplicateKeys.groups(entity),
    queryFn: async () => (await apiGet('/api/v1/duplicates', { query: { entity } })).groups,
    enabled,
  });
}

/**
 * Merges records into the survivor; phones, emails, messengers, addresses and tags are combined by the server.
 * Everything that listed the merged records (lists, duplicates, search) is stale after it, so all reloads.
 * @throws ApiError (404 when a record is gone or invisible, 409 when one changed, 422 `mergedIds: self`).
 */
export function useMergeRecords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: MergeInput): Promise<MergeSummary> => (await apiPost('/api/v1/merges', { body: input })).merge,
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/**
 * Puts merged records back as they were; they reappear in lists, search and duplicates, so all reloads.
 * @throws ApiError 409 when the kept record changed since the merge, 403 for someone else's merge.
 */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string): Promise<MergeSummary> => (await apiPost('/api/v1/merges/{id}/undo', { path: { id } })).merge,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Recent merges (into one record when `survivorId` is given) that the signed-in user can undo now, newest first. */
export function useUndoableMerges(entity: ClientEntity, survivorId?: string) {
  return useQuery({
    queryKey: mergeKeys.list(entity, survivorId ?? null),
    queryFn: async () => {
      const { items } = await apiGet('/api/v1/merges', { query: { entity, survivorId } });
      return items
        .filter((merge) => !merge.undoneAt && merge.canUndo && (!survivorId || merge.survivorId === survivorId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}

/** Every record of a merge, loaded fresh (the dialog must compare current values). */
export function useMergeCandidates(entity: ClientEntity, ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: mergeKeys.record(entity, id),
      queryFn: async (): Promise<MergeableRecord> =>
        entity === 'contact'
          ? (await apiGet('/api/v1/contacts/{id}', { path: { id } })).contact
          : (await apiGet('/api/v1/companies/{id}', { path: { id } })).company,
      staleTime: 0,
    })),
  });
}

/** Custom field names by key; without the right to read definitions there are none (the keys are shown). */
export function useMergeCustomLabels(entity: ClientEntity) {
  return useQuery({
    queryKey: mergeKeys.customLabels(entity),
    queryFn: async () => (await apiGet('/api/v1/custom-fields', { query: { entity, includeRetired: '1' } })).items,
    retry: false,
    staleTime: 60_000,
  });
}
