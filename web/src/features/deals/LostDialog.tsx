import { useState } from 'react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { clientFieldErrorText } from '../clients/formErrorMap';
import { useLostReasons, type Deal } from './deals.api';

interface LostDialogProps {
  opened: boolean;
  onClose: () => void;
  deal: Deal;
  /** Moves the deal to the lost stage with the reason and comment. @throws ApiError */
  onSubmit: (reason: { lostReasonId: string; lostComment: string | null }) => Promise<unknown>;
  /** After a conflict: the card reloads with the deal as it is now. */
  onReload: () => Promise<void>;
}

/** "Mark as lost": a reason from the administrators' list (required) and an optional comment. */
export function LostDialog({ opened, onClose, deal, onSubmit, onReload }: LostDialogProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t('deals.lost.dialogTitle', { name: deal.title })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {opened ? <LostForm deal={deal} onClose={onClose} onSubmit={onSubmit} onReload={onReload} /> : null}
    </GuardedModal>
  );
}

function LostForm({ onClose, onSubmit, onReload }: Omit<LostDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const reasons = useLostReasons();
  const [lostReasonId, setReason] = useState<string | null>(null);
  const [lostComment, setComment] = useState('');
  const form = useRecordForm({
    fields: ['lostReasonId', 'lostComment'],
    values: { lostReasonId, lostComment },
    guard: false,
    validate: (): Record<string, string> => (lostReasonId ? {} : { lostReasonId: 'required' }),
    save: () => onSubmit({ lostReasonId: lostReasonId!, lostComment: lostComment.trim() || null }),
    onSaved: onClose,
    onReload: async () => {
      await onReload();
      onClose();
    },
    fieldText: (code) => (code === 'required' ? t('deals.lost.reasonRequired') : clientFieldErrorText(t, code)),
  });
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : null}
        <FormError message={form.formError} />
        <Select
          label={t('deals.fields.lostReason')}
          withAsterisk
          data={(reasons.data ?? []).filter((reason) => !reason.retired).map((reason) => ({ value: reason.id, label: reason.name }))}
          value={lostReasonId}
          onChange={(id) => {
            setReason(id);
            form.clearError('lostReasonId');
          }}
          error={form.errors.lostReasonId}
          comboboxProps={{ withinPortal: true }}
          data-testid="lost-reason"
        />
        <Textarea label={t('deals.fields.lostComment')} autosize minRows={2} value={lostComment} onChange={(event) => setComment(event.currentTarget.value)} error={form.errors.lostComment} data-testid="lost-comment" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.pending} data-testid="confirm-lost">
            {t('deals.actions.markLost')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
