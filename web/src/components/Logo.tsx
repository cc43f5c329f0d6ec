import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The product mark and name. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" aria-hidden>
        <IconAddressBook size={20} />
      </ThemeIcon>
      <Text fw={700} size="lg">
        {t('app.name')}
      </Text>
    </Group>
  );
}
