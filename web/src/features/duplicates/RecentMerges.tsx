import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { formatDateTime, formatList } from '../../i18n/format';
import { cardPath, useUndoableMerges, type ClientEntity, type MergeSummary } from './duplicates.api';
import { UndoMergeDialog } from './UndoMergeDialog';

/** Merges of this entity the user can still undo; nothing when there are none. */
export function RecentMerges({ entity }: { entity: ClientEntity }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const merges = useUndoableMerges(entity);
  const [undoing, setUndoing] = useState<MergeSummary | null>(null);
  const items = merges.data ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={`recent-merges-${entity}`}>
      <Title order={2} size="h4" id={`recent-merges-${entity}`}>
        {t('duplicates.recentMerges')}
      </Title>
      <Paper withBorder radius="md">
        {items.map((merge, index) => {
          const names = formatList(merge.merged.map((record) => record.title));
          return (
            <Group
              key={merge.id}
              justify="space-between"
              gap="sm"
              p="sm"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
              data-testid="recent-merge"
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 260px' }}>
                <IconGitMerge size={18} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('duplicates.mergedLine', { count: merge.merged.length, names })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {merge.actor
                      ? t('merge.undoWhenBy', { date: formatDateTime(merge.createdAt, me.timeZone), name: merge.actor.name })
                      : t('merge.undoWhen', { date: formatDateTime(merge.createdAt, me.timeZone) })}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs">
                <Anchor component={Link} to={cardPath(entity, merge.survivorId)} size="sm">
                  {t('duplicates.openKept')}
                </Anchor>
                <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} onClick={() => setUndoing(merge)}>
                  {t('merge.undo')}
                </Button>
              </Group>
            </Group>
          );
        })}
      </Paper>
      <UndoMergeDialog merge={undoing} title={undoing ? formatList(undoing.merged.map((record) => record.title)) : ''} onClose={() => setUndoing(null)} />
    </Stack>
  );
}
