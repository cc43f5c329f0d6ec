/**
 * Tax ids of the countries Kartoteka is used in, read from how people type them: Russian INN
 * (10 or 12 digits), Bulgarian EIK / BULSTAT (9 or 13 digits) and EGN (10 digits, sole traders),
 * and EU VAT numbers that are a country prefix before one of those (`BG123456789`).
 */

/** Which checksum a tax id passed. */
export type TaxIdKind = 'inn' | 'eik' | 'egn';

const digitsOf = (s: string) => [...s].map(Number);
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

function isInn(d: string): boolean {
  const n = digitsOf(d);
  if (d.length === 10) return (weighted(n, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === n[9];
  if (d.length === 12) {
    const c11 = (weighted(n, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    const c12 = (weighted(n, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    return c11 === n[10] && c12 === n[11];
  }
  return false;
}

/** The BULSTAT check digit: one weight set, a second when the first gives 10, and 0 when both do. */
function eikCheck(n: number[], first: number[], second: number[]): number {
  const a = weighted(n, first) % 11;
  if (a !== 10) return a;
  const b = weighted(n, second) % 11;
  return b === 10 ? 0 : b;
}

function isEik(d: string): boolean {
  const n = digitsOf(d);
  if (d.length !== 9 && d.length !== 13) return false;
  if (eikCheck(n, [1, 2, 3, 4, 5, 6, 7, 8], [3, 4, 5, 6, 7, 8, 9, 10]) !== n[8]) return false;
  if (d.length === 9) return true;
  const tail = n.slice(8);
  return eikCheck(tail, [2, 7, 3, 5], [4, 9, 5, 7]) === n[12];
}

function isEgn(d: string): boolean {
  if (d.length !== 10) return false;
  const n = digitsOf(d);
  const c = weighted(n, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return (c === 10 ? 0 : c) === n[9];
}

/**
 * Reads a typed tax id: a VAT prefix (`BG`, `RU`) before digits is dropped, and the digits are
 * checked against the INN, EIK and EGN checksums. Answers the digits and the kind that passed,
 * or null when none did (a typo, or an id of another country).
 */
export function readTaxId(input: string): { digits: string; kind: TaxIdKind } | null {
  const compact = input.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  const digits = /^(?:[A-Z]{2})?(\d{9,13})$/u.exec(compact)?.[1];
  if (!digits) return null;
  const prefix = compact.slice(0, compact.length - digits.length);
  if ((prefix === '' || prefix === 'RU') && isInn(digits)) return { digits, kind: 'inn' };
  if ((prefix === '' || prefix === 'BG') && isEik(digits)) return { digits, kind: 'eik' };
  if ((prefix === '' || prefix === 'BG') && isEgn(digits)) return { digits, kind: 'egn' };
  return null;
}
