import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../i18n/format';
import { useRecordTypes } from '../../records/recordTypes.api';
import { findRecordRegistration } from '../../records/registry';
import { useAbilities } from '../settings/access';
import { PlanFactStrip } from '../plans/PlanFactStrip';
import { RecentlyCreated, RecentlyViewed, StaleClients } from './ClientBlocks';
import { MyDayBlock, MyDealsBlock } from './WorkBlocks';

/** The types whose records are "clients": the ones with a timeline among contacts and companies the user may see. */
const CLIENT_TYPES = ['contact', 'company'];

/**
 * The start screen is the day's work: overdue and today's tasks, open deals by expected close,
 * clients gone quiet, and the records the user opened or that were added last. Each block asks
 * the ordinary list APIs, so it shows only what the user may see, and is left out without the right.
 */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const abilities = useAbilities();
  const types = useRecordTypes();
  const visible = new Set((types.data ?? []).map((type) => type.entityType));
  const clients = CLIENT_TYPES.filter((type) => visible.has(type) && findRecordRegistration(type));
  const canDeals = visible.has('deal') && !!findRecordRegistration('deal');
  const canActivities = abilities.can('activities', 'view');
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={1} size="h2">
          {t('home.title', { name: user.name })}
        </Title>
        <Text size="sm" c="dimmed">
          {user.workspace.name} · {formatDate(new Date(), user.timeZone || user.workspace.timeZone)}
        </Text>
      </Group>
      {canDeals && abilities.can('deals', 'view') ? <PlanFactStrip /> : null}
      {types.isPending ? null : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
          {canActivities ? <MyDayBlock /> : null}
          {canDeals ? <MyDealsBlock /> : null}
          {clients.length > 0 ? <StaleClients key={clients.join()} types={clients} /> : null}
          <RecentlyViewed />
          {clients.length > 0 ? <RecentlyCreated key={clients.join()} types={clients} /> : null}
        </SimpleGrid>
      )}
    </Stack>
  );
}
