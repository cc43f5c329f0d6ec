import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../app/api';

export interface Notification {
  id: string;
  type: string;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

export const notificationsKey = ['notifications'] as const;
const POLL_MS = 60_000;

/** The user's notifications, polled every minute while the tab is visible (no realtime channel yet). */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api<{ items: Notification[]; unread: number }>('GET', '/api/v1/notifications'),
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.status === 404 ? false : POLL_MS),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

export async function markRead(id: string): Promise<void> {
  await api<void>('POST', `/api/v1/notifications/${id}/read`, {});
}

export async function markAllRead(): Promise<void> {
  await api<void>('POST', '/api/v1/notifications/read-all', {});
}
