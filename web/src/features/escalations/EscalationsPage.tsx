import { useState } from 'react';
import { Anchor, Badge, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { SettingsPage } from '../settings/SettingsPage';
import { useEscalations, type Escalation, type EscalationState } from './escalations.api';

const pathOf = (e: Escalation) => (e.subjectType === 'deal' ? `/deals/${e.subjectId}` : `/activities/${e.subjectId}`);

/** The supervisor's screen: every escalated request the viewer may see, with its age, owner and level. */
export default function EscalationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [state, setState] = useState<EscalationState>('open');
  const list = useEscalations(state);

  return (
    <SettingsPage title={t('escalations.title')} description={t('escalations.description')}>
      <SegmentedControl
        value={state}
        onChange={(value) => setState(value as EscalationState)}
        data={[{ value: 'open', label: t('escalations.open') }, { value: 'resolved', label: t('escalations.resolved') }]}
        mb="sm"
        aria-label={t('escalations.stateLabel')}
      />
      <Paper withBorder radius="md">
        {list.isPending ? (
          <ContentSkeleton />
        ) : list.isError ? (
          <ErrorState message={apiErrorText(t, list.error)} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState icon={<IconFlame size={28} />} title={t(state === 'open' ? 'escalations.emptyOpen' : 'escalations.emptyResolved')}>
            {t('escalations.emptyText')}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('escalations.request')}</Table.Th>
                  <Table.Th>{t('escalations.owner')}</Table.Th>
                  <Table.Th>{t('escalations.level')}</Table.Th>
                  <Table.Th>{t('escalations.waiting')}</Table.Th>
                  <Table.Th>{state === 'open' ? t('escalations.escalatedAt') : t('escalations.resolvedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={pathOf(e)} size="sm">{e.title}</Anchor>
                      <Text size="xs" c="dimmed">{t(`escalations.subject.${e.subjectType === 'deal' ? 'deal' : 'task'}`)}</Text>
                    </Table.Td>
                    <Table.Td>{e.ownerName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={e.level === 2 ? 'red' : 'orange'} variant="light">
                        {e.level === 2 ? t('escalations.levelHead', { name: e.notifiedUserName ?? '—' }) : t('escalations.levelOwner')}
                      </Badge>
                    </Table.Td>
                    <Table.Td title={formatDateTime(e.startedAt, me.timeZone)}>{formatRelativeTime(e.startedAt)}</Table.Td>
                    <Table.Td>{formatDateTime(state === 'open' ? e.escalatedAt : e.resolvedAt ?? e.escalatedAt, me.timeZone)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </SettingsPage>
  );
}
