import { Stack } from '@mantine/core';
import { AddressesEditor } from './AddressesEditor';
import { EMAIL_TYPES, MESSENGER_TYPES, type PhoneCandidate } from './clientTypes';
import { PhonesEditor } from './PhonesEditor';
import { TypedRowsEditor } from './TypedRowsEditor';
import type { PointDrafts } from './usePointDrafts';
import { LockedField } from '../../components/form/LockedField';
import type { FieldLocks } from '../../records/fieldLocks';

interface PointsFieldsProps {
  points: PointDrafts;
  errors: Record<string, string>;
  codes: Record<string, string>;
  /** Readings of phones valid in several countries, by form path (`phones.0.value`). */
  phoneCandidates?: Record<string, PhoneCandidate[]>;
  /** The viewer's field rights when editing (decision 0027). */
  locks?: FieldLocks;
}

/** Phones, emails, messengers and addresses of a contact or company form. */
export function PointsFields({ points, errors, codes, phoneCandidates = {}, locks }: PointsFieldsProps) {
  const right = (field: string) => locks?.rightOf(field);
  return (
    <Stack gap="md">
      <LockedField right={right('phones')}>
        <PhonesEditor rows={points.phones} onChange={points.setPhones} errors={errors} codes={codes} candidates={phoneCandidates} />
      </LockedField>
      <LockedField right={right('emails')}>
        <TypedRowsEditor list="emails" types={EMAIL_TYPES} rows={points.emails} onChange={points.setEmails} errors={errors} inputType="email" placeholder="name@example.com" />
      </LockedField>
      <LockedField right={right('messengers')}>
        <TypedRowsEditor list="messengers" types={MESSENGER_TYPES} rows={points.messengers} onChange={points.setMessengers} errors={errors} placeholder="@username" />
      </LockedField>
      <LockedField right={right('addresses')}>
        <AddressesEditor rows={points.addresses} onChange={points.setAddresses} errors={errors} />
      </LockedField>
    </Stack>
  );
}
