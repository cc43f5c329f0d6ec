import { Anchor, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Phone } from './clientTypes';

/** A phone number in the viewer's format, dialable (tel:) when it could be parsed; flagged numbers say so. */
export function PhoneLink({ phone, size = 'sm' }: { phone: Phone; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const text = phone.display || phone.value;
  return (
    <>
      {phone.tel ? (
        <Anchor href={phone.tel} size={size} onClick={(event) => event.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Anchor>
      ) : (
        <Text span size={size}>
          {text}
        </Text>
      )}
      {phone.flagged ? (
        <Tooltip label={t('clients.phoneFlagged')}>
          <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-label={t('clients.phoneFlagged')} style={{ marginLeft: 4, verticalAlign: 'middle' }} />
        </Tooltip>
      ) : null}
    </>
  );
}
