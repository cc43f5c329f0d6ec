import { useCallback, useState } from 'react';
import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { isApiError } from '../../app/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { entityCountText } from '../../components/history/entityLabels';
import { useUsers, type UserAdmin } from './users.api';
import { JobProgressBar } from '../jobs/JobProgressBar';
import { startTransfer, type JobProgress } from '../jobs/jobs.api';

interface TransferDialogProps {
  user: UserAdmin;
  opened: boolean;
  onClose: () => void;
}

/**
 * Hands everything a person owns to a colleague (someone leaves or changes job), then says what moved.
 * Over one page of records the server moves them in a background job, whose progress shows here.
 */
export function TransferDialog({ user, opened, onClose }: TransferDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const active = useUsers({ status: 'active' }, opened);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [moved, setMoved] = useState<Record<string, number> | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [failedJob, setFailedJob] = useState<JobProgress | null>(null);

  const options = (active.data ?? []).filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const target = active.data?.find((u) => u.id === toUserId);
  const fieldError = isApiError(error) && error.fields.toUserId ? fieldErrorText(t, error.fields.toUserId) : undefined;

  function close() {
    if (pending) return;
    setToUserId(null);
    setError(null);
    setMoved(null);
    setJobId(null);
    setFailedJob(null);
    onClose();
  }

  const finished = useCallback((job: JobProgress) => {
    if (job.state === 'failed') setFailedJob(job);
    else {
      setJobId(null);
      setMoved((job.result?.moved as Record<string, number> | undefined) ?? {});
    }
    void queryClient.invalidateQueries();
  }, [queryClient]);

  async function transfer() {
    if (!toUserId) {
      setError(null);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const answer = await startTransfer(user.id, toUserId);
      if (answer.job) setJobId(answer.job.id);
      else {
        setMoved(answer.moved);
        void queryClient.invalidateQueries();
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  const movedEntries = moved ? Object.entries(moved).filter(([, count]) => count > 0) : [];
  return (
    <Modal opened={opened} onClose={close} title={t('users.transfer.title', { name: user.name })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {jobId ? (
        <Stack gap="md">
          <Text size="sm">{t('users.transfer.running', { name: target?.name ?? '' })}</Text>
          <JobProgressBar jobId={jobId} onFinished={finished} />
          <Group justify="flex-end">
            <Button onClick={close} variant={failedJob ? 'default' : 'light'} data-autofocus>
              {failedJob ? t('common.close') : t('users.transfer.hide')}
            </Button>
          </Group>
        </Stack>
      ) : moved ? (
        <Stack gap="md">
          <Alert color="green" icon={<IconCheck size={18} />} role="status" title={t('users.transfer.done', { name: target?.name ?? '' })}>
            {movedEntries.length === 0 ? (
              t('users.transfer.nothing')
            ) : (
              <List size="sm" spacing={2}>
                {movedEntries.map(([type, count]) => (
                  <List.Item key={type}>{entityCountText(t, type, count)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('users.transfer.text', { name: user.name })}</Text>
          <Select
            label={t('users.transfer.to')}
            data={options}
            value={toUserId}
            onChange={setToUserId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            error={fieldError}
            data-autofocus
          />
          {error && !fieldError ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void transfer()} loading={pending} disabled={!toUserId}>
              {t('users.transfer.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
