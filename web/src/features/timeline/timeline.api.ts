import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type QueryOf, type ResponseOf } from '../../api/client';

export type TimelineItem = ResponseOf<'/api/v1/timeline', 'get'>['items'][number];
export type SubjectType = QueryOf<'/api/v1/timeline', 'get'>['subjectType'];

export const timelineKeys = {
  /** Every record's feed (an activity shows on the feeds of all its records). */
  all: ['timeline'] as const,
  of: (subjectType: SubjectType, subjectId: string) => ['timeline', subjectType, subjectId] as const,
};

/** A record's feed, newest first, a page at a time. */
export function useTimeline(subjectType: SubjectType, subjectId: string) {
  return useInfiniteQuery({
    queryKey: timelineKeys.of(subjectType, subjectId),
    queryFn: ({ pageParam }) => apiGet('/api/v1/timeline', { query: { subjectType, subjectId, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Reloads a record's feed. */
export function useReloadTimeline(subjectType: SubjectType, subjectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: timelineKeys.of(subjectType, subjectId) });
}

/** Adding, changing and deleting notes on one record's feed, which reloads after each. */
export function useNoteMutations(subjectType: SubjectType, subjectId: string) {
  const reload = useReloadTimeline(subjectType, subjectId);
  const add = useMutation({
    mutationFn: (body: string) => apiPost('/api/v1/notes', { body: { subjectType, subjectId, body } }),
    onSuccess: () => reload(),
  });
  const update = useMutation({
    mutationFn: ({ id, body, version }: { id: string; body: string; version: number }) => apiPatch('/api/v1/notes/{id}', { path: { id }, body: { body, version } }),
    onSuccess: () => reload(),
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => apiDelete('/api/v1/notes/{id}', { path: { id }, query: { version: String(version) } }),
    onSuccess: () => reload(),
  });
  return { add, update, remove };
}
