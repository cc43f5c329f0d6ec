import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { clientKeys, useRecordSaved } from '../clients/clients.api';
import { timelineKeys } from '../timeline/timeline.api';
import type { DueChange } from './dueText';

export type Activity = ResponseOf<'/api/v1/activities/{id}', 'get'>['activity'];
export type ActivityListItem = ResponseOf<'/api/v1/activities', 'get'>['items'][number];
export type ActivityInput = BodyOf<'/api/v1/activities', 'post'>;
export type ActivityPatch = BodyOf<'/api/v1/activities/{id}', 'patch'>;
export type ActivityStatus = Activity['status'];
export type Priority = Activity['priority'];
export type Direction = NonNullable<Activity['direction']>;

export const ACTIVITY_STATUSES = ['planned', 'done'] as const satisfies readonly ActivityStatus[];
export const PRIORITIES = ['low', 'normal', 'high'] as const satisfies readonly Priority[];
export const DIRECTIONS = ['out', 'in'] as const satisfies readonly Direction[];

/** The link parameter of the records an activity can belong to. */
export type LinkParam = 'contactId' | 'companyId' | 'dealId';

/** Everything that shows planned work: my day, its counts, the calendar, the cards' panels. */
const PLANNED = ['activities', 'planned'] as const;

export const activityKeys = {
  planned: PLANNED,
  myDay: (userId: string) => [...PLANNED, 'my-day', userId] as const,
  counts: [...PLANNED, 'counts'] as const,
  calendar: (scope: unknown, from: string, to: string) => [...PLANNED, 'calendar', scope, from, to] as const,
  of: (param: LinkParam, id: string) => [...PLANNED, 'of', param, id] as const,
  types: ['activity-types'] as const,
};

/** Loads one activity. @throws ApiError */
export async function fetchActivity(id: string): Promise<Activity> {
  return (await apiGet('/api/v1/activities/{id}', { path: { id } })).activity;
}

/** The planned activities of a contact, company or deal, soonest first. */
export function useActivitiesOf(param: LinkParam, id: string) {
  return useQuery({
    queryKey: activityKeys.of(param, id),
    queryFn: () =>
      apiGet('/api/v1/activities', { query: { filter: JSON.stringify([{ field: param, op: 'eq', value: id }]), status: 'planned', sort: 'dueAt', limit: '5', count: '1' } }),
  });
}

/** The kinds of activity: the built-in ones, then the workspace's own (retired ones marked). */
export function useActivityTypes() {
  return useQuery({
    queryKey: activityKeys.types,
    queryFn: async () => (await apiGet('/api/v1/activity-types')).items,
    staleTime: 60_000,
  });
}

/**
 * Keeps the cache in step after an activity changed: its card, the lists, everything planned, the
 * feeds of its records and the deals (whose next step may have moved).
 */
export function useActivityChanged() {
  const queryClient = useQueryClient();
  const saved = useRecordSaved('activity');
  return async (activity?: Activity) => {
    await Promise.all([
      activity ? saved(activity) : queryClient.invalidateQueries({ queryKey: clientKeys.all('activity') }),
      queryClient.invalidateQueries({ queryKey: activityKeys.planned }),
      queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
      queryClient.invalidateQueries({ queryKey: clientKeys.all('deal') }),
    ]);
  };
}

/** Creates an activity, or changes one when `id` is given (with the version it was read at). */
export function useSaveActivity() {
  const changed = useActivityChanged();
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: ActivityInput } | { id: string; input: ActivityPatch }): Promise<Activity> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/activities/{id}', { path: { id: args.id }, body: args.input })).activity
        : (await apiPost('/api/v1/activities', { body: args.input })).activity,
    onSuccess: (activity) => changed(activity),
  });
}

/** Marks a planned activity done, with an optional result; a stale version answers 409. */
export function useCompleteActivity() {
  const changed = useActivityChanged();
  return useMutation({
    mutationFn: async ({ id, version, result }: { id: string; version: number; result?: string | null }): Promise<Activity> =>
      (await apiPost('/api/v1/activities/{id}/complete', { path: { id }, body: { version, ...(result ? { result } : {}) } })).activity,
    onSettled: (activity) => changed(activity ?? undefined),
  });
}

/** Moves a planned activity to a new due time or day (and a meeting's end with it); a stale version answers 409. */
export function useRescheduleActivity() {
  const changed = useActivityChanged();
  return useMutation({
    mutationFn: async ({ id, version, dueAt, dueDay, endsAt }: { id: string; version: number; endsAt?: string } & DueChange): Promise<Activity> =>
      (await apiPost('/api/v1/activities/{id}/reschedule', { path: { id }, body: { version, ...(dueDay ? { dueDay } : { dueAt }), ...(endsAt ? { endsAt } : {}) } })).activity,
    onSettled: (activity) => changed(activity ?? undefined),
  });
}
