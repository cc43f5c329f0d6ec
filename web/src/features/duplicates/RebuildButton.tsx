import { useEffect, useRef, useState } from 'react';
import { Button, Group, Loader, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { formatNumber } from '../../i18n/format';
import { useJob } from '../jobs/jobs.api';
import { useRebuildPairs, useReloadPairs, type ClientEntity } from './duplicates.api';

/**
 * "Recheck the whole base" (administrators): rebuilds the type's pairs in the background, says
 * how it goes, and reloads the list when it is done. A recheck already running is followed, not
 * doubled. When the job's progress cannot be read, it says the recheck runs and offers a reload.
 */
export function RebuildButton({ entity }: { entity: ClientEntity }) {
  const { t } = useTranslation();
  const rebuild = useRebuildPairs();
  const reload = useReloadPairs();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const state = job.data?.state;
  // The job id whose end has been acted on, so the list reloads once per recheck.
  const reloadedFor = useRef<string | null>(null);

  useEffect(() => {
    if (state !== 'done' || reloadedFor.current === jobId) return;
    reloadedFor.current = jobId;
    void reload();
  }, [state, jobId, reload]);

  const running = jobId !== null && (state === undefined || state === 'queued' || state === 'running') && !job.isError;
  let note: string | null = null;
  if (rebuild.isError) note = apiErrorText(t, rebuild.error);
  else if (state === 'done') note = t('duplicates.rebuild.done');
  else if (state === 'failed') note = t('duplicates.rebuild.failed');
  else if (jobId !== null && job.isError) note = t('duplicates.rebuild.started');
  else if (running && job.data && job.data.state === 'running' && job.data.total > 0) {
    note = `${t('duplicates.rebuild.running')} ${t('jobs.progress', { done: formatNumber(job.data.done), total: formatNumber(job.data.total) })}`;
  } else if (running) note = t('duplicates.rebuild.running');

  return (
    <Group gap="xs" wrap="nowrap" data-testid="pairs-rebuild">
      {note ? (
        <Group gap={6} wrap="nowrap">
          {running ? <Loader size={14} /> : null}
          <Text size="sm" c={state === 'failed' || rebuild.isError ? 'red' : 'dimmed'} role="status">
            {note}
          </Text>
        </Group>
      ) : null}
      {jobId !== null && job.isError ? (
        // The job's progress cannot be read (not every job reports it): the user reloads when they like.
        <Button variant="subtle" size="xs" onClick={() => void reload()} data-testid="pairs-reload">
          {t('duplicates.rebuild.reload')}
        </Button>
      ) : null}
      <Button
        variant="default"
        size="xs"
        leftSection={<IconRefresh size={14} />}
        loading={rebuild.isPending}
        disabled={running}
        onClick={() =>
          rebuild.mutate(entity, {
            onSuccess: (id) => {
              reloadedFor.current = null;
              setJobId(id);
            },
          })
        }
        title={t('duplicates.rebuild.hint')}
      >
        {t('duplicates.rebuild.button')}
      </Button>
    </Group>
  );
}
