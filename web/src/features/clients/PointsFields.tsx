import { Stack } from '@mantine/core';
import { AddressesEditor } from './AddressesEditor';
import { EMAIL_TYPES, MESSENGER_TYPES } from './clientTypes';
import { PhonesEditor } from './PhonesEditor';
import { TypedRowsEditor } from './TypedRowsEditor';
import type { PointDrafts } from './usePointDrafts';

interface PointsFieldsProps {
  points: PointDrafts;
  errors: Record<string, string>;
  codes: Record<string, string>;
}

/** Phones, emails, messengers and addresses of a contact or company form. */
export function PointsFields({ points, errors, codes }: PointsFieldsProps) {
  return (
    <Stack gap="md">
      <PhonesEditor rows={points.phones} onChange={points.setPhones} errors={errors} codes={codes} />
      <TypedRowsEditor list="emails" types={EMAIL_TYPES} rows={points.emails} onChange={points.setEmails} errors={errors} inputType="email" placeholder="name@example.com" />
      <TypedRowsEditor list="messengers" types={MESSENGER_TYPES} rows={points.messengers} onChange={points.setMessengers} errors={errors} placeholder="@username" />
      <AddressesEditor rows={points.addresses} onChange={points.setAddresses} errors={errors} />
    </Stack>
  );
}
