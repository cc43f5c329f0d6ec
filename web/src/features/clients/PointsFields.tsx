import { Stack } from '@mantine/core';
import { AddressesEditor } from './AddressesEditor';
import { EMAIL_TYPES, MESSENGER_TYPES, type PhoneCandidate } from './clientTypes';
import { PhonesEditor } from './PhonesEditor';
import { TypedRowsEditor } from './TypedRowsEditor';
import type { PointDrafts } from './usePointDrafts';

interface PointsFieldsProps {
  points: PointDrafts;
  errors: Record<string, string>;
  codes: Record<string, string>;
  /** Readings of phones valid in several countries, by form path (`phones.0.value`). */
  phoneCandidates?: Record<string, PhoneCandidate[]>;
}

/** Phones, emails, messengers and addresses of a contact or company form. */
export function PointsFields({ points, errors, codes, phoneCandidates = {} }: PointsFieldsProps) {
  return (
    <Stack gap="md">
      <PhonesEditor rows={points.phones} onChange={points.setPhones} errors={errors} codes={codes} candidates={phoneCandidates} />
      <TypedRowsEditor list="emails" types={EMAIL_TYPES} rows={points.emails} onChange={points.setEmails} errors={errors} inputType="email" placeholder="name@example.com" />
      <TypedRowsEditor list="messengers" types={MESSENGER_TYPES} rows={points.messengers} onChange={points.setMessengers} errors={errors} placeholder="@username" />
      <AddressesEditor rows={points.addresses} onChange={points.setAddresses} errors={errors} />
    </Stack>
  );
}
