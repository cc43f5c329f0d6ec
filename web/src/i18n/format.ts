import { currentLocale } from './i18n';

function safeFormat(options: Intl.DateTimeFormatOptions, date: Date, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone }).format(date);
  } catch {
    // An unknown time zone name: show the browser's local time rather than nothing.
    return new Intl.DateTimeFormat(currentLocale(), options).format(date);
  }
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** Formats a date (and optionally time) in the interface language and the given time zone. */
export function formatDate(value: Date | string, timeZone?: string, withTime = false): string {
  return safeFormat({ dateStyle: 'full', ...(withTime ? { timeStyle: 'short' } : {}) }, toDate(value), timeZone);
}

/** A compact date and time for tables and lists, e.g. "23 Nov 2026, 14:05". */
export function formatDateTime(value: Date | string, timeZone?: string): string {
  return safeFormat({ dateStyle: 'medium', timeStyle: 'short' }, toDate(value), timeZone);
}

/** A compact date without time, e.g. "23 Nov 2026". */
export function formatShortDate(value: Date | string, timeZone?: string): string {
  return safeFormat({ dateStyle: 'medium' }, toDate(value), timeZone);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday", in the interface language. */
export function formatRelativeTime(value: Date | string, now: Date = new Date()): string {
  let amount = (toDate(value).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return format.format(Math.round(amount), 'year');
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

/** A list in the interface language: "contacts, deals and tasks". */
export function formatList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(currentLocale(), { style: 'long', type }).format(items);
}

/** A region (`BG`), currency (`EUR`) or language code shown by name in the interface language. */
export function displayName(code: string, type: Intl.DisplayNamesType): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Minutes to add to UTC to get the wall time in `timeZone` at `date`. @throws RangeError for an unknown time zone */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - date.getTime()) / 60_000);
}

/**
 * The UTC instant of midnight starting `day` (`YYYY-MM-DD`) in `timeZone`, as an ISO string;
 * `addDays` moves to a later day first (1 = the end of `day`). Falls back to UTC for an unknown zone.
 */
export function startOfDayUtc(day: string, timeZone: string, addDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = new Date(Date.UTC(y, m - 1, d + addDays));
  try {
    // Twice, so a day on which the offset changes still lands on its own midnight.
    const first = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
    return new Date(guess.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000).toISOString();
  } catch {
    return guess.toISOString();
  }
}

const digitsCache = new Map<string, number>();

/** Decimal places of a currency (2 for EUR, 0 for JPY, 3 for KWD); the server keeps money in these minor units. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units (as the API sends money) to the major-unit number a person types: 125000 EUR → 1250. */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** A typed major-unit amount back to minor units, rounded to the currency's precision. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

/**
 * Money in the interface language and its currency's own style: "€1,250.00", "1 250,00 €",
 * "1250,00 лв.". `compact` gives "€1.3K" for board columns and widgets.
 */
export function formatMoney(minor: number, currency: string, options: { compact?: boolean } = {}): string {
  const major = toMajor(minor, currency);
  try {
    return new Intl.NumberFormat(currentLocale(), {
      style: 'currency',
      currency,
      ...(options.compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    }).format(major);
  } catch {
    // A code Intl does not know: the number and the code, never nothing.
    return `${new Intl.NumberFormat(currentLocale()).format(major)} ${currency}`;
  }
}
