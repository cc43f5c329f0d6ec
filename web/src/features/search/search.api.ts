import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, type ResponseOf } from '../../api/client';

export type SearchGroup = ResponseOf<'/api/v1/search', 'get'>['groups'][number];
export type SearchItem = SearchGroup['items'][number];
export type SearchEntity = SearchGroup['type'];
/** What made a result match, so the palette can say "by phone" when the name does not show it. */
export type SearchMatch = 'name' | 'phone' | 'email' | 'other';

/** Results per group; the palette is for jumping to a record, the lists are for browsing. */
export const SEARCH_LIMIT = 5;
/** The server refuses longer queries (validation), so the box never sends them. */
export const SEARCH_MAX_LENGTH = 200;

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string) => [...searchKeys.all, q] as const,
};

/**
 * Finds contacts and companies by name (Cyrillic or Latin), phone in any format, email or tax id.
 * @throws ApiError when the server refuses or cannot be reached.
 */
export async function searchClients(q: string, limit = SEARCH_LIMIT): Promise<SearchGroup[]> {
  return (await apiGet('/api/v1/search', { query: { q, limit: String(limit) } })).groups;
}

/** Search results for an already debounced query; nothing is asked for an empty one. */
export function useClientSearch(q: string) {
  const query = q.trim().slice(0, SEARCH_MAX_LENGTH);
  return useQuery({
    queryKey: searchKeys.query(query),
    queryFn: () => searchClients(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

/** The card of a search result (the group's `plural` is its list's path). */
export function recordPath(group: Pick<SearchGroup, 'plural'>, id: string): string {
  return `/${group.plural}/${encodeURIComponent(id)}`;
}

/** The group's list filtered by the query: where "all N results" leads. */
export function listPath(group: Pick<SearchGroup, 'plural'>, q: string): string {
  return `/${group.plural}?q=${encodeURIComponent(q)}`;
}

/** Whether a group has more matches than it shows, so "all N results" is worth offering. */
export function hasMoreResults(group: Pick<SearchGroup, 'items' | 'total' | 'totalCapped'>): boolean {
  return group.totalCapped || group.total > group.items.length;
}
