import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUndoableMerges, type ClientEntity, type MergeSummary } from './duplicates.api';
import { UndoMergeDialog } from './UndoMergeDialog';

interface UndoMergeButtonProps {
  entity: ClientEntity;
  /** The record other records were merged into (the card being shown). */
  survivorId: string;
  /** The card's name for the record, for the notice after undoing. */
  title: string;
  size?: ButtonProps['size'];
}

/**
 * "Undo merge" on a card: undoes the newest merge into this record, when the signed-in user may
 * (their own merge or an admin, and the record unchanged since); renders nothing otherwise.
 */
export function UndoMergeButton({ entity, survivorId, title, size = 'sm' }: UndoMergeButtonProps) {
  const { t } = useTranslation();
  const merges = useUndoableMerges(entity, survivorId);
  const [confirming, setConfirming] = useState<MergeSummary | null>(null);
  const latest = merges.data?.[0];
  if (!latest) return null;
  return (
    <>
      <Button size={size} variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirming(latest)} data-testid="undo-merge">
        {t('merge.undo')}
      </Button>
      <UndoMergeDialog merge={confirming} title={title} onClose={() => setConfirming(null)} />
    </>
  );
}
