import { useEffect, useRef } from 'react';
import { Alert, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useJob, type JobProgress } from './jobs.api';

interface JobProgressBarProps {
  jobId: string;
  /** Called once when the job ends (done or failed). */
  onFinished: (job: JobProgress) => void;
}

/** Live progress of a background job (polled), from "waiting" to "N of M", and its failure if any. */
export function JobProgressBar({ jobId, onFinished }: JobProgressBarProps) {
  const { t } = useTranslation();
  const job = useJob(jobId);
  const reported = useRef(false);
  const data = job.data;

  useEffect(() => {
    if (!data || reported.current || (data.state !== 'done' && data.state !== 'failed')) return;
    reported.current = true;
    onFinished(data);
  }, [data, onFinished]);

  if (job.error) return <ErrorAlert error={job.error} />;
  const total = data?.total ?? 0;
  const done = data?.done ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const failed = data?.state === 'failed';
  return (
    <Stack gap={4} data-testid="job-progress" data-state={data?.state ?? 'loading'}>
      <Group gap="xs" justify="space-between">
        <Group gap={6}>
          {!failed && data?.state !== 'done' ? <Loader size={14} /> : null}
          <Text size="sm" role="status" aria-live="polite">
            {!data || data.state === 'queued'
              ? t('jobs.queued')
              : t('jobs.progress', { done: formatNumber(done), total: formatNumber(total) })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('jobs.background')}
        </Text>
      </Group>
      <Progress value={percent} color={failed ? 'red' : undefined} animated={!failed && data?.state !== 'done'} aria-label={t('jobs.progressLabel')} />
      {failed ? (
        <Alert color="red" p="xs">
          {t('jobs.failed', { done: formatNumber(done), total: formatNumber(total), reason: t(`jobs.errors.${data.error ?? 'other'}`, { defaultValue: t('jobs.errors.other') }) })}
        </Alert>
      ) : null}
    </Stack>
  );
}
