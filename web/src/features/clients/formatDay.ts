import { formatShortDate } from '../../i18n/format';

/** A calendar day (`YYYY-MM-DD`) in the locale's words; read at noon UTC so it never shifts to the day before. */
export function formatDay(value: string): string {
  return formatShortDate(`${value}T12:00:00Z`, 'UTC');
}
