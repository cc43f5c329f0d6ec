import { useEffect, useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost, apiPut, type BodyOf, type ResponseOf } from '../../api/client';
import { isApiError } from '../../app/api';

export type Notification = ResponseOf<'/api/v1/notifications', 'get'>['items'][number];
export type NotificationSettings = ResponseOf<'/api/v1/me/notification-settings', 'get'>;

export const notificationKeys = {
  all: ['notifications'] as const,
  settings: ['notifications', 'settings'] as const,
};
// The live channel brings new ones at once; the poll is the safety net when the stream is down.
const POLL_MS = 120_000;

/** The user's notifications, refreshed live (see `useLiveNotifications`) and polled as a fallback. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => apiGet('/api/v1/notifications'),
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.status === 404 ? false : POLL_MS),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}

/**
 * Listens to the user's live channel (`user:<id>`, server-sent events): each new notification
 * refreshes the list, and `onArrive` hears the ones of this page's lifetime (a toast for a reminder).
 */
export function useLiveNotifications(userId: string, onArrive: (notification: Notification) => void) {
  const queryClient = useQueryClient();
  const onArriveRef = useRef(onArrive);
  onArriveRef.current = onArrive;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/v1/live?channel=${encodeURIComponent(`user:${userId}`)}`);
    const seen = new Set<string>();
    const refresh = async (announce: string[]) => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all, exact: true });
      const data = queryClient.getQueryData<ResponseOf<'/api/v1/notifications', 'get'>>(notificationKeys.all);
      for (const id of announce) {
        const found = data?.items.find((n) => n.id === id);
        if (found && !seen.has(id)) {
          seen.add(id);
          onArriveRef.current(found);
        }
      }
    };
    source.addEventListener('change', (event) => {
      let ids: string[] = [];
      try {
        ids = (JSON.parse((event as MessageEvent<string>).data) as { ids?: { notifications?: string[] } }).ids?.notifications ?? [];
      } catch {
        // A message we cannot read still means "something new": refresh without a toast.
      }
      void refresh(ids);
    });
    source.addEventListener('resync', () => void refresh([]));
    let opened = 0;
    // After a reconnect, something may have arrived while the stream was down.
    source.addEventListener('open', () => {
      if (opened++ > 0) void refresh([]);
    });
    return () => source.close();
  }, [userId, queryClient]);
}

/** Marks one notification read (`id`), or all of them (no id); the bell reloads either way. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      id ? apiPost('/api/v1/notifications/{id}/read', { path: { id } }) : apiPost('/api/v1/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all, exact: true }),
  });
}

/** Which notification types also come by email. */
export function useNotificationSettings() {
  return useQuery({ queryKey: notificationKeys.settings, queryFn: () => apiGet('/api/v1/me/notification-settings') });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/me/notification-settings', 'put'>) => apiPut('/api/v1/me/notification-settings', { body }),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.settings, data),
  });
}

export const calendarFeedKeys = { all: ['calendar-feed'] as const };

/** Whether the user has a calendar address (its secret is shown only when made). */
export function useCalendarFeed() {
  return useQuery({ queryKey: calendarFeedKeys.all, queryFn: () => apiGet('/api/v1/me/calendar-feed') });
}

/** Makes a new calendar address (the old one stops working); answers it once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost('/api/v1/me/calendar-feed'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.all }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete('/api/v1/me/calendar-feed'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.all }),
  });
}
