/**
 * Exact money conversion with decimal-string rates: amounts are integers of minor units, rates are
 * kept as the text an admin typed, so no float ever touches a stored sum.
 */

/** A rate as written: digits, an optional point and at most 10 decimals (`97.5321`). */
export const RATE_PATTERN = /^\d{1,12}(\.\d{1,10})?$/;

/** The canonical text of a rate: no leading zeros, no trailing zeros after the point (`097.50` → `97.5`). */
export function normalizeRate(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  const w = whole!.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f === '' ? w : `${w}.${f}`;
}

/** Whether a rate text is above zero. */
export function isPositiveRate(text: string): boolean {
  return /[1-9]/.test(text);
}

/** A rate as an integer over a power of ten: `97.53` → 9753 / 10^2. */
function scaled(rate: string): { units: bigint; scale: bigint } {
  const [whole, fraction = ''] = rate.split('.');
  return { units: BigInt(`${whole}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

/** Integer division rounding half away from zero. */
function divideRounded(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (abs * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Minor units of one currency in minor units of another at `rate` (1 major unit of the source =
 * `rate` major units of the target), rounded half away from zero: 1234 USD cents at 97.5 → 120315 RUB kopecks.
 */
export function convertMinor(minor: number, fromDigits: number, rate: string, toDigits: number): number {
  const { units, scale } = scaled(rate);
  const numerator = BigInt(minor) * units * 10n ** BigInt(toDigits);
  return Number(divideRounded(numerator, scale * 10n ** BigInt(fromDigits)));
}
