import { addDays, dayIn, instantIn, minuteOfDayIn } from '../../platform/time-zone.js';
import type { RecurrenceInput } from './activities.schema.js';

/** Repeating tasks: the stored rule, its checks against the first due day, and the next occurrence. */

export interface Recurrence {
  every: 'daily' | 'weekly' | 'monthly' | 'custom';
  interval: number;
  unit: 'day' | 'week' | 'month' | null;
  weekdays: number[];
  monthDay: number | null;
  until: string | null;
  count: number | null;
}

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
function weekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day in the month `n` months after `day`'s, on `monthDay` (the month's last day when it is shorter). */
function monthsLater(day: string, n: number, monthDay: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const d = Math.min(monthDay, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The stored rule of an input, checked against the day of the first occurrence; the field errors
 * (`recurrence.<field>` → code) say what makes it impossible: a weekly rule without weekdays, a
 * due day that is not one of the rule's days, an end before the start, a custom rule without a unit.
 */
export function normalizeRecurrence(input: RecurrenceInput, firstDay: string | null): { rule: Recurrence; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const rule: Recurrence = {
    every: input.every,
    interval: input.every === 'custom' ? input.interval ?? 1 : 1,
    unit: input.every === 'custom' ? input.unit ?? null : null,
    weekdays: input.every === 'weekly' ? [...new Set(input.weekdays ?? [])].sort() : [],
    monthDay: input.every === 'monthly' ? input.monthDay ?? (firstDay ? Number(firstDay.slice(8, 10)) : null) : null,
    until: input.until ?? null,
    count: input.count ?? null,
  };
  if (firstDay === null) errors['dueAt'] = 'required_for_recurrence';
  if (input.every === 'custom' && !rule.unit) errors['recurrence.unit'] = 'required';
  if (input.every !== 'custom' && input.interval !== undefined && input.interval !== 1) errors['recurrence.interval'] = 'invalid_option';
  if (input.every === 'weekly' && rule.weekdays.length === 0) errors['recurrence.weekdays'] = 'required';
  if (input.every !== 'weekly' && (input.weekdays ?? []).length > 0) errors['recurrence.weekdays'] = 'invalid_option';
  if (input.every !== 'monthly' && input.monthDay !== undefined) errors['recurrence.monthDay'] = 'invalid_option';
  if (rule.until && rule.count) errors['recurrence.count'] = 'until_or_count';
  if (firstDay) {
    if (rule.until && rule.until < firstDay) errors['recurrence.until'] = 'before_start';
    if (rule.every === 'weekly' && rule.weekdays.length > 0 && !rule.weekdays.includes(weekday(firstDay))) errors['dueAt'] = 'not_in_recurrence';
    if (rule.every === 'monthly' && rule.monthDay !== null) {
      const [y, m, d] = firstDay.split('-').map(Number) as [number, number, number];
      if (d !== Math.min(rule.monthDay, daysInMonth(y, m))) errors['dueAt'] = 'not_in_recurrence';
    }
  }
  return { rule, errors };
}

/** The day after `day` on which the rule falls next. */
function nextDay(rule: Recurrence, day: string): string {
  switch (rule.every) {
    case 'daily':
      return addDays(day, 1);
    case 'weekly': {
      for (let i = 1; i <= 7; i++) if (rule.weekdays.includes(weekday(addDays(day, i)))) return addDays(day, i);
      return addDays(day, 7);
    }
    case 'monthly':
      return monthsLater(day, 1, rule.monthDay ?? Number(day.slice(8, 10)));
    case 'custom':
      if (rule.unit === 'week') return addDays(day, 7 * rule.interval);
      if (rule.unit === 'month') return monthsLater(day, rule.interval, Number(day.slice(8, 10)));
      return addDays(day, rule.interval);
  }
}

/**
 * When the occurrence after one due at `dueAt` (its `occurrence`-th) is due, keeping its local time of
 * day in `timeZone` (09:00 stays 09:00 across a daylight-saving change); null when the rule has ended.
 */
export function nextOccurrence(rule: Recurrence, dueAt: string, allDay: boolean, occurrence: number, timeZone: string): string | null {
  if (rule.count !== null && occurrence >= rule.count) return null;
  const day = dayIn(dueAt, timeZone);
  const next = nextDay(rule, day);
  if (rule.until !== null && next > rule.until) return null;
  return instantIn(next, allDay ? 0 : minuteOfDayIn(dueAt, timeZone), timeZone);
}
