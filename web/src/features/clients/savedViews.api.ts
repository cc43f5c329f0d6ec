import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import type { SavedViewDefinition } from './listQuery';

type RawSavedView = ResponseOf<'/api/v1/saved-views', 'get'>['items'][number];
/** A saved view; its definition is the list state the screen stored (the schema leaves it open). */
export type SavedView = Omit<RawSavedView, 'definition'> & { definition: SavedViewDefinition };
export type NewSavedView = Omit<BodyOf<'/api/v1/saved-views', 'post'>, 'definition'> & { definition: SavedViewDefinition };

export const savedViewKeys = {
  of: (entity: string) => ['saved-views', entity] as const,
};

/** The user's own views and the shared ones. */
export function useSavedViews(entity: string) {
  return useQuery({
    queryKey: savedViewKeys.of(entity),
    queryFn: async () => (await apiGet('/api/v1/saved-views', { query: { entity } })).items as SavedView[],
    staleTime: 60_000,
  });
}

export function useCreateSavedView(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewSavedView) => (await apiPost('/api/v1/saved-views', { body: input })).view as SavedView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.of(entity) }),
  });
}

export function useDeleteSavedView(entity: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (view: SavedView) => apiDelete('/api/v1/saved-views/{id}', { path: { id: view.id }, query: { version: String(view.version) } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewKeys.of(entity) }),
  });
}
