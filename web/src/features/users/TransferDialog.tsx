import { useCallback, useState } from 'react';
import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
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
  const [moved, setMoved] = useState<Record<string, number> | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [failedJob, setFailedJob] = useState<JobProgress | null>(null);

  const options = (active.data ?? []).filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const target = active.data?.find((u) => u.id === toUserId);
  const form = useRecordForm({
    fields: ['toUserId'],
    values: { toUserId },
    // Picking a colleague is no work to lose: closing needs no warning.
    guard: false,
    validate: (): Record<string, string> => (toUserId ? {} : { toUserId: 'required' }),
    save: () => startTransfer(user.id, toUserId ?? ''),
    onSaved: (answer) => {
      if (answer.job) setJobId(answer.job.id);
      else {
        setMoved(answer.moved);
        void queryClient.invalidateQueries();
      }
    },
  });

  function close() {
    if (form.pending) return;
    setToUserId(null);
    form.clear();
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
        <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('users.transfer.text', { name: user.name })}</Text>
            <Select
              label={t('users.transfer.to')}
              data={options}
              value={toUserId}
              onChange={(value) => {
                setToUserId(value);
                form.clearError('toUserId');
              }}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              error={form.errors.toUserId}
              data-autofocus
            />
            <FormError message={form.formError} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={form.pending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.pending} disabled={!toUserId}>
                {t('users.transfer.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
