import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatNumber } from '../../i18n/format';
import { ActivityForm } from '../activities/ActivityForm';
import { ActivityRow } from '../activities/ActivityRow';
import { rowItem } from '../activities/rowItem';
import { MY_DAY_SECTIONS, useMyDay, useMyDayChange, type MyDaySection } from './myDay.api';

const COLORS: Record<MyDaySection, string> = { overdue: 'red', today: 'blue', upcoming: 'gray' };

/** Overdue, today's and upcoming tasks and meetings: tick them done or move them in one click. */
export default function MyDayPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const day = useMyDay(me.id);
  const change = useMyDayChange(me.id);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  function run(args: Parameters<typeof change.mutate>[0]) {
    setError(null);
    change.mutate(args, {
      onError: (failure) => setError(isApiError(failure) && failure.status === 409 ? t('myDay.conflict') : apiErrorText(t, failure)),
    });
  }

  const total = day.data ? MY_DAY_SECTIONS.reduce((sum, section) => sum + day.data[section].items.length, 0) : 0;

  return (
    <Stack gap="md" maw={880} data-testid="my-day">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t('myDay.title')}
        </Title>
        <Group gap="xs">
          <Button component={Link} to="/calendar" variant="default" size="sm" leftSection={<IconCalendar size={16} />}>
            {t('nav.calendar')}
          </Button>
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="my-day-add">
            {t('activities.planTask')}
          </Button>
        </Group>
      </Group>
      {error ? (
        <Alert color="red" withCloseButton onClose={() => setError(null)} data-testid="my-day-error">
          {error}
        </Alert>
      ) : null}
      {day.isPending ? (
        <Stack gap="sm">
          <Skeleton h={80} />
          <Skeleton h={160} />
        </Stack>
      ) : day.isError ? (
        <ErrorState message={apiErrorText(t, day.error)} onRetry={() => void day.refetch()} />
      ) : total === 0 ? (
        <EmptyState icon={<IconCircleCheck size={28} />} title={t('myDay.emptyTitle')}>
          {t('myDay.emptyText')}
        </EmptyState>
      ) : (
        MY_DAY_SECTIONS.map((section) => {
          const { items, count } = day.data[section];
          if (section !== 'today' && items.length === 0) return null;
          return (
            <Paper key={section} withBorder radius="md" p="md" data-testid={`my-day-${section}`}>
              <Group gap="xs" mb="sm">
                <Title order={2} size="h5">
                  {t(`myDay.sections.${section}`)}
                </Title>
                <Badge color={COLORS[section]} variant="light" size="sm">
                  {formatNumber(count)}
                </Badge>
              </Group>
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('myDay.nothingToday')}
                </Text>
              ) : (
                <Stack gap="sm">
                  {items.map((item) => (
                    <ActivityRow
                      key={item.id}
                      item={rowItem(item)}
                      shortDue={section === 'today'}
                      overdue={section === 'overdue'}
                      onComplete={() => run({ action: 'complete', id: item.id, version: item.version })}
                      onMove={(due) => run({ action: 'reschedule', id: item.id, version: item.version, ...due })}
                    />
                  ))}
                </Stack>
              )}
            </Paper>
          );
        })
      )}
      <ActivityForm opened={creating} onClose={() => setCreating(false)} preset={{ kind: 'task' }} onCreated={() => setCreating(false)} />
    </Stack>
  );
}
