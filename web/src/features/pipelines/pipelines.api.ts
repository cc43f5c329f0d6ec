import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';

export type Pipeline = ResponseOf<'/api/v1/pipelines', 'get'>['items'][number];
export type Stage = Pipeline['stages'][number];
export type StageKind = Stage['kind'];
export type LostReason = ResponseOf<'/api/v1/lost-reasons', 'get'>['items'][number];
export type NewStageInput = BodyOf<'/api/v1/pipelines/{id}/stages', 'post'>;
export type StagePatch = BodyOf<'/api/v1/pipeline-stages/{id}', 'patch'>;

export const pipelineKeys = {
  all: ['pipelines'] as const,
  list: () => [...pipelineKeys.all, 'list'] as const,
  lostReasons: () => [...pipelineKeys.all, 'lost-reasons'] as const,
};

/** The workspace's active pipelines the viewer may see (all of them for those who shape them), with `canManage`. */
export function usePipelines() {
  return useQuery({ queryKey: pipelineKeys.list(), queryFn: () => apiGet('/api/v1/pipelines'), staleTime: 30_000 });
}

export function useLostReasons() {
  return useQuery({ queryKey: pipelineKeys.lostReasons(), queryFn: async () => (await apiGet('/api/v1/lost-reasons')).items, staleTime: 30_000 });
}

/** Reloads pipelines and lost reasons (after a change, or when the server says someone changed them first). */
export function useReloadPipelines() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all });
}

function useSalesMutation<A, R>(fn: (args: A) => Promise<R>) {
  const reload = useReloadPipelines();
  return useMutation({ mutationFn: fn, onSuccess: () => reload() });
}

/** Creates a pipeline (with the default stages in the creator's language) or renames one. */
export function useSavePipeline() {
  return useSalesMutation(async (args: { id?: string; name: string; version?: number }) =>
    args.id
      ? (await apiPatch('/api/v1/pipelines/{id}', { path: { id: args.id }, body: { name: args.name, version: args.version! } })).pipeline
      : (await apiPost('/api/v1/pipelines', { body: { name: args.name } })).pipeline,
  );
}

export function useRetirePipeline() {
  return useSalesMutation(async (args: { id: string; version: number; moveToStageId?: string }) =>
    (await apiPost('/api/v1/pipelines/{id}/retire', { path: { id: args.id }, body: { version: args.version, ...(args.moveToStageId ? { moveToStageId: args.moveToStageId } : {}) } })).pipeline,
  );
}

/** Adds a stage to a pipeline, or changes one when `id` is given. */
export function useSaveStage() {
  return useSalesMutation(async (args: { pipelineId: string; id?: undefined; input: NewStageInput } | { pipelineId: string; id: string; input: StagePatch }) =>
    args.id !== undefined
      ? (await apiPatch('/api/v1/pipeline-stages/{id}', { path: { id: args.id }, body: args.input })).pipeline
      : (await apiPost('/api/v1/pipelines/{id}/stages', { path: { id: args.pipelineId }, body: args.input })).pipeline,
  );
}

export function useRetireStage() {
  return useSalesMutation(async (args: { id: string; version: number; moveToStageId?: string }) =>
    (await apiPost('/api/v1/pipeline-stages/{id}/retire', { path: { id: args.id }, body: { version: args.version, ...(args.moveToStageId ? { moveToStageId: args.moveToStageId } : {}) } })).pipeline,
  );
}

export function useReorderStages() {
  return useSalesMutation(async (args: { pipelineId: string; ids: string[]; version: number }) =>
    (await apiPost('/api/v1/pipelines/{id}/stages/reorder', { path: { id: args.pipelineId }, body: { ids: args.ids, version: args.version } })).pipeline,
  );
}

/** Adds a lost reason, or renames one when `id` is given. */
export function useSaveLostReason() {
  return useSalesMutation(async (args: { id?: string; name: string; version?: number }) =>
    args.id
      ? (await apiPatch('/api/v1/lost-reasons/{id}', { path: { id: args.id }, body: { name: args.name, version: args.version! } })).reason
      : (await apiPost('/api/v1/lost-reasons', { body: { name: args.name } })).reason,
  );
}

export function useRetireLostReason() {
  return useSalesMutation(async (reason: LostReason) => (await apiPost('/api/v1/lost-reasons/{id}/retire', { path: { id: reason.id }, body: { version: reason.version } })).reason);
}

export function useReorderLostReasons() {
  return useSalesMutation(async (ids: string[]) => (await apiPost('/api/v1/lost-reasons/reorder', { body: { ids } })).items);
}

/** `ids` with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}
