import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useJob } from '../jobs/jobs.api';
import { formatDuration } from './duration';
import { useImportAction, type Import } from './imports.api';

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A running import (or its undo): rows done of all, rows per second, time left; the run can be cancelled. */
export function ImportProgress({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const job = useJob(imp.jobId);
  const action = useImportAction(imp.id);
  const data = job.data;
  const total = data?.total || imp.counts.total;
  const done = data?.done ?? 0;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const speed = num(data?.result?.rowsPerSecond);
  const left = num(data?.result?.secondsLeft);
  const undoing = imp.status === 'undoing';
  return (
    <Stack data-testid="import-progress" data-status={imp.status}>
      <Group justify="space-between" gap="xs">
        <Text fw={500} role="status" aria-live="polite">
          {!data || data.state === 'queued'
            ? t('jobs.queued')
            : t(undoing ? 'imports.undoingProgress' : 'imports.progress', { done: formatNumber(done), total: formatNumber(total) })}
        </Text>
        <Text size="sm" c="dimmed">
          {[speed !== null ? t('imports.speed', { rows: formatNumber(Math.round(speed)) }) : null, left !== null ? t('imports.timeLeft', { time: formatDuration(left) }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <Progress value={percent} size="lg" animated aria-label={t('imports.progressLabel')} />
      <Text size="sm" c="dimmed">{t('imports.canClose')}</Text>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      {!undoing ? (
        <Group>
          <Button variant="default" color="red" leftSection={<IconPlayerStop size={16} />} loading={action.isPending} onClick={() => action.mutate({ action: 'cancel', version: imp.version })} data-testid="import-cancel">
            {t('imports.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
