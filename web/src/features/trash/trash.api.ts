import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost, type ResponseOf } from '../../api/client';

export type TrashItem = ResponseOf<'/api/v1/trash', 'get'>['items'][number];

export const trashKeys = { all: ['trash'] as const };

/** Everything deleted that the user may see; the screen filters by type itself, so it only offers types that are there. */
export function useTrash() {
  return useQuery({
    queryKey: trashKeys.all,
    queryFn: async () => (await apiGet('/api/v1/trash')).items,
  });
}

/** Restores a record; it comes back into every list, so everything cached reloads. */
export function useRestoreFromTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: TrashItem) => apiPost('/api/v1/trash/{entityType}/{id}/restore', { path: { entityType: item.entityType, id: item.id } }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function usePurgeFromTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: TrashItem) => apiDelete('/api/v1/trash/{entityType}/{id}', { path: { entityType: item.entityType, id: item.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trashKeys.all }),
  });
}
