import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Modal, Select, Textarea } from '@mantine/core';
import { useLostReasons } from './board.api';

export interface LostReasonDialogProps {
  /** The deal being lost; null when closed. */
  title: string | null;
  onConfirm: (lostReasonId: string, lostComment: string | undefined) => void;
  onCancel: () => void;
}

/** Asks why a deal was lost (a reason from the admin's list is required) before the move happens. */
export function LostReasonDialog({ title, onConfirm, onCancel }: LostReasonDialogProps) {
  const { t } = useTranslation();
  const reasons = useLostReasons(title !== null);
  const [reason, setReason] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason(null);
    setComment('');
    setError(null);
    onCancel();
  };
  return (
    <Modal opened={title !== null} onClose={close} title={t('board.lostTitle', { title: title ?? '' })}>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (!reason) {
          setError(t('board.reasonRequired'));
          return;
        }
        onConfirm(reason, comment.trim() || undefined);
        setReason(null);
        setComment('');
        setError(null);
      }}>
        <Select
          label={t('board.lostReason')}
          required
          data={(reasons.data ?? []).filter((r) => !r.retired).map((r) => ({ value: r.id, label: r.name }))}
          value={reason}
          onChange={(v) => { setReason(v); setError(null); }}
          error={error}
          placeholder={reasons.isLoading ? t('board.loading') : undefined}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea label={t('board.lostComment')} mt="sm" value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('board.cancel')}</Button>
          <Button type="submit" color="red">{t('board.markLost')}</Button>
        </Group>
      </form>
    </Modal>
  );
}
