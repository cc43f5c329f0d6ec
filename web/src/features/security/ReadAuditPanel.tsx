import { useMemo } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useReadLog, type ReadEntry, type ReadFilter } from './security.api';

/** What a read-log entry's detail says in words: a list's filter, a search's query length. */
function detailText(t: (key: string, options?: Record<string, unknown>) => string, entry: ReadEntry): string {
  const detail = entry.detail as { filter?: Record<string, unknown>; queryLength?: number } | null;
  if (detail?.queryLength !== undefined) return t('security.reads.queryLength', { length: detail.queryLength });
  const filter = detail?.filter ? Object.entries(detail.filter).filter(([key]) => key !== 'sort') : [];
  return filter.length ? filter.map(([key, value]) => `${key}: ${String(value)}`).join(', ') : '';
}

/** The read log, newest first: who read which records, how, how many and how heavy. */
export function ReadAuditPanel({ filter, onRecord }: { filter: ReadFilter; onRecord: (entityType: string, entityId: string) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const log = useReadLog(filter);
  const entries = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);
  const totals = log.data?.pages[0]?.totals;
  if (log.isPending) return <ContentSkeleton />;
  if (log.isError) return <ErrorState message={apiErrorText(t, log.error)} onRetry={() => void log.refetch()} />;
  return (
    <Stack gap="sm">
      {totals ? (
        <Text size="sm" aria-live="polite">
          {t('security.reads.totals', { requests: formatNumber(totals.requests), rows: formatNumber(totals.rows), units: formatNumber(totals.units) })}
        </Text>
      ) : null}
      <Paper withBorder radius="md">
        {entries.length === 0 ? (
          <EmptyState order={3} icon={<IconEye size={32} />} title={t('security.reads.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={t('security.reads.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('security.columns.time')}</Table.Th>
                  <Table.Th>{t('security.columns.user')}</Table.Th>
                  <Table.Th>{t('security.columns.path')}</Table.Th>
                  <Table.Th>{t('security.columns.what')}</Table.Th>
                  <Table.Th ta="right">{t('security.columns.rows')}</Table.Th>
                  <Table.Th ta="right">{t('security.columns.units')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{formatDateTime(entry.at, me.timeZone)}</Table.Td>
                    <Table.Td>{entry.user?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm">{t(`security.paths.${entry.path}`)}</Text>
                        {entry.viaToken ? <Badge size="xs" variant="light">{t('security.reads.token')}</Badge> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        <Text size="sm">{entityTypeLabel(t, entry.entityType)}</Text>
                        {entry.entityId ? (
                          <Button variant="subtle" size="compact-xs" px={0} onClick={() => onRecord(entry.entityType, entry.entityId!)}>
                            {t('security.reads.whoElse')}
                          </Button>
                        ) : (
                          <Text size="xs" c="dimmed">{detailText(t, entry)}</Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(entry.rows)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(entry.units)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {log.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('audit.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
