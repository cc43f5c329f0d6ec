import { useCallback, useEffect, useRef } from 'react';
import { useIsMutating, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client';
import { isApiError } from '../../app/api';
import { planKeys } from '../plans/plans.api';
import { applyMove, mergeBoard, type MoveTarget } from './boardState';

export type Board = ResponseOf<'/api/v1/pipelines/{id}/board', 'get'>;
export type BoardColumn = Board['columns'][number];
export type BoardDeal = BoardColumn['items'][number];
export type Pipeline = ResponseOf<'/api/v1/pipelines', 'get'>['items'][number];
export type Stage = Pipeline['stages'][number];
export type LostReason = ResponseOf<'/api/v1/lost-reasons', 'get'>['items'][number];
export type MoveInput = BodyOf<'/api/v1/deals/{id}/move', 'post'>;
type ListQuery = NonNullable<QueryOf<'/api/v1/deals', 'get'>>;

/** What the board is filtered by (the same parameters the deal list takes). */
export interface BoardFilters {
  ownerId?: string;
  tag?: string;
  createdFrom?: string;
  createdTo?: string;
  closeFrom?: string;
  closeTo?: string;
  rotting?: boolean;
  /** Only open deals with nothing planned. */
  noNextStep?: boolean;
}

/** The board's filters as API query parameters (expected close through the list's `filter`). */
export function filterQuery(filters: BoardFilters) {
  const close = [
    ...(filters.closeFrom ? [{ field: 'expectedClose', op: 'gte', value: filters.closeFrom }] : []),
    ...(filters.closeTo ? [{ field: 'expectedClose', op: 'lte', value: filters.closeTo }] : []),
  ];
  return {
    ownerId: filters.ownerId || undefined,
    tag: filters.tag || undefined,
    createdFrom: filters.createdFrom || undefined,
    createdTo: filters.createdTo || undefined,
    filter: close.length ? JSON.stringify(close) : undefined,
    rotting: filters.rotting ? ('1' as const) : undefined,
    noNextStep: filters.noNextStep ? ('1' as const) : undefined,
  };
}

export const boardKeys = {
  all: ['board'] as const,
  pipelines: () => [...boardKeys.all, 'pipelines'] as const,
  lostReasons: () => [...boardKeys.all, 'lost-reasons'] as const,
  board: (pipelineId: string, filters: BoardFilters) => [...boardKeys.all, 'pipeline', pipelineId, filters] as const,
  move: () => [...boardKeys.all, 'move'] as const,
};

/** How many card moves are on their way to the server. */
export function useMovesInFlight() {
  return useIsMutating({ mutationKey: boardKeys.move() });
}

export function usePipelines() {
  return useQuery({ queryKey: boardKeys.pipelines(), queryFn: async () => (await apiGet('/api/v1/pipelines')).items });
}

export function useLostReasons(enabled: boolean) {
  return useQuery({ queryKey: boardKeys.lostReasons(), queryFn: async () => (await apiGet('/api/v1/lost-reasons')).items, enabled });
}

async function fetchBoard(pipelineId: string, filters: BoardFilters): Promise<Board> {
  return apiGet('/api/v1/pipelines/{id}/board', { path: { id: pipelineId }, query: filterQuery(filters) });
}

/**
 * A pipeline's board: the first cards of every column with counts and sums. Cards loaded further
 * down a column stay in the same cache entry (`useBoardActions().loadMore`), so a move, a live
 * refresh and a rollback work on one structure.
 */
export function useBoard(pipelineId: string | undefined, filters: BoardFilters) {
  return useQuery({
    queryKey: boardKeys.board(pipelineId ?? '', filters),
    queryFn: () => fetchBoard(pipelineId!, filters),
    enabled: Boolean(pipelineId),
    // Live events keep it fresh; a refetch on focus would drop the cards loaded further down.
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

/** Fetches the board again and keeps the cards loaded further down the columns that did not change. */
async function refreshBoard(queryClient: QueryClient, pipelineId: string, filters: BoardFilters, stages: ReadonlySet<string> | null): Promise<void> {
  const key = boardKeys.board(pipelineId, filters);
  const fresh = await fetchBoard(pipelineId, filters);
  queryClient.setQueryData<Board>(key, (old) => (old ? mergeBoard(old, fresh, stages) : fresh));
}

/** Loading more cards, refreshing columns and quick-create for the board on screen. */
export function useBoardActions(pipelineId: string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  const key = boardKeys.board(pipelineId, filters);
  const loading = useRef(new Set<string>());

  const loadMore = useCallback(async (stageId: string) => {
    const board = queryClient.getQueryData<Board>(key);
    const column = board?.columns.find((c) => c.stage.id === stageId);
    if (!column?.nextCursor || loading.current.has(stageId)) return;
    loading.current.add(stageId);
    try {
      const query: ListQuery = { ...filterQuery(filters), pipelineId, stageId, sort: 'board', limit: '30', cursor: column.nextCursor };
      const page = await apiGet('/api/v1/deals', { query });
      queryClient.setQueryData<Board>(key, (old) => old && {
        ...old,
        columns: old.columns.map((c) => {
          if (c.stage.id !== stageId || c.nextCursor !== column.nextCursor) return c;
          const known = new Set(c.items.map((d) => d.id));
          return { ...c, items: [...c.items, ...(page.items as BoardDeal[]).filter((d) => !known.has(d.id))], nextCursor: page.nextCursor };
        }),
      });
    } finally {
      loading.current.delete(stageId);
    }
  }, [queryClient, key, filters, pipelineId]);

  const refresh = useCallback((stages: ReadonlySet<string> | null) => refreshBoard(queryClient, pipelineId, filters, stages), [queryClient, pipelineId, filters]);
  return { loadMore, refresh };
}

/** Creates a deal on a stage from a column's quick-create (title and amount), then refreshes that column. */
export function useQuickCreateDeal(pipelineId: string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { stageId: string; title: string; amount?: number; currency?: string }) =>
      (await apiPost('/api/v1/deals', { body: { pipelineId, stageId: input.stageId, title: input.title, amount: input.amount, currency: input.currency } })).deal,
    onSuccess: (deal) => refreshBoard(queryClient, pipelineId, filters, new Set([deal.stage.id])),
  });
}

/** Why a move did not happen, for the message the board shows. */
export type MoveFailure = { kind: 'conflict' | 'error'; error: unknown; title: string };

/**
 * Moves a card: the board changes at once, the server is asked, and on failure the board goes back
 * (a 409 then shows the deal as it is now). Sums and counts come back from the server after each move.
 */
export function useMoveDeal(pipelineId: string, filters: BoardFilters, onFailure: (failure: MoveFailure) => void) {
  const queryClient = useQueryClient();
  const key = boardKeys.board(pipelineId, filters);
  return useMutation({
    mutationKey: boardKeys.move(),
    mutationFn: async ({ deal, target }: { deal: BoardDeal; target: MoveTarget }) =>
      (await apiPost('/api/v1/deals/{id}/move', {
        path: { id: deal.id },
        body: { stageId: target.stageId, afterId: target.afterId ?? undefined, beforeId: target.beforeId ?? undefined, version: deal.version, lostReasonId: target.lostReasonId, lostComment: target.lostComment },
      })).deal,
    onMutate: async ({ deal, target }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Board>(key);
      if (previous) queryClient.setQueryData<Board>(key, applyMove(previous, deal, target));
      return { previous };
    },
    onError: async (error, { deal, target }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      const conflict = isApiError(error, 'conflict');
      onFailure({ kind: conflict ? 'conflict' : 'error', error, title: deal.title });
      // Someone moved or changed it first: show the deal (and both columns) as they are now.
      if (conflict) await refreshBoard(queryClient, pipelineId, filters, new Set([deal.stage.id, target.stageId, ...currentStage(error)]));
    },
    onSuccess: async (moved, { deal }) => {
      queryClient.setQueryData<Board>(key, (old) => old && {
        ...old,
        columns: old.columns.map((c) => ({ ...c, items: c.items.map((d) => (d.id === moved.id ? { ...d, ...pick(moved, d) } : d)) })),
      });
      await refreshBoard(queryClient, pipelineId, filters, new Set([deal.stage.id, moved.stage.id]));
      // A deal won (or taken back from won) changes the plan's fact.
      if (moved.status === 'won' || deal.status === 'won') await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

function currentStage(error: unknown): string[] {
  const current = isApiError(error) ? (error.details.current as { stage?: { id?: string } } | undefined) : undefined;
  return current?.stage?.id ? [current.stage.id] : [];
}

/** The moved deal's fields that a board card has. */
function pick(moved: Record<string, unknown>, card: BoardDeal): Partial<BoardDeal> {
  return Object.fromEntries(Object.keys(card).filter((k) => k in moved).map((k) => [k, moved[k]])) as Partial<BoardDeal>;
}

/**
 * Keeps the board live: listens to the pipeline's server-sent events and refreshes the columns an
 * event names (the event carries stage ids only; the refetch shows what this user may see).
 */
export function useLiveBoard(pipelineId: string | undefined, refresh: (stages: ReadonlySet<string> | null) => Promise<void>, busy: () => boolean) {
  const refreshRef = useRef(refresh);
  const busyRef = useRef(busy);
  refreshRef.current = refresh;
  busyRef.current = busy;
  useEffect(() => {
    if (!pipelineId || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/v1/live?channel=${encodeURIComponent(`pipeline:${pipelineId}`)}`);
    let pending: Set<string> | null = new Set();
    let all = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      // A move of ours is on its way: its own refresh follows; look again after it.
      if (busyRef.current()) {
        timer = setTimeout(flush, 200);
        return;
      }
      const stages = all ? null : pending;
      pending = new Set();
      all = false;
      void refreshRef.current(stages).catch(() => {});
    };
    const schedule = () => {
      timer ??= setTimeout(flush, 100);
    };
    source.addEventListener('change', (event) => {
      try {
        const message = JSON.parse((event as MessageEvent<string>).data) as { ids?: { stages?: string[] } };
        for (const id of message.ids?.stages ?? []) pending?.add(id);
      } catch {
        all = true;
      }
      schedule();
    });
    source.addEventListener('resync', () => {
      all = true;
      schedule();
    });
    let opened = 0;
    // After a reconnect, events may have been missed while it was down: refresh everything.
    source.addEventListener('open', () => {
      if (opened++ > 0) {
        all = true;
        schedule();
      }
    });
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [pipelineId]);
}
