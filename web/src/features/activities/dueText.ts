import { formatShortDate } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { formatDay } from '../clients/formatDay';
import { addDays, fromWallTime, toWallTime } from './zonedTime';

/** What a due date is: an instant, or a whole day (`dueDay`, dated in the workspace's zone by the server). */
export interface Due {
  dueAt: string | null;
  allDay: boolean;
  dueDay: string | null;
}

/** A new due date as the API takes it: an instant, or a whole day. */
export type DueChange = { dueAt: string; dueDay?: undefined } | { dueDay: string; dueAt?: undefined };

/** The wall time of day (`14:05`) of an instant in a zone, in the interface language. */
export function formatTimeOfDay(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short', timeZone }).format(new Date(instant));
  } catch {
    return new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(new Date(instant));
  }
}

/** A due date in words: "23 Nov 2026, 14:05", or just the day for a whole day; `short` keeps only the time (a today list). */
export function formatDue(due: Due, timeZone: string, short = false): string {
  if (due.allDay && due.dueDay) return formatDay(due.dueDay);
  if (!due.dueAt) return '';
  return short ? formatTimeOfDay(due.dueAt, timeZone) : `${formatShortDate(due.dueAt, timeZone)}, ${formatTimeOfDay(due.dueAt, timeZone)}`;
}

/** The same due date moved by whole days from itself (or from today when it is overdue), keeping its time of day in the user's zone. */
export function shiftDue(due: Due, days: number, timeZone: string, today: string): DueChange {
  if (due.allDay || !due.dueAt) {
    const from = due.dueDay ?? today;
    return { dueDay: addDays(from < today ? today : from, days) };
  }
  const wall = toWallTime(due.dueAt, timeZone);
  const from = wall.slice(0, 10);
  return { dueAt: fromWallTime(`${addDays(from < today ? today : from, days)}T${wall.slice(11)}`, timeZone) };
}

/** Days from `today` to the next Monday (1 to 7). */
export function daysToMonday(today: string): number {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return (8 - weekday) % 7 || 7;
}
