import { Button, Divider, Group, Stack } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ActivityEntry } from '../activities/ActivityEntry';
import { NoteComposer } from './NoteComposer';
import { TimelineEntry } from './TimelineEntry';
import { useNoteMutations, useTimeline, type SubjectType } from './timeline.api';

interface TimelinePanelProps {
  subjectType: SubjectType;
  subjectId: string;
  /** Whether the user may write notes on this record. */
  canWrite: boolean;
  focusSignal: number;
  /** Called after a note is added, changed or deleted (the record's last activity moves). */
  onChanged?: () => unknown;
}

/** A record's timeline: a box for a new note, then everything that happened, newest first. */
export function TimelinePanel({ subjectType, subjectId, canWrite, focusSignal, onChanged }: TimelinePanelProps) {
  const { t } = useTranslation();
  const timeline = useTimeline(subjectType, subjectId);
  const notes = useNoteMutations(subjectType, subjectId);

  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md" data-testid="timeline">
      {canWrite ? (
        <NoteComposer
          focusSignal={focusSignal}
          onAdd={async (body) => {
            await notes.add.mutateAsync(body);
            await onChanged?.();
          }}
        />
      ) : null}
      {canWrite ? <Divider /> : null}
      {timeline.isPending ? (
        <ContentSkeleton />
      ) : timeline.isError ? (
        <ErrorState message={apiErrorText(t, timeline.error)} onRetry={() => void timeline.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState order={3} icon={<IconTimeline size={28} />} title={t('timeline.empty')}>
          {canWrite ? t('timeline.emptyText') : null}
        </EmptyState>
      ) : (
        <Stack gap="md">
          {items.map((item) =>
            // An activity is changed on its own card; its item on the feed links there.
            item.kind === 'activity' ? (
              <ActivityEntry key={item.id} item={item} />
            ) : (
              <TimelineEntry
                key={item.id}
                item={item}
                onSave={async (entry, body) => {
                  await notes.update.mutateAsync({ id: entry.id, body, version: entry.version });
                  await onChanged?.();
                }}
                onDelete={async (entry) => {
                  await notes.remove.mutateAsync({ id: entry.id, version: entry.version });
                  await onChanged?.();
                }}
              />
            ),
          )}
        </Stack>
      )}
      {timeline.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" size="xs" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            {t('timeline.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
