import { Alert, Button } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Someone saved the record after it was opened: nothing was overwritten; reload to see their version. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconUsers size={18} />} title={t('clients.conflict.title')} role="alert" data-testid="conflict-alert">
      {t('clients.conflict.text')}
      <Button mt="xs" size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} onClick={onReload} display="block">
        {t('clients.conflict.reload')}
      </Button>
    </Alert>
  );
}
