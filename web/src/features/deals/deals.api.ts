import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { useRecordSaved } from '../clients/clients.api';

export type Deal = ResponseOf<'/api/v1/deals/{id}', 'get'>['deal'];
export type DealListItem = ResponseOf<'/api/v1/deals', 'get'>['items'][number];
export type DealInput = BodyOf<'/api/v1/deals', 'post'>;
export type DealPatch = BodyOf<'/api/v1/deals/{id}', 'patch'>;
export type DealItemInput = NonNullable<DealInput['items']>[number];
export type DealMove = BodyOf<'/api/v1/deals/{id}/move', 'post'>;
export type Pipeline = ResponseOf<'/api/v1/pipelines', 'get'>['items'][number];
export type Stage = Pipeline['stages'][number];
export type LostReason = ResponseOf<'/api/v1/lost-reasons', 'get'>['items'][number];
export type StageVisit = ResponseOf<'/api/v1/deals/{id}/stages', 'get'>['items'][number];
export type DealStatus = Deal['status'];

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const satisfies readonly DealStatus[];

export const dealKeys = {
  /** The workspace's pipelines with their stages, retired ones included (old deals still name them). */
  pipelines: ['pipelines', 'all'] as const,
  lostReasons: ['lost-reasons', 'all'] as const,
  /** Every stage a deal entered, with the time it spent there. */
  stages: (id: string, version: number) => ['deals', 'stages', id, version] as const,
  /** The deals of other records (companies', people's). */
  allOf: ['deals', 'of'] as const,
  of: (param: string, id: string) => [...dealKeys.allOf, param, id] as const,
};

/** Loads one deal. @throws ApiError */
export async function fetchDeal(id: string): Promise<Deal> {
  return (await apiGet('/api/v1/deals/{id}', { path: { id } })).deal;
}

/** Pipelines and their stages in board order; retired ones are marked (`retired`), not left out. */
export function usePipelines() {
  return useQuery({
    queryKey: dealKeys.pipelines,
    queryFn: async () => (await apiGet('/api/v1/pipelines', { query: { includeRetired: '1' } })).items,
    staleTime: 60_000,
  });
}

/** The lost reasons an administrator keeps, retired ones marked. */
export function useLostReasons() {
  return useQuery({
    queryKey: dealKeys.lostReasons,
    queryFn: async () => (await apiGet('/api/v1/lost-reasons', { query: { includeRetired: '1' } })).items,
    staleTime: 60_000,
  });
}

/** The stages a deal went through, oldest first. */
export function useDealStages(id: string, version: number) {
  return useQuery({
    queryKey: dealKeys.stages(id, version),
    queryFn: async () => (await apiGet('/api/v1/deals/{id}/stages', { path: { id } })).items,
  });
}

/** The most recent deals of a company or a person, with the total. */
export function useDealsOf(param: 'companyId' | 'contactId', id: string) {
  return useQuery({
    queryKey: dealKeys.of(param, id),
    queryFn: () => apiGet('/api/v1/deals', { query: { [param]: id, sort: '-updatedAt', limit: '10', count: '1' } }),
  });
}

/** Creates a deal, or changes one when `id` is given (with the version it was read at). */
export function useSaveDeal() {
  const saved = useDealSaved();
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: DealInput } | { id: string; input: DealPatch }): Promise<Deal> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/deals/{id}', { path: { id: args.id }, body: args.input })).deal
        : (await apiPost('/api/v1/deals', { body: args.input })).deal,
    onSuccess: (deal) => saved(deal),
  });
}

/** Moves a deal to a stage (next, won, lost, reopen) with the version it was read at; a stale one answers 409. */
export function useMoveDeal() {
  const saved = useDealSaved();
  return useMutation({
    mutationFn: async ({ id, move }: { id: string; move: DealMove }): Promise<Deal> => (await apiPost('/api/v1/deals/{id}/move', { path: { id }, body: move })).deal,
    onSuccess: (deal) => saved(deal),
  });
}

// A saved deal also changes the deal panels of its company and people.
function useDealSaved() {
  const queryClient = useQueryClient();
  const saved = useRecordSaved('deal');
  return async (deal: Deal) => {
    await saved(deal);
    await queryClient.invalidateQueries({ queryKey: dealKeys.allOf });
  };
}
