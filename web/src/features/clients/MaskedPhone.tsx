import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../api/client';
import type { Phone } from './clientTypes';

/** Where a masked phone is called from: the record's list path segment and id. */
export interface CallTarget {
  plural: 'contacts' | 'companies';
  id: string;
}

/**
 * A phone the viewer's role sees masked (decision 0027): the mask, and a Call button that asks the
 * server for the `tel:` link and hands it to the phone app without showing the number.
 */
export function MaskedPhone({ phone, index, target }: { phone: Phone; index: number; target: CallTarget }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  async function call() {
    setPending(true);
    try {
      const path = target.plural === 'contacts' ? '/api/v1/contacts/{id}/phones/{index}/call' as const : '/api/v1/companies/{id}/phones/{index}/call' as const;
      const { tel } = await apiPost(path, { path: { id: target.id, index } });
      window.location.href = tel;
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
