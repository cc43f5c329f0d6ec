import { useEffect, useRef, useState } from 'react';
import { Affix, Button, Notification, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { undoErrorText } from './mergeErrors';
import { useUndoMerge } from './duplicates.api';
import { dismissMergeNotice, showMergeNotice, useMergeNotice, type MergeNoticeState } from './mergeNotice';

const VISIBLE_MS = { merged: 20_000, undone: 6_000 };

/**
 * The corner notice after a merge, with "Undo"; mounted once in the signed-in frame so that it
 * stays while the app moves to the kept record's card. It waits while the pointer or focus is on it.
 */
export function MergeNotice() {
  const shown = useMergeNotice();
  if (!shown) return null;
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={400} style={{ left: 16, display: 'flex', justifyContent: 'flex-end', pointerEvents: 'none' }}>
      <NoticeCard key={shown.serial} notice={shown.notice} />
    </Affix>
  );
}

function NoticeCard({ notice }: { notice: MergeNoticeState }) {
  const { t } = useTranslation();
  const undoMerge = useUndoMerge();
  const [paused, setPaused] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (paused || pending || error) return;
    timer.current = window.setTimeout(dismissMergeNotice, VISIBLE_MS[notice.kind]);
    return () => window.clearTimeout(timer.current);
  }, [paused, pending, error, notice.kind]);

  async function undo() {
    if (notice.kind !== 'merged') return;
    setPending(true);
    setError(null);
    try {
      await undoMerge.mutateAsync(notice.mergeId);
      showMergeNotice({ kind: 'undone', entity: notice.entity, title: notice.title });
    } catch (failure) {
      setError(undoErrorText(t, failure));
      setPending(false);
    }
  }

  const title =
    notice.kind === 'merged'
      ? t(`merge.notice.merged_${notice.entity}`, { count: notice.count, title: notice.title })
      : t('merge.notice.undone', { title: notice.title });
  return (
    <Notification
      role="status"
      aria-live="polite"
      data-testid="merge-notice"
      icon={<IconCheck size={18} />}
      color="green"
      withBorder
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      onClose={dismissMergeNotice}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      style={{ pointerEvents: 'auto', width: 420, maxWidth: '100%' }}
      styles={{ title: { overflowWrap: 'anywhere' } }}
    >
      {notice.kind === 'merged' ? (
        <>
          <Text size="sm" c="dimmed">
            {t('merge.notice.mergedText')}
          </Text>
          {error ? (
            <Text size="sm" c="red" role="alert" mt={4}>
              {error}
            </Text>
          ) : null}
          <Button mt="xs" size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} loading={pending} onClick={() => void undo()} data-testid="merge-undo">
            {t('merge.undo')}
          </Button>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('merge.notice.undoneText')}
        </Text>
      )}
    </Notification>
  );
}
