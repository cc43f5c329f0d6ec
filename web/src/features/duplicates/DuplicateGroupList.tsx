import { useState } from 'react';
import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCopyCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { NoAccess } from '../settings/NoAccess';
import { DuplicateGroupCard } from './DuplicateGroupCard';
import { useDuplicateGroups, type ClientEntity } from './duplicates.api';
import { groupKey, useHiddenGroups } from './hiddenGroups';
import { MergeDialog } from './MergeDialog';
import { RecentMerges } from './RecentMerges';

/** The candidate groups of one entity, with merge and "not duplicates" per group. */
export function DuplicateGroupList({ entity, canMerge }: { entity: ClientEntity; canMerge: boolean }) {
  const { t } = useTranslation();
  const groups = useDuplicateGroups(entity);
  const hidden = useHiddenGroups();
  // The ids stay while the dialog fades out after closing, so it does not redraw with nothing in it.
  const [merging, setMerging] = useState<{ ids: string[]; opened: boolean }>({ ids: [], opened: false });

  if (isApiError(groups.error) && groups.error.status === 403) return <NoAccess />;
  if (groups.isPending) return <ContentSkeleton />;
  if (groups.isError) return <ErrorState message={apiErrorText(t, groups.error)} onRetry={() => void groups.refetch()} />;

  const all = groups.data.map((group) => ({ group, key: groupKey(entity, group.records.map((record) => record.id)) }));
  const visible = all.filter((item) => !hidden.isHidden(item.key));
  const hiddenCount = all.length - visible.length;

  return (
    <Stack gap="md">
      {visible.length === 0 ? (
        <EmptyState order={3} icon={<IconCopyCheck size={32} />} title={t(`duplicates.empty_${entity}`)}>
          {t('duplicates.emptyText')}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('duplicates.groupCount', { count: visible.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {visible.map(({ group, key }) => (
              <DuplicateGroupCard
                key={key}
                entity={entity}
                group={group}
                canMerge={canMerge}
                onMerge={() => setMerging({ ids: group.records.map((record) => record.id), opened: true })}
                onHide={() => hidden.hide(key)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      {hiddenCount > 0 ? (
        <Text size="sm" c="dimmed" ta="center">
          {t('duplicates.hiddenCount', { count: hiddenCount })}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => hidden.showAll(entity)}>
            {t('duplicates.showHidden')}
          </Button>
        </Text>
      ) : null}
      <RecentMerges entity={entity} />
      <MergeDialog
        entity={entity}
        recordIds={merging.ids}
        opened={merging.opened}
        onClose={() => setMerging((current) => ({ ...current, opened: false }))}
      />
    </Stack>
  );
}
