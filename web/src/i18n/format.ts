import { currentLocale } from './i18n';

/** Formats a date (and optionally time) in the interface language and the given time zone. */
export function formatDate(value: Date | string, timeZone?: string, withTime = false): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'full', ...(withTime ? { timeStyle: 'short' } : {}) };
  try {
    return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone }).format(date);
  } catch {
    // An unknown time zone name: show the browser's local time rather than nothing.
    return new Intl.DateTimeFormat(currentLocale(), options).format(date);
  }
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

/** A region (`BG`), currency (`EUR`) or language code shown by name in the interface language. */
export function displayName(code: string, type: Intl.DisplayNamesType): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}
