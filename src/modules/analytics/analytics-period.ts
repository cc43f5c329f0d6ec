import { AppError } from '../../platform/errors.js';
import { addDays, addMonths, startOfDayIn } from '../../platform/time-zone.js';

/** Periods and time buckets in the workspace's time zone; pure, so both databases group alike. */

export const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** At most this many buckets on one time axis (a year of days and a bit). */
export const MAX_BUCKETS = 400;
/** At most this many days in one period (ten years). */
export const MAX_PERIOD_DAYS = 3660;

/** A period of whole local days: `from`..`to` inclusive, and the instants [start, end) they cover. */
export interface Period {
  from: string;
  to: string;
  start: string;
  end: string;
  timeZone: string;
}

/** One bucket of a time axis: its label, its first local day and its instants [start, end). */
export interface BucketRange {
  label: string;
  firstDay: string;
  start: string;
  end: string;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The period of a query: `from`..`to` (default: the current month of `today`).
 * @throws AppError validation_failed (`to: before_from`, `to: too_long`)
 */
export function periodOf(query: { from?: string; to?: string }, today: string, timeZone: string): Period {
  const from = query.from ?? (query.to ? `${query.to.slice(0, 7)}-01` : `${today.slice(0, 7)}-01`);
  const to = query.to ?? addDays(`${addMonths(from.slice(0, 7), 1)}-01`, -1);
  if (to < from) throw new AppError('validation_failed', 'The period ends before it starts', { to: 'before_from' });
  if (dayNumber(to) - dayNumber(from) >= MAX_PERIOD_DAYS) throw new AppError('validation_failed', `A period spans at most ${MAX_PERIOD_DAYS} days`, { to: 'too_long' });
  return { from, to, start: startOfDayIn(from, timeZone), end: startOfDayIn(addDays(to, 1), timeZone), timeZone };
}

/** The first local day of the bucket holding `day` (weeks start on Monday). */
export function bucketStart(day: string, bucket: Bucket): string {
  switch (bucket) {
    case 'day':
      return day;
    case 'week': {
      const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
      return addDays(day, -weekday);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'quarter': {
      const month = Number(day.slice(5, 7));
      return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    }
    case 'year':
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** The first local day of the bucket after the one starting on `first`. */
export function nextBucketStart(first: string, bucket: Bucket): string {
  switch (bucket) {
    case 'day':
      return addDays(first, 1);
    case 'week':
      return addDays(first, 7);
    case 'month':
      return `${addMonths(first.slice(0, 7), 1)}-01`;
    case 'quarter':
      return `${addMonths(first.slice(0, 7), 3)}-01`;
    case 'year':
      return `${Number(first.slice(0, 4)) + 1}-01-01`;
  }
}

/** How a bucket is named: `2026-03-02` (day, week's Monday), `2026-03`, `2026-Q1`, `2026`. */
export function bucketLabel(first: string, bucket: Bucket): string {
  if (bucket === 'month') return first.slice(0, 7);
  if (bucket === 'quarter') return `${first.slice(0, 4)}-Q${Math.floor((Number(first.slice(5, 7)) - 1) / 3) + 1}`;
  if (bucket === 'year') return first.slice(0, 4);
  return first;
}

/**
 * The buckets covering a period, each cut to the period (a week that starts before `from` starts at
 * `from`), with their UTC boundaries from the zone's local midnights, so a day of 23 or 25 hours
 * around a daylight-saving change is still one day.
 * @throws AppError validation_failed (`bucket: too_many`)
 */
export function bucketsOf(period: Period, bucket: Bucket): BucketRange[] {
  const out: BucketRange[] = [];
  let first = bucketStart(period.from, bucket);
  while (first <= period.to) {
    const next = nextBucketStart(first, bucket);
    const cutFirst = first < period.from ? period.from : first;
    const end = next > period.to ? period.end : startOfDayIn(next, period.timeZone);
    out.push({ label: bucketLabel(first, bucket), firstDay: cutFirst, start: startOfDayIn(cutFirst, period.timeZone), end });
    if (out.length > MAX_BUCKETS) throw new AppError('validation_failed', `At most ${MAX_BUCKETS} buckets: choose a longer bucket`, { bucket: 'too_many' });
    first = next;
  }
  return out;
}

/** The index of the bucket holding an instant (ISO UTC), or -1 outside them all. */
export function bucketIndex(buckets: readonly BucketRange[], at: string): number {
  const ms = Date.parse(at);
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = buckets[mid]!;
    if (ms < Date.parse(b.start)) hi = mid - 1;
    else if (ms >= Date.parse(b.end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
