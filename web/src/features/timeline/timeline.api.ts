import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface TimelineItem {
  id: string;
  kind: string;
  author: { id: string; name: string } | null;
  occurredAt: string;
  body: string | null;
  data: Record<string, unknown> | null;
  version: number;
  abilities?: { edit?: boolean; delete?: boolean };
}

export type SubjectType = 'contact' | 'company';

export function timelineKey(subjectType: SubjectType, subjectId: string) {
  return ['timeline', subjectType, subjectId] as const;
}

/** A record's feed, newest first, a page at a time. */
export function useTimeline(subjectType: SubjectType, subjectId: string) {
  return useInfiniteQuery({
    queryKey: timelineKey(subjectType, subjectId),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ subjectType, subjectId });
      if (pageParam) params.set('cursor', pageParam);
      return api<{ items: TimelineItem[]; nextCursor: string | null }>('GET', `/api/v1/timeline?${params.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export async function addNote(subjectType: SubjectType, subjectId: string, body: string): Promise<void> {
  await api('POST', '/api/v1/notes', { subjectType, subjectId, body });
}

export async function updateNote(id: string, body: string, version: number): Promise<void> {
  await api('PATCH', `/api/v1/notes/${id}`, { body, version });
}

export async function deleteNote(id: string, version: number): Promise<void> {
  await api('DELETE', `/api/v1/notes/${id}?version=${version}`);
}
