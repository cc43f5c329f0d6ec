/**
 * Phone numbers as people type them, normalized to E.164 for storage, formatted back for the
 * viewer, and reduced to digit keys so a search finds a number in any format it was typed in.
 * Full metadata (`libphonenumber-js/max`) so validity and the mobile / fixed-line type are exact.
 */
import {
  Metadata,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType,
} from 'libphonenumber-js/max';

/** The kind of line, as libphonenumber reports it ('MOBILE', 'FIXED_LINE', ...). */
export type PhoneType = NonNullable<NumberType>;

/** Why an input is not a phone number. */
export type PhoneFailure = 'empty' | 'too_short' | 'too_long' | 'invalid';

/** A readable phone number; `ext` only when the input carried an extension. */
export interface NormalizedPhone {
  ok: true;
  /** `+79123456789` */
  e164: string;
  /** ISO 3166-1 alpha-2 of the number's region, e.g. `RU`; absent for non-geographic numbers. */
  country?: string;
  /** National significant number: the digits after the country code, without a trunk prefix. */
  nationalNumber: string;
  ext?: string;
  type?: PhoneType;
}

export type PhoneResult = NormalizedPhone | { ok: false; reason: PhoneFailure };

// "доб." (ru), "вътр." (bg), "ext", "x", "#" followed by the extension digits at the very end.
const EXTENSION = /[\s,;]*(?:доб(?:авочный)?|вн(?:утр(?:енний)?)?|вътр(?:ешен)?|ext(?:ension)?|x|#)\.?\s*(\d{1,7})\s*$/iu;
// What a typed number may contain once its extension is gone; anything else is not a number.
const PHONE_CHARS = /^[+\d\s()\-./\u00a0\u2010-\u2015]+$/u;
// Trunk prefixes dialed before a national number; libphonenumber keeps these internally, untyped.
const TRUNK_PREFIX: Record<string, string> = { RU: '8', KZ: '8', BY: '8', BG: '0', UA: '0', RS: '0', MK: '0', RO: '0', DE: '0', GB: '0', TR: '0' };

/** Splits a trailing extension off: `+7 912 345-67-89 доб. 123` → main and `123`. */
function splitExtension(input: string): { main: string; ext?: string } {
  const match = EXTENSION.exec(input);
  if (!match || match.index === 0) return { main: input };
  return { main: input.slice(0, match.index), ext: match[1] };
}

function countryOrUndefined(country: string): CountryCode | undefined {
  const upper = country.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/** `00` is the international prefix in most of Europe and on Russian mobiles; read it as `+`. */
function withPlus(main: string): string {
  const trimmed = main.trim();
  return trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
}

/**
 * Reads a typed phone number. A number without `+` is read in `defaultCountry` (ISO alpha-2),
 * so `8 912 345 6789` (RU) and `0888 123 456` (BG) work; `00` and the country's own
 * international prefix (`8 10` in RU) are read as `+`. Letters anywhere but in a trailing
 * extension (`доб. 123`, `ext. 12`, `x12`) make the input invalid.
 */
export function normalizePhone(input: string, defaultCountry: string): PhoneResult {
  const { main, ext } = splitExtension(input.normalize('NFKC'));
  if (!/\d/.test(main)) return { ok: false, reason: main.trim() === '' ? 'empty' : 'invalid' };
  if (!PHONE_CHARS.test(main) || main.lastIndexOf('+') > 0) return { ok: false, reason: 'invalid' };
  const text = withPlus(main);
  const country = countryOrUndefined(defaultCountry);
  const length = validatePhoneNumberLength(text, country);
  if (length === 'TOO_SHORT') return { ok: false, reason: 'too_short' };
  if (length === 'TOO_LONG') return { ok: false, reason: 'too_long' };
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const type = parsed.getType();
  return {
    ok: true,
    e164: parsed.number,
    ...(parsed.country ? { country: parsed.country } : {}),
    nationalNumber: parsed.nationalNumber,
    ...(ext ? { ext } : {}),
    ...(type ? { type } : {}),
  };
}

/**
 * Formats a stored E.164 number for a viewer: national (`8 (912) 345-67-89`) when the number
 * belongs to `viewerCountry`, international (`+7 912 345 67 89`) otherwise. An input that is
 * not a parseable E.164 number comes back unchanged, so bad legacy data still shows.
 */
export function formatPhone(e164: string, viewerCountry: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country !== undefined && parsed.country === viewerCountry.toUpperCase()
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/** A `tel:` link for an E.164 number: `+7 912 345-67-89` → `tel:+79123456789`. */
export function telUri(e164: string): string {
  return `tel:+${e164.replace(/\D/g, '')}`;
}

/**
 * Digit strings a search index stores for one phone: the E.164 digits (`79123456789`) and the
 * national significant number (`9123456789`), so a query typed with `+7`, `8` or no prefix all
 * meet one key. An unreadable number still yields its bare digits, so what was typed is findable.
 */
export function phoneSearchKeys(input: string, defaultCountry: string): string[] {
  const phone = normalizePhone(input, defaultCountry);
  if (phone.ok) return unique([phone.e164.slice(1), phone.nationalNumber]);
  const digits = splitExtension(input).main.replace(/\D/g, '');
  return digits === '' ? [] : [digits];
}

/**
 * Digits to look up for a typed, possibly partial query, matched as substrings of
 * {@link phoneSearchKeys}. A complete number becomes its keys; `+`, `00` and the country's
 * international prefix are dropped; with a default country a leading trunk prefix (`8` in RU,
 * `0` in BG) also yields the digits without it, after the digits as typed (`812…` may be St Petersburg).
 */
export function phoneQueryDigits(query: string, defaultCountry?: string): string[] {
  const { main } = splitExtension(query.normalize('NFKC'));
  const digits = main.replace(/\D/g, '');
  if (digits === '') return [];
  const country = defaultCountry === undefined ? undefined : countryOrUndefined(defaultCountry);
  if (country) {
    const phone = normalizePhone(main, country);
    if (phone.ok) return unique([phone.e164.slice(1), phone.nationalNumber]);
  }
  const trimmed = main.trim();
  if (trimmed.startsWith('+')) return [digits];
  if (digits.startsWith('00')) return [digits.slice(2)];
  if (!country) return [digits];
  const idd = internationalPrefix(country);
  if (idd && idd !== '00' && digits.startsWith(idd) && digits.length > idd.length) return [digits.slice(idd.length)];
  const trunk = TRUNK_PREFIX[country];
  if (trunk && digits.startsWith(trunk) && digits.length > trunk.length) return unique([digits, digits.slice(trunk.length)]);
  return [digits];
}

const metadata = new Metadata();

function internationalPrefix(country: CountryCode): string | undefined {
  metadata.selectNumberingPlan(country);
  const idd = metadata.numberingPlan?.IDDPrefix();
  return idd && /^\d+$/.test(idd) ? idd : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** A national number valid in several of the countries tried: the user must say which. */
export interface AmbiguousPhone {
  ok: false;
  reason: 'ambiguous';
  /** One reading per country it is valid in, in the order the countries were given. */
  candidates: NormalizedPhone[];
}

export type CountriesPhoneResult = PhoneResult | AmbiguousPhone;

/** Whether a typed number carries its own country code (`+…` or `00…`), so no country is tried. */
function isInternational(input: string): boolean {
  const trimmed = splitExtension(input.normalize('NFKC')).main.trim();
  return trimmed.startsWith('+') || trimmed.startsWith('00');
}

/**
 * Reads a typed phone against several countries (the workspace's client countries, its own one
 * first). An international number is read as it says. A national one is tried in each country:
 * valid in exactly one, it is that country's; valid in several (distinct numbers), the answer is
 * `ambiguous` with the readings; valid in none, the failure is the first country's.
 */
export function normalizePhoneInCountries(input: string, countries: readonly string[]): CountriesPhoneResult {
  const first = countries[0] ?? '';
  if (countries.length <= 1 || isInternational(input)) return normalizePhone(input, first);
  const readings = new Map<string, NormalizedPhone>();
  let firstFailure: PhoneResult | null = null;
  for (const country of countries) {
    const result = normalizePhone(input, country);
    if (result.ok) {
      if (!readings.has(result.e164)) readings.set(result.e164, result);
    } else firstFailure ??= result;
  }
  const candidates = [...readings.values()];
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) return { ok: false, reason: 'ambiguous', candidates };
  return firstFailure ?? { ok: false, reason: 'invalid' };
}

/** Whether libphonenumber knows the ISO 3166-1 alpha-2 code (upper case) as a phone region. */
export function isPhoneCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}
