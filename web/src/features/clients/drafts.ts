import type { Address, AddressType, Email, EmailType, Messenger, MessengerType, Phone, PhoneInput, PhoneType } from './clientTypes';

/** Rows of a form as typed: strings, never null, so inputs stay controlled. */
export interface PhoneDraft {
  type: PhoneType;
  value: string;
  keepAsTyped: boolean;
  /** The country chosen for a number valid in several; cleared when the number changes. */
  country?: string;
}
export interface EmailDraft {
  type: EmailType;
  value: string;
}
export interface MessengerDraft {
  type: MessengerType;
  value: string;
}
export interface AddressDraft {
  type: AddressType;
  country: string;
  region: string;
  city: string;
  street: string;
  postcode: string;
}

export const ADDRESS_PARTS = ['street', 'city', 'region', 'postcode', 'country'] as const;

export function phoneDrafts(phones: Phone[]): PhoneDraft[] {
  return phones.map((phone) => ({ type: phone.type, value: phone.value, keepAsTyped: phone.flagged }));
}

export function addressDrafts(addresses: Address[]): AddressDraft[] {
  return addresses.map((a) => ({ type: a.type, country: a.country ?? '', region: a.region ?? '', city: a.city ?? '', street: a.street ?? '', postcode: a.postcode ?? '' }));
}

/** Rows with something typed in them, in the API's shape; blank rows are dropped. */
export function phoneInputs(rows: PhoneDraft[]): PhoneInput[] {
  return rows.filter((row) => row.value.trim()).map((row) => ({ type: row.type, value: row.value.trim(), ...(row.keepAsTyped ? { keepAsTyped: true } : {}), ...(row.country ? { country: row.country } : {}) }));
}

export function emailInputs(rows: EmailDraft[]): Email[] {
  return rows.filter((row) => row.value.trim()).map((row) => ({ type: row.type, value: row.value.trim() }));
}

export function messengerInputs(rows: MessengerDraft[]): Messenger[] {
  return rows.filter((row) => row.value.trim()).map((row) => ({ type: row.type, value: row.value.trim() }));
}

export function addressInputs(rows: AddressDraft[]): Address[] {
  return rows
    .filter((row) => ADDRESS_PARTS.some((part) => row[part].trim()))
    .map((row) => {
      const out: Address = { type: row.type };
      for (const part of ADDRESS_PARTS) if (row[part].trim()) out[part] = row[part].trim();
      return out;
    });
}

/**
 * Rows the API numbers in its field errors (`phones.2.value`) are the non-blank ones; this maps
 * the API's index back to the form's row index.
 */
export function sentIndexes<T>(rows: T[], isBlank: (row: T) => boolean): number[] {
  const out: number[] = [];
  rows.forEach((row, index) => {
    if (!isBlank(row)) out.push(index);
  });
  return out;
}

/** Empty string → null, the rest trimmed: what an optional text field sends. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
