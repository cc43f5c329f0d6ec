/** Calendar arithmetic in a named time zone (a workspace's), on top of Intl: days and months as people there see them. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function dayIn(iso: string | number, timeZone: string): string {
  const w = wallClock(typeof iso === 'number' ? iso : Date.parse(iso), timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The instant (ISO, UTC) a local midnight of a day begins in the zone; DST shifts are taken into account. */
export function startOfDayIn(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  let guess = wall - offsetAt(wall, timeZone);
  // A second pass settles days whose offset differs from the one at the first guess (a DST change).
  guess = wall - offsetAt(guess, timeZone);
  return new Date(guess).toISOString();
}

/** The month (`YYYY-MM`) `n` months after another (negative: before). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The instants [start, end) that the months from `from` to `to` cover in the zone. */
export function monthRangeIn(from: string, to: string, timeZone: string): { start: string; end: string } {
  return { start: startOfDayIn(`${from}-01`, timeZone), end: startOfDayIn(`${addMonths(to, 1)}-01`, timeZone) };
}

/**
 * The instant (ISO, UTC) a wall-clock time of a day shows in the zone: `09:00` of a day stays 09:00
 * local across a daylight-saving change. A time the change skips reads as the hour after it.
 */
export function instantIn(day: string, minuteOfDay: number, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return new Date(guess).toISOString();
}

/** The minutes since local midnight an instant shows in the zone. */
export function minuteOfDayIn(iso: string, timeZone: string): number {
  const w = wallClock(Date.parse(iso), timeZone);
  return w.hour * 60 + w.minute;
}

/** The day `n` days after another (`YYYY-MM-DD`, negative: before). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whether the runtime knows a time zone name (`Europe/Sofia`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
