import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type ResponseOf } from '../../api/client';
import { activityKeys, useActivityChanged } from '../activities/activities.api';
import type { DueChange } from '../activities/dueText';

export type MyDay = ResponseOf<'/api/v1/my-day', 'get'>;
export type MyDayItem = MyDay['overdue']['items'][number];
export type MyDayCounts = ResponseOf<'/api/v1/my-day/counts', 'get'>;

export const MY_DAY_SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type MyDaySection = (typeof MY_DAY_SECTIONS)[number];

/** The viewer's overdue, today's and upcoming tasks and meetings. */
export function useMyDay(userId: string) {
  return useQuery({
    queryKey: activityKeys.myDay(userId),
    queryFn: () => apiGet('/api/v1/my-day'),
  });
}

/** The counts the sidebar shows; cheap, refreshed every few minutes and after every change. */
export function useMyDayCounts() {
  return useQuery({
    queryKey: activityKeys.counts,
    queryFn: () => apiGet('/api/v1/my-day/counts'),
    refetchInterval: 5 * 60_000,
    staleTime: 30_000,
  });
}

type Change = { id: string; version: number } & ({ action: 'complete' } | ({ action: 'reschedule' } & DueChange));

// What My day looks like right after a change, before the server answers: a completed item stays
// in Today (which lists done ones too) ticked, and leaves the other sections; a moved one leaves.
function applied(day: MyDay, change: Change): MyDay {
  const next = { ...day };
  for (const section of MY_DAY_SECTIONS) {
    const group = day[section];
    const items =
      change.action === 'complete' && section === 'today'
        ? group.items.map((item) => (item.id === change.id ? { ...item, status: 'done' as const, overdue: false } : item))
        : group.items.filter((item) => item.id !== change.id);
    next[section] = { items, count: group.count - (group.items.length - items.length) };
  }
  return next;
}

/**
 * Completes or reschedules an item of My day at once on screen (it leaves its section), and puts it
 * back when the server refuses (a 409 because someone changed it, or any other error).
 */
export function useMyDayChange(userId: string) {
  const queryClient = useQueryClient();
  const changed = useActivityChanged();
  const key = activityKeys.myDay(userId);
  return useMutation({
    mutationFn: async (change: Change) =>
      change.action === 'complete'
        ? (await apiPost('/api/v1/activities/{id}/complete', { path: { id: change.id }, body: { version: change.version } })).activity
        : (await apiPost('/api/v1/activities/{id}/reschedule', { path: { id: change.id }, body: { version: change.version, ...(change.dueDay ? { dueDay: change.dueDay } : { dueAt: change.dueAt }) } })).activity,
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<MyDay>(key);
      if (before) queryClient.setQueryData<MyDay>(key, applied(before, change));
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: (activity) => changed(activity ?? undefined),
  });
}
