/** Counting minutes within business hours in a workspace's time zone (DST included). */

export interface BusinessHours {
  /** ISO weekdays that are working days (Monday = 1 … Sunday = 7). */
  weekdays: readonly number[];
  /** `HH:MM` local; `to` may be `24:00`. */
  from: string;
  to: string;
  timeZone: string;
}

const MINUTE = 60_000;
/** A rule with one working day a week still finds its end within this many days. */
const MAX_DAYS = 800;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockMs(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

/** Minutes after midnight of `HH:MM`. */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The instant a local wall time (`day` at `minute` after midnight) happens in the zone. A wall time
 * skipped by a spring-forward change lands just after it; a repeated one takes the first.
 */
export function instantAt(day: { y: number; m: number; d: number }, minute: number, timeZone: string): number {
  const wall = Date.UTC(day.y, day.m - 1, day.d) + minute * MINUTE;
  let guess = wall - (wallClockMs(wall, timeZone) - wall);
  guess = wall - (wallClockMs(guess, timeZone) - guess);
  return guess;
}

function localDay(ms: number, timeZone: string): { y: number; m: number; d: number } {
  const w = new Date(wallClockMs(ms, timeZone));
  return { y: w.getUTCFullYear(), m: w.getUTCMonth() + 1, d: w.getUTCDate() };
}

function nextDay(day: { y: number; m: number; d: number }): { y: number; m: number; d: number } {
  const n = new Date(Date.UTC(day.y, day.m - 1, day.d + 1));
  return { y: n.getUTCFullYear(), m: n.getUTCMonth() + 1, d: n.getUTCDate() };
}

function isoWeekday(day: { y: number; m: number; d: number }): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() || 7;
}

/**
 * The instant `minutes` working minutes after `start`: only time inside the working hours of
 * working days counts, as the clock on the wall of the zone shows them.
 * @throws Error when the rule has no working time (callers validate that first)
 */
export function addBusinessMinutes(start: string, minutes: number, hours: BusinessHours): string {
  const startMs = Date.parse(start);
  let remaining = minutes * MINUTE;
  const open = minuteOfDay(hours.from);
  const close = minuteOfDay(hours.to);
  let day = localDay(startMs, hours.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    if (!hours.weekdays.includes(isoWeekday(day))) continue;
    const opens = instantAt(day, open, hours.timeZone);
    const closes = close >= 24 * 60 ? instantAt(nextDay(day), 0, hours.timeZone) : instantAt(day, close, hours.timeZone);
    const from = Math.max(startMs, opens);
    if (from >= closes) continue;
    if (from + remaining <= closes) return new Date(from + remaining).toISOString();
    remaining -= closes - from;
  }
  throw new Error('The business hours have no working time');
}
