import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, type QueryOf, type ResponseOf } from '../../api/client';
import { activityKeys } from '../activities/activities.api';

export type CalendarItem = ResponseOf<'/api/v1/calendar', 'get'>['items'][number];
type CalendarQuery = QueryOf<'/api/v1/calendar', 'get'>;

/** Whose activities the calendar shows: the viewer's, a colleague's or a department's. */
export type CalendarScope = { kind: 'me' } | { kind: 'user'; id: string } | { kind: 'department'; id: string };


function scopeQuery(scope: CalendarScope): Partial<CalendarQuery> {
  if (scope.kind === 'user') return { userId: scope.id };
  if (scope.kind === 'department') return { departmentId: scope.id };
  return {};
}

/** The tasks and meetings of a scope between two instants; the previous range stays on screen while the next loads. */
export function useCalendar(scope: CalendarScope, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: activityKeys.calendar(scope, range?.from ?? '', range?.to ?? ''),
    queryFn: async () => (await apiGet('/api/v1/calendar', { query: { from: range!.from, to: range!.to, ...scopeQuery(scope) } })).items,
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}
