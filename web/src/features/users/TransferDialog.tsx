import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { isApiError } from '../../app/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { entityCountText } from '../../components/history/entityLabels';
import { useTransferRecords, useUsers, type UserAdmin } from './users.api';

interface TransferDialogProps {
  user: UserAdmin;
  opened: boolean;
  onClose: () => void;
}

/** Hands everything a person owns to a colleague (someone leaves or changes job), then says what moved. */
export function TransferDialog({ user, opened, onClose }: TransferDialogProps) {
  const { t } = useTranslation();
  const transferRecords = useTransferRecords();
  const active = useUsers({ status: 'active' }, opened);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [moved, setMoved] = useState<Record<string, number> | null>(null);

  const options = (active.data ?? []).filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const target = active.data?.find((u) => u.id === toUserId);
  const fieldError = isApiError(error) && error.fields.toUserId ? fieldErrorText(t, error.fields.toUserId) : undefined;

  function close() {
    if (pending) return;
    setToUserId(null);
    setError(null);
    setMoved(null);
    onClose();
  }

  async function transfer() {
    if (!toUserId) {
      setError(null);
      return;
    }
    setPending(true);
    setError(null);
    try {
      setMoved(await transferRecords.mutateAsync({ id: user.id, toUserId }));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  const movedEntries = moved ? Object.entries(moved).filter(([, count]) => count > 0) : [];
  return (
    <Modal opened={opened} onClose={close} title={t('users.transfer.title', { name: user.name })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {moved ? (
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
