/** Money is kept in minor units of its ISO 4217 currency; these say how many of them make a major unit. */

const digitsCache = new Map<string, number>();

/** Decimal places of a currency: 2 for EUR, 0 for JPY, 3 for KWD (2 for a code Intl does not know). */
export function minorDigits(currency: string): number {
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

/** Minor units as the major-unit number a spreadsheet reads: 125000 EUR → 1250. */
export function majorAmount(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/** Money as a person reads it in `locale`: "€1,250.00", "1 250,00 €" (the number and the code for a code Intl does not know). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const major = majorAmount(minor, currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(major);
  } catch {
    return `${new Intl.NumberFormat(locale).format(major)} ${currency}`;
  }
}
