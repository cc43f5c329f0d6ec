import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useCurrentUser } from '../../app/session';
import { failedRowsUrl, type Import } from './imports.api';
import { ImportStatusBadge } from './ImportStatusBadge';
import { MergedCellsAlert } from './MergedCellsAlert';
import { UndoImportButton, canUndo } from './UndoImportButton';

const COUNTS = ['created', 'updated', 'skipped', 'failed'] as const;
const COLORS = { created: 'green', updated: 'blue', skipped: 'gray', failed: 'red' } as const;

/** What an import did: its counts, the failed rows to fix and re-import, and its undo. */
export function ImportReport({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Stack data-testid="import-report" data-status={imp.status}>
      <Group gap="xs">
        <ImportStatusBadge status={imp.status} />
        {imp.finishedAt ? <Text size="sm" c="dimmed">{formatDateTime(imp.finishedAt, me.timeZone)}</Text> : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {COUNTS.map((key) => (
          <Paper key={key} withBorder radius="md" p="sm" data-testid={`import-count-${key}`}>
            <Text size="xs" c="dimmed" tt="uppercase">{t(`imports.counts.${key}`)}</Text>
            <Text size="xl" fw={700} c={imp.counts[key] > 0 ? COLORS[key] : undefined}>{formatNumber(imp.counts[key])}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <MergedCellsAlert imp={imp} />
      {imp.status === 'undone' ? <Alert color="gray">{t('imports.undoneText')}</Alert> : null}
      <Group gap="sm">
        {imp.counts.failed > 0 ? (
          <Button component="a" href={failedRowsUrl(imp.id)} download variant="default" leftSection={<IconDownload size={16} />} data-testid="import-failed-rows">
            {t('imports.failedRows')}
          </Button>
        ) : null}
        {canUndo(imp) ? <UndoImportButton imp={imp} /> : null}
        <Button component={Link} to={`/import?entity=${imp.entity}`} variant="light" leftSection={<IconPlus size={16} />}>
          {t('imports.another')}
        </Button>
      </Group>
    </Stack>
  );
}
