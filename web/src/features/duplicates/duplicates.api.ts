import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import type { MergeableRecord } from './mergeRecord';

export type DuplicatePair = ResponseOf<'/api/v1/duplicates/pairs', 'get'>['items'][number];
export type PairSide = DuplicatePair['a'];
/** One shared value behind a pair; `kind` is any code the server sends, known to this app or not. */
/** One piece of evidence; `text` is the server's wording in the user's language. */
export type EvidenceDetail = { kind: string; value?: string; text?: string };
/** A merge as the server remembers it, for undoing it from the kept record's card. */
export type MergeSummary = ResponseOf<'/api/v1/merges', 'get'>['items'][number];
export type ClientEntity = MergeSummary['entity'];
export type MergeInput = BodyOf<'/api/v1/merges', 'post'>;
export type RecordTypeInfo = ResponseOf<'/api/v1/record-types', 'get'>['items'][number];

/** What the pair list is narrowed to: kinds of evidence every pair must have, and one owner. */
export interface PairFilter {
  evidence: string[];
  ownerId: string | null;
}

export const PAIRS_PAGE_SIZE = 25;

export const duplicateKeys = {
  all: ['duplicates'] as const,
  pairs: (entity: ClientEntity, filter: PairFilter) => ['duplicates', 'pairs', entity, filter] as const,
  recordTypes: ['duplicates', 'record-types'] as const,
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

/** The record types the user may see that can be merged (`features.merge`), in the server's order. */
export function useMergeableTypes() {
  return useQuery({
    queryKey: duplicateKeys.recordTypes,
    queryFn: async () => (await apiGet('/api/v1/record-types')).items.filter((type) => type.features.merge),
    staleTime: 5 * 60_000,
  });
}

/** Candidate duplicate pairs over the whole base, strongest first, a page at a time by cursor. */
export function useDuplicatePairs(entity: ClientEntity, filter: PairFilter) {
  return useInfiniteQuery({
    queryKey: duplicateKeys.pairs(entity, filter),
    queryFn: ({ pageParam }) =>
      apiGet('/api/v1/duplicates/pairs', {
        query: {
          entity,
          limit: PAIRS_PAGE_SIZE,
          cursor: pageParam || undefined,
          evidence: filter.evidence.length > 0 ? filter.evidence.join(',') : undefined,
          ownerId: filter.ownerId ?? undefined,
        },
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

type PairInput = BodyOf<'/api/v1/duplicates/dismissals', 'post'>;

/** "Not a duplicate": the pair leaves the list until an edit gives it new evidence. */
export function useDismissPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PairInput) => apiPost('/api/v1/duplicates/dismissals', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
  });
}

/** Undoes "not a duplicate": the pair is listed again. */
export function useUndismissPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PairInput) => apiDelete('/api/v1/duplicates/dismissals', { query: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicateKeys.all }),
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

/** Starts the background recheck of a type's pairs over the whole base; answers the job's id (the running one, if any). */
export function useRebuildPairs() {
  return useMutation({
    mutationFn: async (entity: ClientEntity) => (await apiPost('/api/v1/duplicates/rebuild', { body: { entity } })).jobId,
  });
}

/** Reloads the pair lists (after a recheck finished). */
export function useReloadPairs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: duplicateKeys.all });
}
