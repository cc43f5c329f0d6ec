/**
 * Activities as the calendar shows them. The calendar runs in UTC and is handed wall times of the
 * user's zone dressed as UTC, so it draws them in that zone whatever the browser's own zone is;
 * `movedDue` turns a dropped event back into what the server takes.
 */
import type { EventInput } from '@fullcalendar/core';
import type { DueChange } from '../activities/dueText';
import { activityLook } from '../activities/kinds';
import { addDays, fromWallTime, toWallTime } from '../activities/zonedTime';

/** What the calendar needs of an activity. */
export interface CalendarActivity {
  id: string;
  version: number;
  kind: string;
  title: string;
  status: string;
  dueAt: string | null;
  allDay: boolean;
  /** A whole day's date (the workspace's day), when `allDay`. */
  dueDay: string | null;
  endsAt: string | null;
  canMove: boolean;
}

const dressed = (wall: string) => `${wall}Z`;

/** One activity as a calendar event: a whole day on its day, a meeting from start to end, a task at its time. */
export function toCalendarEvent(activity: CalendarActivity, timeZone: string): EventInput | null {
  const look = activityLook(activity.kind);
  const done = activity.status === 'done';
  const base = {
    id: activity.id,
    title: activity.title,
    editable: activity.canMove && !done,
    // A meeting keeps its length when moved; changing the length is the form's job.
    durationEditable: false,
    classNames: ['kt-activity', ...(done ? ['kt-activity-done'] : [])],
    backgroundColor: `var(--mantine-color-${look.color}-${done ? 2 : 6})`,
    borderColor: `var(--mantine-color-${look.color}-${done ? 3 : 7})`,
    textColor: done ? 'var(--mantine-color-dark-4)' : 'white',
    extendedProps: { kind: activity.kind, status: activity.status, version: activity.version },
  };
  if (activity.allDay && activity.dueDay) return { ...base, allDay: true, start: activity.dueDay, end: addDays(activity.dueDay, 1) };
  if (!activity.dueAt) return null;
  return {
    ...base,
    allDay: false,
    start: dressed(toWallTime(activity.dueAt, timeZone)),
    ...(activity.endsAt ? { end: dressed(toWallTime(activity.endsAt, timeZone)) } : {}),
  };
}

/** What an event dropped (or a slot chosen) at `start` means for the server: a whole day, or an instant in the user's zone. */
export function movedDue(start: Date, allDay: boolean, timeZone: string): DueChange {
  const wall = start.toISOString().slice(0, 19);
  return allDay ? { dueDay: wall.slice(0, 10) } : { dueAt: fromWallTime(wall, timeZone) };
}

/** The instants `from` / `to` of the visible range, for the calendar API. */
export function rangeOf(start: Date, end: Date, timeZone: string): { from: string; to: string } {
  return { from: fromWallTime(start.toISOString().slice(0, 19), timeZone), to: fromWallTime(end.toISOString().slice(0, 19), timeZone) };
}
