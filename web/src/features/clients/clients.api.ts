import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { apiCollection, type BulkAction, type ClientEntity, type DuplicateCandidate, type ListPage } from './clientTypes';
import { listParams, type ListFilters, type ListSort } from './listQuery';

export const PAGE_SIZE = 50;

export function clientsKey(entity: ClientEntity) {
  return ['clients', entity] as const;
}

export function recordKey(entity: ClientEntity, id: string) {
  return ['clients', entity, 'record', id] as const;
}

/** One page of a list; `count=1` only on the first page, where the total is shown. */
export async function fetchListPage<T>(entity: ClientEntity, filters: ListFilters, sort: ListSort, cursor: string | null): Promise<ListPage<T>> {
  const params = listParams(filters, sort);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  else params.set('count', '1');
  return api<ListPage<T>>('GET', `${apiCollection(entity)}?${params.toString()}`);
}

/** A list loaded page by page ("load more"), keeping the previous rows while new filters load. */
export function useClientList<T>(entity: ClientEntity, filters: ListFilters, sort: ListSort) {
  return useInfiniteQuery({
    queryKey: [...clientsKey(entity), 'list', { filters, sort }],
    queryFn: ({ pageParam }) => fetchListPage<T>(entity, filters, sort, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The URL that downloads the filtered list as CSV. */
export function exportUrl(entity: ClientEntity, filters: ListFilters, sort: ListSort): string {
  return `${apiCollection(entity)}/export?${listParams(filters, sort).toString()}`;
}

export async function runBulk(
  entity: ClientEntity,
  input: { ids: string[]; action: BulkAction; ownerId?: string; tags?: string[]; status?: string },
): Promise<{ updated: number; skipped: number }> {
  return api('POST', `${apiCollection(entity)}/bulk`, input);
}

/** Tags in use on an entity, most used first (suggestions for inputs and filters). */
export function useTags(entity: ClientEntity) {
  return useQuery({
    queryKey: ['tags', entity],
    queryFn: async () => (await api<{ items: Array<{ tag: string; count: number }> }>('GET', `/api/v1/tags?entity=${entity}`)).items,
    staleTime: 60_000,
  });
}

export interface DuplicateQuery {
  entity: ClientEntity;
  id?: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
  name?: string;
  phones?: string[];
  emails?: string[];
  taxId?: string;
}

/** Likely duplicates of a record about to be saved; the record itself is never among them. */
export async function checkDuplicates(query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const { items } = await api<{ items: DuplicateCandidate[] }>('POST', '/api/v1/duplicates/check', query);
  return items.filter((item) => item.id !== query.id);
}

/** Records of an entity matching a text, for pickers (company for a contact, person for a company). */
export function useRecordSearch<T>(entity: ClientEntity, q: string, enabled = true) {
  return useQuery({
    queryKey: [...clientsKey(entity), 'pick', q],
    queryFn: async () => {
      const params = new URLSearchParams({ limit: '20', sort: 'name' });
      if (q.trim()) params.set('q', q.trim());
      return (await api<ListPage<T>>('GET', `${apiCollection(entity)}?${params.toString()}`)).items;
    },
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export interface LinkInput {
  role?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
}

export async function linkContactToCompany(contactId: string, input: LinkInput & { companyId: string }): Promise<void> {
  await api('POST', `/api/v1/contacts/${contactId}/companies`, input);
}

export async function updateLink(linkId: string, input: LinkInput): Promise<void> {
  await api('PATCH', `/api/v1/contact-companies/${linkId}`, input);
}

export async function removeLink(linkId: string): Promise<void> {
  await api('DELETE', `/api/v1/contact-companies/${linkId}`);
}

export async function deleteRecord(entity: ClientEntity, id: string, version: number): Promise<void> {
  await api('DELETE', `${apiCollection(entity)}/${id}?version=${version}`);
}
