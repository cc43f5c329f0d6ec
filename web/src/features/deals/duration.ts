import { formatNumber } from '../../i18n/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(value: number, name: 'day' | 'hour' | 'minute'): string {
  return formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'short' });
}

/** Time spent in a stage in the interface language, to its two largest units: "3 days 4 hr", "3 дн. 4 ч", "25 min". */
export function formatDuration(ms: number): string {
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms % DAY) / HOUR);
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  }
  if (ms >= HOUR) return unit(Math.floor(ms / HOUR), 'hour');
  return unit(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
}
