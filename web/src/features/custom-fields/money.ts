import { formatNumber } from '../../i18n/format';
import type { Money } from './customFields.api';

/** Digits after the point in a currency (ISO 4217 exponent); 2 when the browser does not know it. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units to the amount people read: 1234 EUR → 12.34. */
export function toMajor(money: Money): number {
  return money.amount / 10 ** currencyDigits(money.currency);
}

/** The amount people type to minor units: 12.34 EUR → 1234. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && typeof (value as Money).amount === 'number' && typeof (value as Money).currency === 'string';
}

/** `12,34 €` / `€12.34` in the interface language; an unknown currency code is shown after the number. */
export function formatMoney(money: Money): string {
  try {
    return formatNumber(toMajor(money), { style: 'currency', currency: money.currency });
  } catch {
    return `${formatNumber(toMajor(money))} ${money.currency}`;
  }
}
