import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and save at the bottom of a client form. */
export function FormActions({ onCancel, pending, saveLabel }: { onCancel: () => void; pending: boolean; saveLabel: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending} data-testid="save-record">
        {saveLabel}
      </Button>
    </Group>
  );
}
