/**
 * Wall-clock times in a named time zone (the user's), for screens that work in local days and
 * hours (the calendar, due-date pickers) while the server keeps UTC instants.
 */
import { zoneOffsetMinutes } from '../../i18n/format';

const pad = (n: number) => String(n).padStart(2, '0');

function offset(date: Date, timeZone: string): number {
  try {
    return zoneOffsetMinutes(date, timeZone);
  } catch {
    // An unknown zone name reads as UTC rather than breaking the screen.
    return 0;
  }
}

/** The wall time (`YYYY-MM-DDTHH:mm:ss`) an instant shows in `timeZone`. */
export function toWallTime(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const wall = new Date(date.getTime() + offset(date, timeZone) * 60_000);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function dayInZone(instant: Date | string, timeZone: string): string {
  return toWallTime(instant, timeZone).slice(0, 10);
}

/**
 * The UTC instant (ISO) of a wall time (`YYYY-MM-DDTHH:mm[:ss]`) in `timeZone`. A time skipped by a
 * daylight-saving jump lands an hour later; a repeated one takes its first occurrence.
 */
export function fromWallTime(wall: string, timeZone: string): string {
  const [day = '', time = '00:00:00'] = wall.split('T');
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh = 0, mm = 0, ss = 0] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss);
  // Twice, so a time on a day the offset changes still finds its own offset.
  const first = guess - offset(new Date(guess), timeZone) * 60_000;
  const second = guess - offset(new Date(first), timeZone) * 60_000;
  return new Date(second).toISOString();
}

/** Moves a wall day (`YYYY-MM-DD`) by whole days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
