/**
 * Calendar days typed and shown in the interface language's own pattern (`03.11.2026` in Russian
 * and Bulgarian, `11/03/2026` in English) rather than whatever the browser's date input does.
 * Values stay ISO days (`YYYY-MM-DD`), as the API takes them.
 */
import { currentLocale } from '../../i18n/i18n';

type Part = 'day' | 'month' | 'year';

export interface DatePattern {
  order: Part[];
  separator: string;
}

/** The language's order of day, month and year and the mark between them. */
export function datePattern(locale: string = currentLocale()): DatePattern {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(Date.UTC(2026, 10, 23, 12)));
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: Part } => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type);
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '.';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
}

/** `2026-11-03` as the language writes it; anything that is not an ISO day comes back as it is. */
export function formatIsoDay(value: string, pattern: DatePattern = datePattern()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const parts: Record<Part, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  return pattern.order.map((part) => parts[part]).join(pattern.separator);
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What a person typed as an ISO day: `3.11.2026`, `03/11/26` in the language's order, or an ISO day
 * as it is. Null when it is not a real date.
 */
export function parseTypedDay(text: string, pattern: DatePattern = datePattern()): string | null {
  const groups = text.trim().match(/\d+/g);
  if (!groups || groups.length !== 3) return null;
  const iso = groups[0]!.length === 4;
  const order: Part[] = iso ? ['year', 'month', 'day'] : pattern.order;
  const value: Record<Part, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (value[part] = Number(groups[i])));
  const yearText = groups[order.indexOf('year')]!;
  if (yearText.length === 2) value.year += 2000;
  else if (yearText.length !== 4) return null;
  if (!isRealDay(value.year, value.month, value.day)) return null;
  return `${String(value.year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
}
