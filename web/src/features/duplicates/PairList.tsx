import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCopyCheck, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { NoAccess } from '../settings/NoAccess';
import { useAllUsers } from '../users/users.api';
import { useDismissPair, useDuplicatePairs, useUndismissPair, type ClientEntity, type DuplicatePair, type PairFilter } from './duplicates.api';
import { MergeDialog } from './MergeDialog';
import { PairCard } from './PairCard';
import { PairFilters } from './PairFilters';
import { RebuildButton } from './RebuildButton';
import { RecentMerges } from './RecentMerges';

const NO_FILTER: PairFilter = { evidence: [], ownerId: null };

/** Everyone's names when the user may list people; otherwise only the signed-in user's own. */
function useOwners(): Array<{ id: string; name: string }> {
  const me = useCurrentUser();
  const users = useAllUsers();
  return useMemo(() => (users.data ? users.data.map((user) => ({ id: user.id, name: user.name })) : [{ id: me.id, name: me.name }]), [users.data, me.id, me.name]);
}

/** The candidate pairs of one record type over the whole base, a page at a time, with merge and "not a duplicate". */
export function PairList({ entity, canEdit, canRebuild }: { entity: ClientEntity; canEdit: boolean; canRebuild: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PairFilter>(NO_FILTER);
  const pairs = useDuplicatePairs(entity, filter);
  const owners = useOwners();
  const ownerNames = useMemo(() => new Map(owners.map((owner) => [owner.id, owner.name])), [owners]);
  const dismiss = useDismissPair();
  const undismiss = useUndismissPair();
  const [dismissed, setDismissed] = useState<DuplicatePair | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // The ids stay while the dialog fades out after closing, so it does not redraw with nothing in it.
  const [merging, setMerging] = useState<{ ids: string[]; opened: boolean }>({ ids: [], opened: false });

  if (isApiError(pairs.error) && pairs.error.status === 403) return <NoAccess />;

  async function markNotDuplicate(pair: DuplicatePair) {
    setActionError(null);
    try {
      await dismiss.mutateAsync({ entity, aId: pair.a.id, bId: pair.b.id });
      setDismissed(pair);
    } catch (error) {
      setActionError(apiErrorText(t, error));
    }
  }

  async function undoDismiss() {
    if (!dismissed) return;
    setActionError(null);
    try {
      await undismiss.mutateAsync({ entity, aId: dismissed.a.id, bId: dismissed.b.id });
      setDismissed(null);
    } catch (error) {
      setActionError(apiErrorText(t, error));
    }
  }

  const pageError = pairs.isFetchNextPageError ? pairs.error : null;
  const items = pairs.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filter.evidence.length > 0 || filter.ownerId !== null;
  let body;
  if (pairs.isPending) body = <ContentSkeleton />;
  else if (pairs.isError) body = <ErrorState message={apiErrorText(t, pairs.error)} onRetry={() => void pairs.refetch()} />;
  else if (items.length === 0) {
    body = (
      <EmptyState order={3} icon={<IconCopyCheck size={32} />} title={t(filtered ? 'duplicates.emptyFiltered' : `duplicates.empty_${entity}`, { defaultValue: t('duplicates.emptyAny') })}>
        {t(filtered ? 'duplicates.emptyFilteredText' : 'duplicates.emptyText')}
      </EmptyState>
    );
  } else {
    body = (
      <Stack gap="md">
        <Text size="sm" c="dimmed" role="status" data-testid="pair-count">
          {pairs.hasNextPage ? t('duplicates.pairCountMore', { count: items.length }) : t('duplicates.pairCount', { count: items.length })}
        </Text>
        {items.map((pair) => (
          <PairCard
            key={`${pair.a.id}:${pair.b.id}`}
            entity={entity}
            pair={pair}
            owners={ownerNames}
            canEdit={canEdit}
            pending={dismiss.isPending && dismiss.variables?.aId === pair.a.id && dismiss.variables.bId === pair.b.id}
            onMerge={() => setMerging({ ids: [pair.a.id, pair.b.id], opened: true })}
            onDismiss={() => void markNotDuplicate(pair)}
          />
        ))}
        {pairs.hasNextPage ? (
          <Group justify="center">
            <Button variant="default" onClick={() => void pairs.fetchNextPage()} loading={pairs.isFetchingNextPage} data-testid="pairs-more">
              {t('duplicates.loadMore')}
            </Button>
          </Group>
        ) : null}
        {pageError ? <Alert color="red">{apiErrorText(t, pageError)}</Alert> : null}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PairFilters value={filter} onChange={setFilter} owners={owners} />
        {canRebuild ? <RebuildButton entity={entity} /> : null}
      </Group>
      {dismissed ? (
        <Alert color="gray" icon={<IconEyeOff size={18} />} role="status" data-testid="dismissed-notice" withCloseButton onClose={() => setDismissed(null)} closeButtonLabel={t('common.close')}>
          <Group gap="sm" justify="space-between">
            <Text size="sm" style={{ overflowWrap: 'anywhere', flex: '1 1 240px' }}>
              {t('duplicates.dismissed', { a: dismissed.a.title, b: dismissed.b.title })}
            </Text>
            <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} onClick={() => void undoDismiss()} loading={undismiss.isPending} data-testid="dismiss-undo">
              {t('duplicates.undoDismiss')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {actionError ? (
        <Alert color="red" role="alert" withCloseButton onClose={() => setActionError(null)} closeButtonLabel={t('common.close')}>
          {actionError}
        </Alert>
      ) : null}
      {body}
      <RecentMerges entity={entity} />
      <MergeDialog
        entity={entity}
        recordIds={merging.ids}
        opened={merging.opened}
        stay
        onClose={() => setMerging((current) => ({ ...current, opened: false }))}
      />
    </Stack>
  );
}
