import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { DragList } from './DragList';
import { NameModal } from './NameModal';
import { moveItem, useLostReasons, useReorderLostReasons, useRetireLostReason, useSaveLostReason, type LostReason } from './pipelines.api';
import { useSalesAction } from './useSalesAction';

/** The reasons a deal is lost, in the order the "lost" dialog offers them: add, rename, reorder, retire. */
export function LostReasons() {
  const { t } = useTranslation();
  const reasons = useLostReasons();
  const action = useSalesAction();
  const reorder = useReorderLostReasons();
  const save = useSaveLostReason();
  const retire = useRetireLostReason();
  const [editing, setEditing] = useState<LostReason | 'new' | null>(null);
  const [retiring, setRetiring] = useState<LostReason | null>(null);

  if (reasons.isPending) return <ContentSkeleton />;
  if (reasons.isError) return <ErrorState message={apiErrorText(t, reasons.error)} onRetry={() => void reasons.refetch()} />;
  const items = reasons.data;
  const move = (from: number, to: number) => void action.run(() => reorder.mutateAsync(moveItem(items, from, to).map((r) => r.id)));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('pipelines.reasons.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pipelines.reasons.hint')}
          </Text>
        </Stack>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('pipelines.reasons.add')}
        </Button>
      </Group>
      {action.stale ? (
        <Alert color="orange" role="alert" withCloseButton onClose={action.dismiss} closeButtonLabel={t('common.close')}>
          {t('pipelines.staleRefreshed')}
        </Alert>
      ) : null}
      {action.failure ? <ErrorAlert error={action.failure} /> : null}
      <Paper withBorder radius="md">
        {items.length === 0 ? (
          <Text p="md" c="dimmed" size="sm">
            {t('pipelines.reasons.empty')}
          </Text>
        ) : (
          <DragList items={items} label={t('pipelines.reasons.title')} keyOf={(r) => r.id} enabled={!action.busy} onMove={move}>
            {(reason, index) => (
              <Group justify="space-between" gap="xs" wrap="nowrap" py="xs" px="sm" data-testid={`reason-${reason.name}`}>
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <IconGripVertical size={16} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
                  <Text style={{ overflowWrap: 'anywhere' }}>{reason.name}</Text>
                </Group>
                <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <ActionIcon variant="subtle" aria-label={t('pipelines.reasons.moveUp', { name: reason.name })} disabled={index === 0 || action.busy} onClick={() => move(index, index - 1)}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={t('pipelines.reasons.moveDown', { name: reason.name })} disabled={index === items.length - 1 || action.busy} onClick={() => move(index, index + 1)}>
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('pipelines.reasons.rename', { name: reason.name })} disabled={action.busy} onClick={() => setEditing(reason)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('pipelines.reasons.retire')}>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('pipelines.reasons.retireNamed', { name: reason.name })} disabled={action.busy} onClick={() => setRetiring(reason)}>
                      <IconArchive size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            )}
          </DragList>
        )}
      </Paper>
      <NameModal
        opened={editing !== null}
        title={editing === 'new' ? t('pipelines.reasons.createTitle') : t('pipelines.reasons.renameTitle')}
        label={t('pipelines.reasons.name')}
        submitLabel={editing === 'new' ? t('pipelines.reasons.create') : t('common.save')}
        initial={editing && editing !== 'new' ? editing.name : ''}
        takenText={t('pipelines.reasons.nameTaken')}
        onClose={() => setEditing(null)}
        onSave={(name) => save.mutateAsync(editing && editing !== 'new' ? { id: editing.id, name, version: editing.version } : { name })}
      />
      <ConfirmDialog
        opened={retiring !== null}
        title={t('pipelines.reasons.retireTitle', { name: retiring?.name ?? '' })}
        confirmLabel={t('pipelines.reasons.retire')}
        color="red"
        onClose={() => setRetiring(null)}
        onConfirm={() => retire.mutateAsync(retiring!)}
      >
        {t('pipelines.reasons.retireText')}
      </ConfirmDialog>
    </Stack>
  );
}
