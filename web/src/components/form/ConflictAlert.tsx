import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
  /** Wording for this kind of record; the general one by default. */
  title?: string;
  text?: string;
  reloadLabel?: string;
}

/** Someone saved the record after it was opened: nothing was overwritten; reload to see their version. */
export function ConflictAlert({ onReload, reloading, title, text, reloadLabel }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconUsers size={18} />} title={title ?? t('form.conflict.title')} role="alert" data-testid="conflict-alert">
      <Text size="sm">{text ?? t('form.conflict.text')}</Text>
      <Button mt="xs" size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} loading={reloading} onClick={onReload} display="block">
        {reloadLabel ?? t('form.conflict.reload')}
      </Button>
    </Alert>
  );
}
