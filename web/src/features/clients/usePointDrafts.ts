import { useState } from 'react';
import type { Address, Email, Messenger, Phone } from './clientTypes';
import {
  ADDRESS_PARTS,
  addressDrafts,
  addressInputs,
  emailInputs,
  messengerInputs,
  phoneDrafts,
  phoneInputs,
  sentIndexes,
  type AddressDraft,
  type EmailDraft,
  type MessengerDraft,
  type PhoneDraft,
} from './drafts';
import { remapIndexes } from './formErrorMap';

/** A record's contact details; a field the viewer's role hides is absent (decision 0027). */
interface PointsSource {
  phones?: Phone[];
  emails?: Email[];
  messengers?: Messenger[];
  addresses?: Address[];
}

/**
 * The phone, email, messenger and address rows of a form: their drafts, what to send, which
 * error paths they show, and how the API's row numbers map back to the form's.
 */
export function usePointDrafts(record: PointsSource | null) {
  const [phones, setPhones] = useState<PhoneDraft[]>(() => (record?.phones?.length ? phoneDrafts(record.phones) : [{ type: 'mobile', value: '', keepAsTyped: false }]));
  const [emails, setEmails] = useState<EmailDraft[]>(() => (record?.emails?.length ? record.emails.map((e) => ({ ...e })) : [{ type: 'work', value: '' }]));
  const [messengers, setMessengers] = useState<MessengerDraft[]>(() => record?.messengers?.map((m) => ({ ...m })) ?? []);
  const [addresses, setAddresses] = useState<AddressDraft[]>(() => addressDrafts(record?.addresses ?? []));

  const known = new Set<string>(['phones', 'emails', 'messengers', 'addresses']);
  phones.forEach((_, i) => known.add(`phones.${i}.value`));
  emails.forEach((_, i) => known.add(`emails.${i}.value`));
  messengers.forEach((_, i) => known.add(`messengers.${i}.value`));
  addresses.forEach((_, i) => {
    known.add(`addresses.${i}`);
    for (const part of ADDRESS_PARTS) known.add(`addresses.${i}.${part}`);
  });

  const sent = {
    phones: sentIndexes(phones, (row) => !row.value.trim()),
    emails: sentIndexes(emails, (row) => !row.value.trim()),
    messengers: sentIndexes(messengers, (row) => !row.value.trim()),
    addresses: sentIndexes(addresses, (row) => ADDRESS_PARTS.every((part) => !row[part].trim())),
  };

  return {
    phones,
    setPhones,
    emails,
    setEmails,
    messengers,
    setMessengers,
    addresses,
    setAddresses,
    known,
    remap: (path: string) => remapIndexes(path, sent),
    inputs: () => ({ phones: phoneInputs(phones), emails: emailInputs(emails), messengers: messengerInputs(messengers), addresses: addressInputs(addresses) }),
  };
}

export type PointDrafts = ReturnType<typeof usePointDrafts>;
