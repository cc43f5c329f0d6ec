import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phone } from './clientTypes';

/** Asks the server for the `tel:` link of the record's phone at `index` (`POST …/phones/:index/call`). */
export type CallPhone = (index: number) => Promise<string>;

/**
 * A phone the viewer's role sees masked (decision 0027): the mask, and a Call button that asks the
 * server for the `tel:` link and hands it to the phone app without showing the number.
 */
export function MaskedPhone({ phone, index, call: callPhone }: { phone: Phone; index: number; call: CallPhone }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  async function call() {
    setPending(true);
    try {
      window.location.href = await callPhone(index);
    } finally {
      setPending(false);
    }
  }
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Text span size="sm" data-testid="masked-phone" style={{ userSelect: 'none', whiteSpace: 'nowrap' }}>
        {phone.display}
      </Text>
      <Button size="compact-xs" variant="light" loading={pending} onClick={() => void call()} aria-label={t('fieldRights.call')}>
        {t('fieldRights.call')}
      </Button>
    </Group>
  );
}
