import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCompleteActivity, useRescheduleActivity, useSaveActivity, type Activity } from './activities.api';
import type { DueChange } from './dueText';
import { RescheduleMenu } from './RescheduleMenu';

/** Across an activity's card: complete it with a result, move it, tick its checklist. */
export function ActivityTop({ record, onChanged }: { record: Activity; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const complete = useCompleteActivity();
  const reschedule = useRescheduleActivity();
  const save = useSaveActivity();
  const [completing, setCompleting] = useState(false);
  const [result, setResult] = useState('');
  const [error, setError] = useState<string | null>(null);
  const canAct = record.abilities.edit && record.status === 'planned';
  if (!canAct && record.checklist.length === 0) return null;

  async function attempt(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      return true;
    } catch (failure) {
      // Someone else changed it: show their version rather than failing again.
      if (isApiError(failure) && failure.status === 409) {
        setError(t('activities.conflict'));
        await onChanged();
      } else setError(apiErrorText(t, failure));
      return false;
    }
  }

  const move = (due: DueChange) => void attempt(() => reschedule.mutateAsync({ id: record.id, version: record.version, ...due }));
  const toggle = (index: number, done: boolean) =>
    void attempt(() => save.mutateAsync({ id: record.id, input: { version: record.version, checklist: record.checklist.map((item, i) => (i === index ? { ...item, done } : item)) } }));

  return (
    <Paper withBorder radius="md" p="md" data-testid="activity-top">
      <Stack gap="sm">
        {error ? (
          <Alert color="red" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        ) : null}
        {canAct ? (
          <Group gap="xs">
            <Button leftSection={<IconCheck size={16} />} color="green" onClick={() => setCompleting(true)} data-testid="complete-with-result">
              {t('activities.complete')}
            </Button>
            <RescheduleMenu due={record} title={record.title} onMove={move} disabled={reschedule.isPending} asButton />
          </Group>
        ) : null}
        {record.checklist.length ? (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('activities.fields.checklist')}
            </Text>
            {record.checklist.map((item, index) => (
              <Checkbox key={index} label={item.text} checked={item.done} disabled={!record.abilities.edit || save.isPending} onChange={(event) => toggle(index, event.currentTarget.checked)} />
            ))}
          </Stack>
        ) : null}
      </Stack>
      <Modal opened={completing} onClose={() => setCompleting(false)} title={t('activities.completeTitle', { title: record.title })}>
        <Stack gap="sm">
          <Textarea label={t('activities.fields.result')} autosize minRows={3} maxRows={10} value={result} onChange={(event) => setResult(event.currentTarget.value)} data-autofocus data-testid="completion-result" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setCompleting(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="green"
              loading={complete.isPending}
              onClick={async () => {
                const ok = await attempt(() => complete.mutateAsync({ id: record.id, version: record.version, result: result.trim() || null }));
                if (ok) setCompleting(false);
              }}
              data-testid="confirm-complete"
            >
              {t('activities.complete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
