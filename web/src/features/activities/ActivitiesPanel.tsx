import { useState } from 'react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { formatNumber } from '../../i18n/format';
import { clientKeys } from '../clients/clients.api';
import type { PickedRef } from '../deals/ClientPicker';
import { useActivitiesOf, useCompleteActivity, useRescheduleActivity, type LinkParam } from './activities.api';
import { ActivityForm } from './ActivityForm';
import type { ActivityPreset } from './activityDraft';
import { ActivityRow } from './ActivityRow';
import type { DueChange } from './dueText';
import { ACTIVITY_KINDS, activityLook } from './kinds';
import { rowItem } from './rowItem';

// Which link an activity planned from a card gets, and the card's record as the picker names it.
const LINKS = new Map<string, { param: LinkParam; preset: keyof ActivityPreset; name: (record: Record<string, unknown>) => string }>([
  ['deal', { param: 'dealId', preset: 'deal', name: (r) => String(r.title ?? '') }],
  ['contact', { param: 'contactId', preset: 'contact', name: (r) => String(r.displayName ?? r.name ?? '') }],
  ['company', { param: 'companyId', preset: 'company', name: (r) => String(r.name ?? '') }],
]);

/** On a contact's, company's or deal's card: log or plan an activity, and the planned ones, next first. */
export default function ActivitiesPanel({ entityType, recordId }: { entityType: string; recordId: string }) {
  const link = LINKS.get(entityType);
  if (!link) return null;
  return <Panel entityType={entityType} recordId={recordId} link={link} />;
}

function Panel({ entityType, recordId, link }: { entityType: string; recordId: string; link: NonNullable<ReturnType<typeof LINKS.get>> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const planned = useActivitiesOf(link.param, recordId);
  const complete = useCompleteActivity();
  const reschedule = useRescheduleActivity();
  const [preset, setPreset] = useState<ActivityPreset | null>(null);
  const [error, setError] = useState<string | null>(null);
  // No right to see activities: the panel stays away rather than showing an error.
  if (planned.isError && isApiError(planned.error) && (planned.error.status === 403 || planned.error.status === 404)) return null;
  const items = planned.data?.items ?? [];
  // The card's record, to name it in a new activity's link.
  const cached = queryClient.getQueryData<Record<string, unknown>>(clientKeys.record(entityType, recordId));
  const total = planned.data?.total ?? items.length;

  function start(kind: string) {
    const ref: PickedRef = { id: recordId, name: cached ? link.name(cached) : '' };
    setPreset({ kind, [link.preset]: ref });
  }

  function act(action: () => Promise<unknown>) {
    setError(null);
    action().catch((failure: unknown) => setError(isApiError(failure) && failure.status === 409 ? t('activities.conflict') : apiErrorText(t, failure)));
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="activities-panel">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5">
          {t('activities.title')}
          {total ? (
            <Text span c="dimmed" size="sm" fw={400}>
              {' '}
              · {t('activities.plannedCount', { count: total, n: formatNumber(total) })}
            </Text>
          ) : null}
        </Title>
      </Group>
      <Group gap={6} mb="sm" wrap="wrap" data-testid="activity-composer">
        {ACTIVITY_KINDS.map((kind) => {
          const look = activityLook(kind);
          const KindIcon = look.icon;
          return (
            <Tooltip key={kind} label={t(`activities.compose.${kind}`)}>
              <Button size="xs" variant="light" color={look.color} leftSection={<KindIcon size={14} />} onClick={() => start(kind)} data-testid={`compose-${kind}`}>
                {t(`activities.kinds.${kind}`)}
              </Button>
            </Tooltip>
          );
        })}
      </Group>
      {error ? (
        <Alert color="red" withCloseButton onClose={() => setError(null)} mb="sm">
          {error}
        </Alert>
      ) : null}
      {planned.isPending ? (
        <Skeleton h={40} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activities.nothingPlanned')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((item, index) => (
            <Stack key={item.id} gap={2}>
              {index === 0 && entityType === 'deal' ? (
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {t('activities.nextStep')}
                </Text>
              ) : null}
              <ActivityRow
                item={rowItem(item)}
                overdue={item.overdue}
                onComplete={() => act(() => complete.mutateAsync({ id: item.id, version: item.version }))}
                onMove={(due: DueChange) => act(() => reschedule.mutateAsync({ id: item.id, version: item.version, ...due }))}
              />
            </Stack>
          ))}
          {total > items.length ? (
            <Text size="xs" c="dimmed">
              {t('activities.morePlanned', { n: formatNumber(total - items.length) })}
            </Text>
          ) : null}
        </Stack>
      )}
      <ActivityForm opened={preset !== null} onClose={() => setPreset(null)} preset={preset ?? undefined} onCreated={() => setPreset(null)} />
    </Paper>
  );
}
