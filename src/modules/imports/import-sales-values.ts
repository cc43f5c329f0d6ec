import { minorDigits } from '../../platform/money.js';
import { headerKey } from './header-aliases.js';
import { parseAmount, parseDay } from './import-values.js';

/** Reading the values of deal and activity files: currencies, money in minor units, times, durations, yes/no. */

/** Currency signs and words other CRMs write next to an amount, by their folded form. */
const CURRENCY_WORDS: Record<string, string> = {
  '₽': 'RUB', 'руб': 'RUB', 'р': 'RUB', 'rub': 'RUB', 'rur': 'RUB', 'рубль': 'RUB', 'рублей': 'RUB',
  '€': 'EUR', 'eur': 'EUR', 'евро': 'EUR', '$': 'USD', 'usd': 'USD', 'us$': 'USD', '£': 'GBP', 'gbp': 'GBP',
  'лв': 'BGN', 'bgn': 'BGN', 'лев': 'BGN', 'лева': 'BGN', '₴': 'UAH', 'грн': 'UAH', '₸': 'KZT', 'тг': 'KZT', 'тенге': 'KZT',
  'zł': 'PLN', 'zl': 'PLN', '¥': 'CNY', '₺': 'TRY', 'fr': 'CHF', 'chf': 'CHF', 'byn': 'BYN', 'br': 'BYN',
};

/** A currency as an ISO 4217 code from a code (`rub`, `EUR`) or a sign or word (`₽`, `руб.`, `лв`); null when none is recognized. */
export function parseCurrency(text: string): string | null {
  const v = text.trim().toLowerCase().replace(/\.$/, '');
  if (v === '') return null;
  if (CURRENCY_WORDS[v]) return CURRENCY_WORDS[v];
  return /^[a-z]{3}$/.test(v) ? v.toUpperCase() : null;
}

/** The currency an amount cell names beside its number (`1 234,50 ₽`, `$1,200`, `1200 EUR`), or null. */
export function currencyInAmount(text: string): string | null {
  const rest = text.replace(/[\d\s\u00a0\u202f.,'-]+/g, ' ').trim();
  return rest === '' ? null : parseCurrency(rest);
}

/** A decimal string (`1234567.89`) in minor units of the currency (`123456789` for RUB); null when it has more decimals than the currency. */
export function toMinor(decimal: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  if (fraction.replace(/0+$/, '').length > digits) return null;
  const value = Number(`${whole || '0'}${fraction.padEnd(digits, '0').slice(0, digits)}`);
  return Number.isSafeInteger(value) ? (negative ? -value : value) : null;
}

/** An amount cell's number as a decimal string, or null (`abc`, `12,3,4`). */
export function amountOf(text: string): string | null {
  const decimal = parseAmount(text);
  return decimal !== null && /^-?\d+(\.\d+)?$/.test(decimal) ? decimal : null;
}

/** A quantity (`2`, `1,5`, `0.250`): more than zero, up to three decimals; null otherwise. */
export function parseQuantity(text: string): number | null {
  const v = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,3})?$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

/**
 * A moment as a day and, when the cell has one, a time of day in minutes: `31.12.2024 18:05:00`,
 * `2024-12-31 18:05`, `12/31/2024 6:05 PM`. An ISO instant with its offset (`...Z`, `+02:00`) is kept as it is.
 */
export function parseMoment(text: string): { day: string; minute: number | null } | { instant: string } | null {
  const v = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : { instant: new Date(ms).toISOString() };
  }
  const day = parseDay(v);
  if (!day) return null;
  const time = /[T\s](\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/.exec(v);
  if (!time) return /^\S+$/.test(v) ? { day, minute: null } : null;
  let hour = Number(time[1]);
  const pm = time[3]?.toLowerCase();
  if (pm && (hour < 1 || hour > 12)) return null;
  if (pm === 'pm' && hour < 12) hour += 12;
  if (pm === 'am' && hour === 12) hour = 0;
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) return null;
  return { day, minute: hour * 60 + minute };
}

/**
 * A duration in seconds: `1:05:30` and `05:30` (hours:minutes:seconds, minutes:seconds as call
 * logs write them), `330` (seconds, as telephony exports), `5 min`, `2 ч`, `90 сек`; null otherwise.
 */
export function parseDuration(text: string): number | null {
  const v = text.trim().toLowerCase().replace(',', '.');
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(v);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const unit = /^(\d+(?:\.\d+)?)\s*([a-zа-я.]*)$/.exec(v);
  if (!unit) return null;
  const n = Number(unit[1]);
  const word = unit[2]!.replace(/\.$/, '');
  const factor = word === '' || /^(s|sec|secs|seconds?|с|сек|секунд[аы]?|секунди?)$/.test(word) ? 1
    : /^(m|min|mins|minutes?|м|мин|минут[аы]?|минути?)$/.test(word) ? 60
      : /^(h|hr|hrs|hours?|ч|час|часа|часов|часове?)$/.test(word) ? 3600 : null;
  return factor === null ? null : Math.round(n * factor);
}

const YES = new Set(['yes', 'y', 'true', '1', 'done', 'completed', 'complete', 'closed', 'да', 'выполнено', 'выполнена', 'завершено', 'завершена', 'изпълнена', 'изпълнено', 'завършена', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'planned', 'open', 'not done', 'нет', 'запланировано', 'запланирована', 'не выполнено', 'в работе', 'не', 'планирана', 'отворена', 'предстои']);

/** Whether an activity is done (`yes`, `Выполнено`, `1`) or planned (`no`, `open`, `Нет`); null when the cell says neither. */
export function parseDone(text: string): boolean | null {
  const v = headerKey(text);
  return YES.has(v) || YES.has(text.trim()) ? true : NO.has(v) ? false : null;
}

const INBOUND = new Set(['in', 'incoming', 'inbound', 'входящий', 'входящая', 'входящий звонок', 'входящо', 'входящ', 'входящо обаждане']);
const OUTBOUND = new Set(['out', 'outgoing', 'outbound', 'исходящий', 'исходящая', 'исходящий звонок', 'изходящо', 'изходящ', 'изходящо обаждане']);

/** A call's direction: `in` or `out`; null when the cell says neither. */
export function parseDirection(text: string): 'in' | 'out' | null {
  const v = headerKey(text);
  return INBOUND.has(v) ? 'in' : OUTBOUND.has(v) ? 'out' : null;
}
