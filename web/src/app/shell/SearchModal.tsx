import { Modal, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SearchModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The global search dialog; until the client base ships it says so instead of faking results. */
export function SearchModal({ opened, onClose }: SearchModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.label')}
      size="lg"
      yOffset="10dvh"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <TextInput
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          size="md"
          data-autofocus
          type="search"
        />
        <Stack align="center" gap="xs" py="md" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconSearch size={24} />
          </ThemeIcon>
          <Text fw={600}>{t('search.comingTitle')}</Text>
          <Text c="dimmed" size="sm" maw={420}>
            {t('search.comingText')}
          </Text>
        </Stack>
      </Stack>
    </Modal>
  );
}
