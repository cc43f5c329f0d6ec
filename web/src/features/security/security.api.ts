import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet, type QueryOf, type ResponseOf } from '../../api/client';

export type ReadEntry = ResponseOf<'/api/v1/security/reads', 'get'>['items'][number];
export type RefusedRow = ResponseOf<'/api/v1/security/refused', 'get'>['items'][number];
export type ReadFilter = Omit<NonNullable<QueryOf<'/api/v1/security/reads', 'get'>>, 'cursor' | 'limit'>;
export type RefusedFilter = Omit<NonNullable<QueryOf<'/api/v1/security/refused', 'get'>>, 'limit'>;

export const securityKeys = {
  reads: (filter: ReadFilter) => ['security', 'reads', filter] as const,
  refused: (filter: RefusedFilter) => ['security', 'refused', filter] as const,
};

const PAGE_SIZE = 50;

/** The read audit, newest first, page by page, with the totals of the filtered period. */
export function useReadLog(filter: ReadFilter) {
  return useInfiniteQuery({
    queryKey: securityKeys.reads(filter),
    queryFn: ({ pageParam }) => apiGet('/api/v1/security/reads', { query: { ...filter, limit: String(PAGE_SIZE), cursor: pageParam || undefined } }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Refused requests, one row per person, route and minute. */
export function useRefusedAttempts(filter: RefusedFilter) {
  return useQuery({
    queryKey: securityKeys.refused(filter),
    queryFn: () => apiGet('/api/v1/security/refused', { query: { ...filter, limit: '200' } }),
  });
}
