import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { displayName, formatDate } from '../../i18n/format';
import { PlanFactStrip } from '../plans/PlanFactStrip';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** The start screen: who and where you are; modules will add their widgets here. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { workspace } = user;
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} size="h2">
        {t('home.title', { name: user.name })}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="lg">
          <Fact label={t('home.workspace')} value={workspace.name} />
          <Fact label={t('home.today')} value={formatDate(new Date(), user.timeZone || workspace.timeZone)} />
          <Fact label={t('home.timeZone')} value={(user.timeZone || workspace.timeZone).replaceAll('_', ' ')} />
          <Fact label={t('home.country')} value={displayName(workspace.defaultCountry, 'region')} />
          <Fact
            label={t('home.currency')}
            value={`${displayName(workspace.defaultCurrency, 'currency')} (${workspace.defaultCurrency})`}
          />
        </SimpleGrid>
      </Paper>
      {user.permissions?.deals?.view && user.permissions.deals.view !== 'none' ? <PlanFactStrip /> : null}
      <Paper withBorder radius="md">
        <EmptyState icon={<IconSparkles size={32} />} title={t('app.tagline')}>
          {t('home.text')}
        </EmptyState>
      </Paper>
    </Stack>
  );
}
