import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, apiUrl, type BodyOf, type QueryOf } from '../../api/client';
import type { BulkInput, BulkResult, ClientEntity, DuplicateCandidate, DuplicateQuery, ListPage } from './clientTypes';
import { listParams, type ListFilters, type ListSort } from './listQuery';

export const PAGE_SIZE = 50;

export const clientKeys = {
  /** Everything cached about one type's records: lists, pickers and cards. */
  all: (entity: ClientEntity) => ['clients', entity] as const,
  lists: (entity: ClientEntity) => [...clientKeys.all(entity), 'list'] as const,
  list: (entity: ClientEntity, filters: ListFilters, sort: ListSort) => [...clientKeys.lists(entity), { filters, sort }] as const,
  picks: (entity: ClientEntity, q: string) => [...clientKeys.all(entity), 'pick', q] as const,
  record: (entity: ClientEntity, id: string) => [...clientKeys.all(entity), 'record', id] as const,
};

export const tagKeys = {
  of: (entity: ClientEntity) => ['tags', entity] as const,
};

type ListQuery = QueryOf<'/api/v1/contacts', 'get'>;

function fetchList<T>(entity: ClientEntity, query: ListQuery): Promise<ListPage<T>> {
  const page = entity === 'contact' ? apiGet('/api/v1/contacts', { query }) : apiGet('/api/v1/companies', { query });
  return page as Promise<ListPage<T>>;
}

/** One page of a list; `count=1` only on the first page, where the total is shown. */
export function fetchListPage<T>(entity: ClientEntity, filters: ListFilters, sort: ListSort, cursor: string | null): Promise<ListPage<T>> {
  return fetchList<T>(entity, { ...listParams(filters, sort), limit: String(PAGE_SIZE), ...(cursor ? { cursor } : { count: '1' }) });
}

/** A list loaded page by page ("load more"), keeping the previous rows while new filters load. */
export function useClientList<T>(entity: ClientEntity, filters: ListFilters, sort: ListSort) {
  return useInfiniteQuery({
    queryKey: clientKeys.list(entity, filters, sort),
    queryFn: ({ pageParam }) => fetchListPage<T>(entity, filters, sort, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The URL that downloads the filtered list as CSV. */
export function exportUrl(entity: ClientEntity, filters: ListFilters, sort: ListSort): string {
  const query = listParams(filters, sort);
  return entity === 'contact' ? apiUrl('/api/v1/contacts/export', { query }) : apiUrl('/api/v1/companies/export', { query });
}

/** Everything cached about a type's lists and pickers changed (not the open cards). */
function invalidateLists(queryClient: ReturnType<typeof useQueryClient>, entity: ClientEntity) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: clientKeys.all(entity), predicate: (q) => q.queryKey[2] !== 'record' }),
    queryClient.invalidateQueries({ queryKey: tagKeys.of(entity) }),
  ]);
}

/** A bulk action on the selected records; lists and tags reload after it. */
export function useBulkAction(entity: ClientEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkInput): Promise<BulkResult> =>
      entity === 'contact'
        ? apiPost('/api/v1/contacts/bulk', { body: input })
        : // Only contacts have a status; the bar offers `set_status` on contacts alone.
          apiPost('/api/v1/companies/bulk', { body: input as BodyOf<'/api/v1/companies/bulk', 'post'> }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all(entity) }).then(() => queryClient.invalidateQueries({ queryKey: tagKeys.of(entity) })),
  });
}

/** Reloads a type's lists (after records merged away, for example). */
export function useReloadClientLists(entity: ClientEntity) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientKeys.all(entity) });
}

/** Keeps the cache in step after a record of the type was saved: its card shows the answer, lists reload. */
export function useRecordSaved(entity: ClientEntity) {
  const queryClient = useQueryClient();
  return async (record: { id: string }) => {
    queryClient.setQueryData(clientKeys.record(entity, record.id), record);
    await invalidateLists(queryClient, entity);
  };
}

/** Reloads one record's card (after a conflict, or a change made from one of its tabs). */
export function useReloadRecord(entity: ClientEntity) {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: clientKeys.record(entity, id) });
}

/** Tags in use on an entity, most used first (suggestions for inputs and filters). */
export function useTags(entity: ClientEntity) {
  return useQuery({
    queryKey: tagKeys.of(entity),
    queryFn: async () => (await apiGet('/api/v1/tags', { query: { entity } })).items,
    staleTime: 60_000,
  });
}

/** Likely duplicates of a record about to be saved; the record itself is never among them. */
export async function checkDuplicates(query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const { items } = await apiPost('/api/v1/duplicates/check', { body: query });
  return items.filter((item) => item.id !== query.id);
}

/** Records of an entity matching a text, for pickers (company for a contact, person for a company). */
export function useRecordSearch<T>(entity: ClientEntity, q: string, enabled = true) {
  return useQuery({
    queryKey: clientKeys.picks(entity, q),
    queryFn: async () => (await fetchList<T>(entity, { limit: '20', sort: 'name', q: q.trim() || undefined })).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export type LinkInput = BodyOf<'/api/v1/contact-companies/{linkId}', 'patch'>;

/**
 * Links between contacts and companies: link, change, unlink. Both cards and the contact lists
 * (which show company names) reload after each.
 */
export function useLinkMutations() {
  const queryClient = useQueryClient();
  const refresh = async ({ contactId, companyId }: { contactId?: string; companyId?: string }) => {
    if (contactId) await queryClient.invalidateQueries({ queryKey: clientKeys.record('contact', contactId) });
    if (companyId) await queryClient.invalidateQueries({ queryKey: clientKeys.record('company', companyId) });
    await queryClient.invalidateQueries({ queryKey: clientKeys.lists('contact') });
  };
  const link = useMutation({
    mutationFn: ({ contactId, ...input }: BodyOf<'/api/v1/contacts/{id}/companies', 'post'> & { contactId: string }) =>
      apiPost('/api/v1/contacts/{id}/companies', { path: { id: contactId }, body: input }),
    onSuccess: (_answer, { contactId, companyId }) => refresh({ contactId, companyId }),
  });
  const update = useMutation({
    mutationFn: ({ linkId, input }: { linkId: string; input: LinkInput; contactId?: string; companyId?: string }) =>
      apiPatch('/api/v1/contact-companies/{linkId}', { path: { linkId }, body: input }),
    onSuccess: (_answer, sides) => refresh(sides),
  });
  const remove = useMutation({
    mutationFn: ({ linkId }: { linkId: string; contactId?: string; companyId?: string }) => apiDelete('/api/v1/contact-companies/{linkId}', { path: { linkId } }),
    onSuccess: (_answer, sides) => refresh(sides),
  });
  return { link, update, remove };
}

/** Moves a record to the trash; its card leaves the cache and the lists reload. */
export function useDeleteRecord(entity: ClientEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      entity === 'contact' ? apiDelete('/api/v1/contacts/{id}', { path: { id }, query: { version: String(version) } }) : apiDelete('/api/v1/companies/{id}', { path: { id }, query: { version: String(version) } }),
    onSuccess: async (_answer, { id }) => {
      queryClient.removeQueries({ queryKey: clientKeys.record(entity, id) });
      await queryClient.invalidateQueries({ queryKey: clientKeys.all(entity) });
    },
  });
}
