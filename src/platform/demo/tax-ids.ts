/**
 * Registration and tax numbers that pass their official check-digit rules, so demo data survives
 * the same validation real data will meet. They are random, not looked up: any match with a real
 * business is a coincidence.
 */
import type { Random } from './random.js';

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  return sum;
}

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Whether a Russian INN (10 digits for an organisation, 12 for a person) has correct check digits. */
export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return (weightedSum(inn, INN10) % 11) % 10 === Number(inn[9]);
  if (/^\d{12}$/.test(inn)) {
    return (weightedSum(inn, INN11) % 11) % 10 === Number(inn[10]) && (weightedSum(inn, INN12) % 11) % 10 === Number(inn[11]);
  }
  return false;
}

/** An organisation's INN: 2-digit region, 2-digit tax office, 5-digit number, check digit. */
export function innOrganisation(r: Random, region: string): string {
  const body = region + String(r.int(1, 49)).padStart(2, '0') + r.digits(5);
  return body + ((weightedSum(body, INN10) % 11) % 10);
}

/** A sole proprietor's (ИП) 12-digit INN. */
export function innPerson(r: Random, region: string): string {
  const ten = region + String(r.int(1, 49)).padStart(2, '0') + r.digits(6);
  const eleven = ten + ((weightedSum(ten, INN11) % 11) % 10);
  return eleven + ((weightedSum(eleven, INN12) % 11) % 10);
}

/** KPP of an organisation registered at its own address: tax office of the INN + "01" + "001". */
export function kppFor(inn: string): string {
  return `${inn.slice(0, 4)}01001`;
}

/** ОГРН (13 digits) of an organisation, or ОГРНИП (15 digits) of a sole proprietor. */
export function ogrn(r: Random, region: string, soleProprietor: boolean): string {
  const year = String(r.int(2, 24)).padStart(2, '0');
  if (soleProprietor) {
    const body = `3${year}${region}${r.digits(9)}`;
    return body + ((Number(body) % 13) % 10);
  }
  const body = `1${year}${region}${r.digits(7)}`;
  return body + ((Number(body) % 11) % 10);
}

/** Whether a Bulgarian ЕИК/BULSTAT of 9 digits has a correct check digit. */
export function isValidEik(eik: string): boolean {
  return /^\d{9}$/.test(eik) && eikCheck(eik) === Number(eik[8]);
}

function eikCheck(digits: string): number {
  const first = weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
  if (first !== 10) return first;
  const second = weightedSum(digits, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
  return second === 10 ? 0 : second;
}

/** A 9-digit Bulgarian ЕИК (the VAT number is "BG" + ЕИК). */
export function eik(r: Random): string {
  const body = String(r.int(1, 2)) + r.digits(7);
  return body + eikCheck(body);
}

/** Whether a UK VAT number (GB + 9 digits) passes the mod-97 check. */
export function isValidGbVat(vat: string): boolean {
  if (!/^GB\d{9}$/.test(vat)) return false;
  const sum = weightedSum(vat.slice(2), [8, 7, 6, 5, 4, 3, 2]);
  return (sum + Number(vat.slice(9))) % 97 === 0;
}

/** A UK VAT number, GB + 7 digits + 2 check digits (mod 97). */
export function gbVat(r: Random): string {
  const body = String(r.int(1, 9)) + r.digits(6);
  const check = (97 - (weightedSum(body, [8, 7, 6, 5, 4, 3, 2]) % 97)) % 97;
  return `GB${body}${String(check).padStart(2, '0')}`;
}

/** A Companies House number (8 digits). */
export function gbCompanyNumber(r: Random): string {
  return `0${r.int(1, 9)}${r.digits(6)}`;
}

/** A US employer identification number, `12-3456789`. */
export function usEin(r: Random): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}
