import { currentLocale } from '../../i18n/i18n';
import { currencyDigits } from '../../i18n/format';

/**
 * How a money or quantity input reads typed numbers in the interface language: a comma for decimals
 * in Russian and Bulgarian, a point in English; as many decimals as the currency has.
 */
export function decimalProps(currency?: string, scale?: number): { decimalSeparator: string; decimalScale: number } {
  return { decimalSeparator: currentLocale() === 'en' ? '.' : ',', decimalScale: scale ?? (currency ? currencyDigits(currency) : 2) };
}

/** A NumberInput's value (a number, or '' when blank) as a number, or null when blank. */
export function numberOrNull(value: number | string): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const parsed = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}
