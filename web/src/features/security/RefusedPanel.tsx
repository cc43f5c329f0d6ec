import { Paper, Table, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useRefusedAttempts, type RefusedFilter } from './security.api';

/** Refused requests (403, 404 on hidden records): one line per person, route and minute with how many. */
export function RefusedPanel({ filter }: { filter: RefusedFilter }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refused = useRefusedAttempts(filter);
  if (refused.isPending) return <ContentSkeleton />;
  if (refused.isError) return <ErrorState message={apiErrorText(t, refused.error)} onRetry={() => void refused.refetch()} />;
  const rows = refused.data.items;
  return (
    <Paper withBorder radius="md">
      {rows.length === 0 ? (
        <EmptyState order={3} icon={<IconBan size={32} />} title={t('security.refused.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label={t('security.refused.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.columns.minute')}</Table.Th>
                <Table.Th>{t('security.columns.user')}</Table.Th>
                <Table.Th>{t('security.columns.route')}</Table.Th>
                <Table.Th>{t('security.columns.answer')}</Table.Th>
                <Table.Th ta="right">{t('security.columns.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.minute}|${row.user?.id}|${row.route}`}>
                  <Table.Td>{formatDateTime(row.minute, me.timeZone)}</Table.Td>
                  <Table.Td>{row.user?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">{row.route}</Text>
                  </Table.Td>
                  <Table.Td>{t(row.status === 404 ? 'security.refused.hidden' : 'security.refused.forbidden')}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
