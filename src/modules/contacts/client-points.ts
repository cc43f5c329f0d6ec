import { AppError, type FieldErrors } from '../../platform/errors.js';
import { formatPhone, isPhoneCountry, normalizePhone, normalizePhoneInCountries, telUri, type CountriesPhoneResult } from '../../platform/phones/phones.js';

export const PHONE_TYPES = ['mobile', 'work', 'home', 'other'] as const;
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const;
export const MESSENGER_TYPES = ['telegram', 'whatsapp', 'viber', 'vk', 'other'] as const;
export const ADDRESS_TYPES = ['work', 'home', 'legal', 'other'] as const;
export const ADDRESS_PARTS = ['country', 'region', 'city', 'street', 'postcode'] as const;

export type PhoneKind = (typeof PHONE_TYPES)[number];

/** A phone as a record's `phones` JSON holds it. */
export interface StoredPhone {
  type: PhoneKind;
  /** As typed. */
  value: string;
  e164: string | null;
  /** 1: unparseable, kept as typed at the user's request. */
  flagged: 0 | 1;
  /** Extension digits, when the number had one. */
  ext?: string;
}
export interface StoredEmail { type: (typeof EMAIL_TYPES)[number]; value: string }
export interface StoredMessenger { type: (typeof MESSENGER_TYPES)[number]; value: string }
export type StoredAddress = { type: (typeof ADDRESS_TYPES)[number] } & Partial<Record<(typeof ADDRESS_PARTS)[number], string>>;

/** `country`: the user's answer to "which country is this number?" when it was valid in several. */
export interface PhoneInput { type?: PhoneKind; value: string; keepAsTyped?: boolean; country?: string }

/** One reading of an ambiguous number, as the field error offers it. */
export interface PhoneCandidate { country: string; e164: string; display: string }
export type AddressInput = { type?: StoredAddress['type'] } & Partial<Record<(typeof ADDRESS_PARTS)[number], string | null>>;

/**
 * Reads typed phones against the workspace's client countries (its own first): a number with
 * `+` is read as it says; a national one is accepted when valid in exactly one country, or in the
 * `country` the user picked. Valid in several, it is refused as `ambiguous_phone` and the error's
 * `phoneCandidates` names each reading, so the form asks which. An unreadable number is refused
 * unless `keepAsTyped`, then kept as typed and flagged. The same number twice is kept once.
 * @throws AppError validation_failed (`phones.<i>.value`: invalid_phone | ambiguous_phone; `phones.<i>.country`: invalid_country)
 */
export function normalizePhones(input: PhoneInput[], countries: string | readonly string[], defaultType: PhoneKind): StoredPhone[] {
  const tried = typeof countries === 'string' ? [countries] : countries;
  const fields: FieldErrors = {};
  const candidates: Record<string, PhoneCandidate[]> = {};
  const out: StoredPhone[] = [];
  const seen = new Set<string>();
  input.forEach((phone, i) => {
    const value = phone.value.trim();
    const type = phone.type ?? defaultType;
    if (phone.country !== undefined && !isPhoneCountry(phone.country)) {
      fields[`phones.${i}.country`] = 'invalid_country';
      return;
    }
    const parsed: CountriesPhoneResult = phone.country !== undefined ? normalizePhone(value, phone.country) : normalizePhoneInCountries(value, tried);
    if (parsed.ok) {
      const key = `${parsed.e164};${parsed.ext ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ type, value, e164: parsed.e164, flagged: 0, ...(parsed.ext ? { ext: parsed.ext } : {}) });
    } else if (phone.keepAsTyped) {
      const key = `?${value}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ type, value, e164: null, flagged: 1 });
    } else if (parsed.reason === 'ambiguous') {
      fields[`phones.${i}.value`] = 'ambiguous_phone';
      candidates[`phones.${i}.value`] = parsed.candidates.map((c) => ({ country: c.country ?? '', e164: c.e164, display: formatPhone(c.e164, '') }));
    } else {
      fields[`phones.${i}.value`] = 'invalid_phone';
    }
  });
  if (Object.keys(fields).length === 0) return out;
  const ambiguous = Object.keys(candidates).length > 0;
  throw new AppError(
    'validation_failed',
    ambiguous
      ? 'Some phone numbers are valid in several countries; choose the country, or keep them as typed'
      : 'Some phone numbers cannot be read; check them or keep them as typed',
    fields,
    ambiguous ? { phoneCandidates: candidates } : undefined,
  );
}

/** Lower-cased, each address once, in the order given. */
export function normalizeEmails(input: Array<{ type?: StoredEmail['type']; value: string }>): StoredEmail[] {
  const seen = new Set<string>();
  const out: StoredEmail[] = [];
  for (const email of input) {
    const value = email.value.trim().toLowerCase();
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ type: email.type ?? 'work', value });
  }
  return out;
}

/** The comparable form of a messenger handle: lower case, without a leading `@`. */
export function messengerKey(value: string): string {
  return value.trim().toLowerCase().replace(/^@+/, '');
}

/** Trimmed handles, each (type, handle) once ignoring case and a leading `@`. */
export function normalizeMessengers(input: Array<{ type: StoredMessenger['type']; value: string }>): StoredMessenger[] {
  const seen = new Set<string>();
  const out: StoredMessenger[] = [];
  for (const m of input) {
    const value = m.value.trim();
    const key = `${m.type}:${messengerKey(value)}`;
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ type: m.type, value });
  }
  return out;
}

/** Addresses with their blank parts dropped; an address with no part at all is dropped. */
export function normalizeAddresses(input: AddressInput[]): StoredAddress[] {
  const out: StoredAddress[] = [];
  for (const a of input) {
    const address: StoredAddress = { type: a.type ?? 'work' };
    for (const part of ADDRESS_PARTS) {
      const value = a[part]?.trim();
      if (value) address[part] = value;
    }
    if (Object.keys(address).length > 1) out.push(address);
  }
  return out;
}

/** Trimmed, blank ones dropped, unique ignoring case (the first spelling wins). */
export function normalizeTags(input: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input) {
    const tag = raw.trim().replace(/\s+/gu, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** A phone as the API shows it. */
export interface PhoneOutput { type: PhoneKind; value: string; e164: string | null; display: string; tel: string | null; flagged: boolean }

const EXTENSION_WORD: Record<string, string> = { ru: 'доб.', bg: 'вътр.' };

// Formatting parses the number with full metadata; a list page shows the same numbers again and again.
const formatted = new Map<string, string>();
const FORMAT_CACHE_SIZE = 10_000;

function formatCached(e164: string, viewerCountry: string): string {
  const key = `${e164}|${viewerCountry}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatPhone(e164, viewerCountry);
    if (formatted.size >= FORMAT_CACHE_SIZE) formatted.delete(formatted.keys().next().value!);
    formatted.set(key, text);
  }
  return text;
}

/** Formats a stored phone for a viewer in `viewerCountry` (national there, international elsewhere). */
export function presentPhone(phone: StoredPhone, viewerCountry: string, locale: string): PhoneOutput {
  if (!phone.e164) return { type: phone.type, value: phone.value, e164: null, display: phone.value, tel: null, flagged: true };
  const ext = phone.ext ? ` ${EXTENSION_WORD[locale] ?? 'ext.'} ${phone.ext}` : '';
  return {
    type: phone.type,
    value: phone.value,
    e164: phone.e164,
    display: `${formatCached(phone.e164, viewerCountry)}${ext}`,
    tel: `${telUri(phone.e164)}${phone.ext ? `;ext=${phone.ext}` : ''}`,
    flagged: phone.flagged === 1,
  };
}

/** Derived `contact_points` values of a record: phone digits, lower-cased emails, messenger handles. */
export function contactPointValues(record: { phones: StoredPhone[]; emails: StoredEmail[]; messengers: StoredMessenger[] }): Array<{ kind: 'phone' | 'email' | 'messenger'; value: string }> {
  const out = new Map<string, { kind: 'phone' | 'email' | 'messenger'; value: string }>();
  const add = (kind: 'phone' | 'email' | 'messenger', value: string) => {
    if (value !== '') out.set(`${kind}:${value}`, { kind, value });
  };
  for (const p of record.phones) add('phone', p.e164 ? p.e164.slice(1) : p.value.replace(/\D/g, ''));
  for (const e of record.emails) add('email', e.value.toLowerCase());
  for (const m of record.messengers) add('messenger', messengerKey(m.value));
  return [...out.values()];
}
