import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Collapse, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconList } from '@tabler/icons-react';
import { Link } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import {
  useBoard, useBoardActions, useLiveBoard, useMoveDeal, useMovesInFlight, usePipelines, useQuickCreateDeal, type BoardDeal, type BoardFilters as Filters, type MoveFailure,
} from './board.api';
import { BoardColumns } from './BoardColumns';
import { PlanFactStrip } from '../plans/PlanFactStrip';
import { BoardFilters } from './BoardFilters';
import { ColumnSums } from './ColumnSums';
import type { MoveTarget } from './boardState';

const lastPipelineKey = (userId: string) => `kartoteka.board.pipeline.${userId}`;

/** The deals of a pipeline as a kanban board: `/deals/board` and `/deals/board/:pipelineId`. */
export default function BoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { pipelineId: fromRoute } = useParams();
  const pipelines = usePipelines();
  const [filters, setFilters] = useState<Filters>({});
  const [failure, setFailure] = useState<MoveFailure | null>(null);
  // On a phone the filters fold away behind a button, so the columns start near the top.
  const narrow = useMediaQuery('(max-width: 48em)');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = Object.values(filters).filter((v) => v !== undefined && v !== '' && v !== false).length;

  const remembered = typeof localStorage !== 'undefined' ? localStorage.getItem(lastPipelineKey(me.id)) : null;
  const list = pipelines.data ?? [];
  const pipeline = list.find((p) => p.id === fromRoute) ?? (fromRoute ? undefined : list.find((p) => p.id === remembered) ?? list[0]);
  const pipelineId = pipeline?.id;

  useEffect(() => {
    if (pipelineId) localStorage.setItem(lastPipelineKey(me.id), pipelineId);
  }, [pipelineId, me.id]);

  const board = useBoard(pipelineId, filters);
  const actions = useBoardActions(pipelineId ?? '', filters);
  const moving = useMovesInFlight();
  const move = useMoveDeal(pipelineId ?? '', filters, setFailure);
  const create = useQuickCreateDeal(pipelineId ?? '', filters);
  useLiveBoard(pipelineId, actions.refresh, () => moving > 0);

  const onMove = useCallback((deal: BoardDeal, target: MoveTarget) => {
    setFailure(null);
    move.mutate({ deal, target });
  }, [move]);
  const { loadMore } = actions;
  const onLoadMore = useCallback((stageId: string) => void loadMore(stageId), [loadMore]);
  const onCreate = useCallback((stageId: string, title: string, amount: number | undefined) =>
    create.mutateAsync({ stageId, title, amount, currency: me.workspace.defaultCurrency }), [create, me.workspace.defaultCurrency]);

  if (pipelines.isError) return <ErrorState message={apiErrorText(t, pipelines.error)} onRetry={() => void pipelines.refetch()} />;
  if (pipelines.isLoading) return <ContentSkeleton />;
  if (fromRoute && !pipeline) return <ErrorState message={t('board.noSuchPipeline')} onRetry={() => navigate('/deals/board')} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={1} size="h2">{t('board.title')}</Title>
          <Select
            aria-label={t('board.pipeline')}
            data={list.filter((p) => !p.retired).map((p) => ({ value: p.id, label: p.name }))}
            value={pipelineId ?? null}
            onChange={(id) => id && navigate(`/deals/board/${id}`)}
            allowDeselect={false}
            w={220}
          />
        </Group>
        <Group gap="xs">
          {board.data && (
            <Group gap={6} data-testid="board-totals" wrap="nowrap">
              <Text size="xs" c="dimmed">{t('board.total', { total: board.data.totals.count })}</Text>
              <ColumnSums amounts={board.data.totals.amounts} />
            </Group>
          )}
          {narrow && (
            <Button variant={activeFilters ? 'light' : 'default'} size="xs" leftSection={<IconFilter size={14} />} onClick={() => setFiltersOpen((v) => !v)} aria-expanded={filtersOpen}>
              {activeFilters ? t('board.filtersActive', { total: activeFilters }) : t('board.filters')}
            </Button>
          )}
          <Button component={Link} to="/deals" variant="default" size="xs" leftSection={<IconList size={14} />}>{t('board.listView')}</Button>
        </Group>
      </Group>
      {narrow ? (
        <Collapse in={filtersOpen}>
          <BoardFilters value={filters} onChange={setFilters} />
        </Collapse>
      ) : (
        <BoardFilters value={filters} onChange={setFilters} />
      )}
      {pipelineId && <PlanFactStrip pipelineId={pipelineId} />}
      {board.data?.mixedCurrencies && <Alert color="orange" variant="light" p="xs">{t('board.mixedCurrenciesHelp')}</Alert>}
      {failure && (
        <Alert color={failure.kind === 'conflict' ? 'yellow' : 'red'} withCloseButton onClose={() => setFailure(null)} role="alert" p="xs">
          {failure.kind === 'conflict' ? t('board.conflict', { title: failure.title }) : t('board.moveFailed', { title: failure.title, reason: apiErrorText(t, failure.error) })}
        </Alert>
      )}
      {board.isError ? (
        <ErrorState message={apiErrorText(t, board.error)} onRetry={() => void board.refetch()} />
      ) : !board.data ? (
        <ContentSkeleton />
      ) : (
        <BoardColumns board={board.data} onMove={onMove} onLoadMore={onLoadMore} onCreate={onCreate} />
      )}
    </Stack>
  );
}
