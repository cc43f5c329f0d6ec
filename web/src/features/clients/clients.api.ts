import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import { apiGet, apiPost, toSearch } from '../../api/client';
import { recordCollection } from '../../records/registry';
import type { DuplicateCandidate, DuplicateQuery, ListPage } from './clientTypes';
import { listParams, type ListFilters, type ListQueryParams, type ListSort } from './listQuery';

export const PAGE_SIZE = 50;

export const clientKeys = {
  /** Everything cached about one type's records: lists, pickers and cards. */
  all: (entity: string) => ['clients', entity] as const,
  lists: (entity: string) => [...clientKeys.all(entity), 'list'] as const,
  list: (entity: string, filters: ListFilters, sort: ListSort) => [...clientKeys.lists(entity), { filters, sort }] as const,
  picks: (entity: string, q: string) => [...clientKeys.all(entity), 'pick', q] as const,
  record: (entity: string, id: string) => [...clientKeys.all(entity), 'record', id] as const,
};

export const tagKeys = {
  of: (entity: string) => ['tags', entity] as const,
};

// Every record type answers its list in the same shape (`GET /api/v1/<plural>`, decision 0009); the rows are the type's own.
function fetchList<T>(entity: string, query: ListQueryParams): Promise<ListPage<T>> {
  return api<ListPage<T>>('GET', recordCollection(entity) + toSearch(query));
}

/** One page of a list; `count=1` only on the first page, where the total is shown. */
export function fetchListPage<T>(entity: string, filters: ListFilters, sort: ListSort, cursor: string | null): Promise<ListPage<T>> {
  return fetchList<T>(entity, { ...listParams(filters, sort), limit: String(PAGE_SIZE), ...(cursor ? { cursor } : { count: '1' }) });
}

/** A list loaded page by page ("load more"), keeping the previous rows while new filters load. */
export function useClientList<T>(entity: string, filters: ListFilters, sort: ListSort) {
  return useInfiniteQuery({
    queryKey: clientKeys.list(entity, filters, sort),
    queryFn: ({ pageParam }) => fetchListPage<T>(entity, filters, sort, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The URL that downloads the filtered, sorted list; with `columns`, only the columns the list shows (its name first). */
export function exportUrl(entity: string, filters: ListFilters, sort: ListSort, columns?: string[]): string {
  return `${recordCollection(entity)}/export${toSearch({ ...listParams(filters, sort), ...(columns?.length ? { columns: columns.join(',') } : {}) })}`;
}

/** Everything cached about a type's lists and pickers changed (not the open cards). */
function invalidateLists(queryClient: ReturnType<typeof useQueryClient>, entity: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: clientKeys.all(entity), predicate: (q) => q.queryKey[2] !== 'record' }),
    queryClient.invalidateQueries({ queryKey: tagKeys.of(entity) }),
  ]);
}

/** Reloads a type's lists (after records merged away, for example). */
export function useReloadClientLists(entity: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientKeys.all(entity) });
}

/** Keeps the cache in step after a record of the type was saved: its card shows the answer, lists reload. */
export function useRecordSaved(entity: string) {
  const queryClient = useQueryClient();
  return async (record: { id: string }) => {
    queryClient.setQueryData(clientKeys.record(entity, record.id), record);
    await invalidateLists(queryClient, entity);
  };
}

/** Reloads one record's card (after a conflict, or a change made from one of its tabs). */
export function useReloadRecord(entity: string) {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: clientKeys.record(entity, id) });
}

/** Tags in use on a record type, most used first (suggestions for inputs and filters); not asked for a type without tags. */
export function useTags(entity: string, enabled = true) {
  return useQuery({
    queryKey: tagKeys.of(entity),
    queryFn: async () => (await apiGet('/api/v1/tags', { query: { entity } })).items,
    staleTime: 60_000,
    enabled,
  });
}

/** Likely duplicates of a record about to be saved; the record itself is never among them. */
export async function checkDuplicates(query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const { items } = await apiPost('/api/v1/duplicates/check', { body: query });
  return items.filter((item) => item.id !== query.id);
}

/** Records of a type matching a text, for pickers (company for a contact, person for a company). */
export function useRecordSearch<T>(entity: string, q: string, enabled = true) {
  return useQuery({
    queryKey: clientKeys.picks(entity, q),
    queryFn: async () => (await fetchList<T>(entity, { limit: '20', sort: 'name', q: q.trim() || undefined })).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** Moves a record to the trash; its card leaves the cache and the lists reload. */
export function useDeleteRecord(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<unknown>('DELETE', `${recordCollection(entity)}/${encodeURIComponent(id)}${toSearch({ version: String(version) })}`),
    onSuccess: async (_answer, { id }) => {
      queryClient.removeQueries({ queryKey: clientKeys.record(entity, id) });
      await queryClient.invalidateQueries({ queryKey: clientKeys.all(entity) });
    },
  });
}
