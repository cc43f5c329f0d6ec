import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../../i18n/format';
import type { Column } from './analytics.api';

/** A duration in seconds as the largest sensible unit: "3.5 d", "5 h", "12 min". */
export function formatDuration(seconds: number, t: TFunction): string {
  if (seconds >= 86_400) return t('analytics.units.days', { value: formatNumber(seconds / 86_400, { maximumFractionDigits: 1 }) });
  if (seconds >= 3_600) return t('analytics.units.hours', { value: formatNumber(seconds / 3_600, { maximumFractionDigits: 1 }) });
  return t('analytics.units.minutes', { value: formatNumber(Math.round(seconds / 60)) });
}

/** One cell of a widget or report, in the viewer's locale: money in the answer's currency, percent 0–100, durations in seconds. */
export function formatCell(value: string | number | null | undefined, type: Column['type'], currency: string, t: TFunction, compact = false): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  switch (type) {
    case 'money': return formatMoney(value, currency, { compact });
    case 'percent': return `${formatNumber(value, { maximumFractionDigits: 1 })} %`;
    case 'duration': return formatDuration(value, t);
    default: return formatNumber(value, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
  }
}
