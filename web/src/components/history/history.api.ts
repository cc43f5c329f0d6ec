import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, type ResponseOf } from '../../api/client';

export type Version = ResponseOf<'/api/v1/history/{entityType}/{entityId}', 'get'>['items'][number];

export const historyKeys = {
  of: (entityType: string, entityId: string) => ['history', entityType, entityId] as const,
  /** Keyed by the version the screen shows, so every save or restore reloads them. */
  at: (entityType: string, entityId: string, currentVersion: number) => [...historyKeys.of(entityType, entityId), currentVersion] as const,
};

/** A record's versions; keyed by the version the screen shows, so every save or restore reloads them. */
export function useHistory(entityType: string, entityId: string, currentVersion: number) {
  return useQuery({
    queryKey: historyKeys.at(entityType, entityId, currentVersion),
    placeholderData: keepPreviousData,
    queryFn: async () => (await apiGet('/api/v1/history/{entityType}/{entityId}', { path: { entityType, entityId } })).items,
  });
}

/**
 * Restores an earlier version, naming the version the screen shows. The history reloads after it, and
 * after a refusal too (someone saved meanwhile: their version is shown before anything is overwritten).
 */
export function useRestoreVersion(entityType: string, entityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, currentVersion }: { version: number; currentVersion: number }) =>
      (await apiPost('/api/v1/history/{entityType}/{entityId}/restore', { path: { entityType, entityId }, body: { version, currentVersion } })).version,
    onSettled: () => queryClient.invalidateQueries({ queryKey: historyKeys.of(entityType, entityId) }),
  });
}
