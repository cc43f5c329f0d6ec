import { Button, Modal, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WidgetInfo } from './analytics.api';

interface Props {
  opened: boolean;
  onClose: () => void;
  catalogue: WidgetInfo[];
  onPick: (info: WidgetInfo) => void;
}

/** The catalogue of widgets: each with what it shows; picking one adds it to the dashboard's end. */
export function AddWidgetModal({ opened, onClose, catalogue, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('analytics.addWidget')} size="xl">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {catalogue.map((info) => (
          <UnstyledButton key={info.key} onClick={() => onPick(info)} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }} data-testid={`catalogue-${info.key}`}>
            <Stack gap={2}>
              <Text fw={600} size="sm">{info.title}</Text>
              <Text size="xs" c="dimmed">{info.description}</Text>
            </Stack>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Button variant="default" mt="md" onClick={onClose}>{t('common.cancel')}</Button>
    </Modal>
  );
}
