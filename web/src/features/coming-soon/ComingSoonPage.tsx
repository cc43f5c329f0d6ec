import { Badge, Group, Paper, Title } from '@mantine/core';
import { IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NavItem } from '../../app/modules';
import { EmptyState } from '../../components/EmptyState';

/** A module's place in the app until it ships: what it will do, and no made-up data. */
export function ComingSoonPage({ module }: { module: NavItem }) {
  const { t } = useTranslation();
  const ModuleIcon = module.icon;
  return (
    <>
      <Group gap="sm" mb="lg">
        <Title order={1} size="h2">
          {t(`nav.${module.key}`)}
        </Title>
        <Badge variant="light" leftSection={<IconHourglassEmpty size={12} aria-hidden />}>
          {t('comingSoon.badge')}
        </Badge>
      </Group>
      <Paper withBorder radius="md">
        <EmptyState icon={<ModuleIcon size={32} />} title={t('comingSoon.text')}>
          {t(`comingSoon.${module.key}`)}
        </EmptyState>
      </Paper>
    </>
  );
}
