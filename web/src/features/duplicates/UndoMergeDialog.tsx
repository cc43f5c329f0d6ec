import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime, formatList } from '../../i18n/format';
import { useUndoMerge, type MergeSummary } from './duplicates.api';
import { undoErrorText } from './mergeErrors';
import { showMergeNotice } from './mergeNotice';

interface UndoMergeDialogProps {
  merge: MergeSummary | null;
  /** The kept record's name, for the notice afterwards. */
  title: string;
  onClose: () => void;
}

/** Asks before undoing a merge; the server's refusal (the record changed since) is shown in place. */
export function UndoMergeDialog({ merge, title, onClose }: UndoMergeDialogProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const undoMerge = useUndoMerge();

  async function undo() {
    if (!merge) return;
    // The merged records reappear in lists, search and duplicates; the kept one has its old values.
    await undoMerge.mutateAsync(merge.id);
    showMergeNotice({ kind: 'undone', entity: merge.entity, title });
  }

  const when = merge
    ? t(merge.actor ? 'merge.undoWhenBy' : 'merge.undoWhen', { date: formatDateTime(merge.createdAt, me.timeZone), name: merge.actor?.name })
    : '';
  const what = merge ? t('merge.undoText', { count: merge.merged.length, names: formatList(merge.merged.map((record) => record.title)) }) : '';
  return (
    <ConfirmDialog
      opened={merge !== null}
      title={t('merge.undoTitle')}
      confirmLabel={t('merge.undo')}
      onClose={onClose}
      onConfirm={undo}
      errorText={(error) => undoErrorText(t, error)}
    >
      {`${when} ${what}`}
    </ConfirmDialog>
  );
}
