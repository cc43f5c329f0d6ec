import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useIsPhone } from '../clients/useIsPhone';
import { useImports, type Import } from './imports.api';
import { ImportStatusBadge } from './ImportStatusBadge';
import { UndoImportButton, canUndo } from './UndoImportButton';

/** Past imports, newest first: what, when, by whom, what they did, and their undo. */
export function ImportHistory() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const imports = useImports();
  const isPhone = useIsPhone();
  const result = (imp: Import) =>
    t('imports.resultLine', {
      created: formatNumber(imp.counts.created), updated: formatNumber(imp.counts.updated),
      skipped: formatNumber(imp.counts.skipped), failed: formatNumber(imp.counts.failed),
    });
  const items = imports.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">{t('imports.history')}</Title>
      {imports.error ? <ErrorAlert error={imports.error} /> : null}
      {imports.isPending ? <ContentSkeleton /> : null}
      {imports.data && items.length === 0 ? <Text c="dimmed" size="sm">{t('imports.historyEmpty')}</Text> : null}
      {isPhone && items.length > 0 ? (
        // A phone gets one card per import: five columns do not fit across it.
        <Stack gap="xs" data-testid="import-history">
          {items.map((imp) => (
            <Paper key={imp.id} withBorder radius="md" p="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={`/import/${imp.id}`} style={{ overflowWrap: 'anywhere' }}>{imp.fileName}</Anchor>
                <ImportStatusBadge status={imp.status} />
              </Group>
              <Text size="xs" c="dimmed">
                {t(`nav.${imp.entity}`)} · {formatDateTime(imp.createdAt, me.timeZone)} · {imp.createdBy.name}
              </Text>
              <Text size="sm" mt={4}>{result(imp)}</Text>
              {canUndo(imp) ? <Group mt="xs"><UndoImportButton imp={imp} size="xs" /></Group> : null}
            </Paper>
          ))}
        </Stack>
      ) : null}
      {!isPhone && items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped fz="sm" data-testid="import-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.file')}</Table.Th>
                <Table.Th>{t('imports.status')}</Table.Th>
                <Table.Th>{t('imports.result')}</Table.Th>
                <Table.Th>{t('imports.when')}</Table.Th>
                <Table.Th aria-label={t('imports.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((imp) => (
                <Table.Tr key={imp.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/import/${imp.id}`}>{imp.fileName}</Anchor>
                    <Text size="xs" c="dimmed">{t(`nav.${imp.entity}`)}</Text>
                  </Table.Td>
                  <Table.Td><ImportStatusBadge status={imp.status} /></Table.Td>
                  <Table.Td>{result(imp)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(imp.createdAt, me.timeZone)}</Text>
                    <Text size="xs" c="dimmed">{imp.createdBy.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">{canUndo(imp) ? <UndoImportButton imp={imp} size="xs" /> : null}</Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
