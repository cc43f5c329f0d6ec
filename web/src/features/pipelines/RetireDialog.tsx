import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, type ComboboxData } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';
import { useReloadPipelines } from './pipelines.api';

interface RetireDialogProps {
  opened: boolean;
  title: string;
  text: string;
  /** Where the deals may go: stages, grouped by pipeline when they span several. */
  targets: ComboboxData;
  onClose: () => void;
  /** Retires; may answer `moveToStageId: required` with the number of deals waiting for a place. */
  onConfirm: (moveToStageId: string | null) => Promise<unknown>;
}

/**
 * Asks before retiring a stage or pipeline, and where its deals go: the stage holding deals makes
 * the server ask for a target (with their number), which the dialog then requires.
 */
export function RetireDialog({ opened, title, text, targets, onClose, onConfirm }: RetireDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {opened ? <RetireForm text={text} targets={targets} onClose={onClose} onConfirm={onConfirm} /> : null}
    </Modal>
  );
}

function RetireForm({ text, targets, onClose, onConfirm }: Omit<RetireDialogProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const reload = useReloadPipelines();
  const [target, setTarget] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<number | null>(null);
  const form = useRecordForm({
    fields: ['moveToStageId', 'id'],
    values: { target },
    guard: false,
    save: async () => {
      try {
        return await onConfirm(target);
      } catch (error) {
        if (isApiError(error) && typeof error.details.deals === 'number') setWaiting(error.details.deals);
        throw error;
      }
    },
    onSaved: onClose,
    // Someone changed it first: the lists reload and the dialog closes on the fresh copy.
    onReload: async () => {
      await reload();
      onClose();
    },
    fieldText: (code, path) =>
      path === 'moveToStageId'
        ? t(code === 'required' ? 'pipelines.retire.targetRequired' : 'pipelines.retire.targetInvalid')
        : t(`pipelines.retire.refused.${code}`, { defaultValue: t('errors.field.invalid') }),
  });
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        {form.errors.id ? (
          <Alert color="red" role="alert">
            {form.errors.id}
          </Alert>
        ) : null}
        <Text size="sm">{text}</Text>
        {waiting !== null ? (
          <Text size="sm" fw={500} role="status">
            {t('pipelines.retire.dealsWaiting', { count: waiting })}
          </Text>
        ) : null}
        <Select
          label={t('pipelines.retire.target')}
          description={t('pipelines.retire.targetHint')}
          placeholder={t('pipelines.retire.targetPlaceholder')}
          data={targets}
          value={target}
          onChange={(value) => {
            setTarget(value);
            form.clearError('moveToStageId');
          }}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={form.errors.moveToStageId}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.pending}>
            {t('pipelines.retire.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
