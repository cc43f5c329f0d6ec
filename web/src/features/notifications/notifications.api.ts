import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type ResponseOf } from '../../api/client';
import { isApiError } from '../../app/api';

export type Notification = ResponseOf<'/api/v1/notifications', 'get'>['items'][number];

export const notificationKeys = { all: ['notifications'] as const };
const POLL_MS = 60_000;

/** The user's notifications, polled every minute while the tab is visible (no realtime channel yet). */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => apiGet('/api/v1/notifications'),
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.status === 404 ? false : POLL_MS),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

/** Marks one notification read (`id`), or all of them (no id); the bell reloads either way. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      id ? apiPost('/api/v1/notifications/{id}/read', { path: { id } }) : apiPost('/api/v1/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
