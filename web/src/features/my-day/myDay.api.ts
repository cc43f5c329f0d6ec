import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type ResponseOf } from '../../api/client';
import { activityKeys, useActivityChanged } from '../activities/activities.api';
import { optimistic, type MyDayChange } from './myDayState';

export type MyDay = ResponseOf<'/api/v1/my-day', 'get'>;
export type MyDayItem = MyDay['overdue']['items'][number];
export type MyDayCounts = ResponseOf<'/api/v1/my-day/counts', 'get'>;

export { MY_DAY_SECTIONS, type MyDaySection } from './myDayState';

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

/**
 * Completes or reschedules an item of My day at once on screen (it leaves its section), and puts it
 * back when the server refuses (a 409 because someone changed it, or any other error).
 */
export function useMyDayChange(userId: string) {
  const queryClient = useQueryClient();
  const changed = useActivityChanged();
  const key = activityKeys.myDay(userId);
  return useMutation({
    mutationFn: async (change: MyDayChange) =>
      change.action === 'complete'
        ? (await apiPost('/api/v1/activities/{id}/complete', { path: { id: change.id }, body: { version: change.version } })).activity
        : (await apiPost('/api/v1/activities/{id}/reschedule', { path: { id: change.id }, body: { version: change.version, ...(change.dueDay ? { dueDay: change.dueDay } : { dueAt: change.dueAt }) } })).activity,
    ...optimistic(queryClient, key),
    onSettled: (activity) => changed(activity ?? undefined),
  });
}
