import { Modal, em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ClientEntity } from './duplicates.api';
import { MergeForm } from './MergeForm';

export interface MergeDialogProps {
  entity: ClientEntity;
  /** Two or more records to merge (at most 11: the kept one and up to ten merged into it). */
  recordIds: string[];
  opened: boolean;
  onClose: () => void;
  /** Called after a successful merge, before the app moves to the kept record's card. */
  onMerged?: (survivorId: string) => void;
  /** Stay on the current screen after the merge (the duplicates list) instead of opening the kept record's card. */
  stay?: boolean;
}

/**
 * Merges duplicates: pick the record to keep and, per differing field, whose value wins; phones,
 * emails, messengers, addresses and tags are combined. Shows an "Undo" notice afterwards.
 */
export function MergeDialog({ entity, recordIds, opened, onClose, onMerged, stay = false }: MergeDialogProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 1)})`) ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(`merge.title_${entity}`, { count: recordIds.length })}
      size="xl"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <MergeForm key={recordIds.join(',')} entity={entity} recordIds={recordIds} onClose={onClose} onMerged={onMerged} stay={stay} />
    </Modal>
  );
}
