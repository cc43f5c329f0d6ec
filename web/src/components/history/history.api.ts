import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface Version {
  version: number;
  action: string;
  at: string;
  actor: { id: string; name: string } | null;
  /** Fields that differ from the version before: `{ field: [before, after] }`. */
  changes: Record<string, [unknown, unknown]> | null;
  data: Record<string, unknown> | null;
}

export function historyKey(entityType: string, entityId: string) {
  return ['history', entityType, entityId] as const;
}

/** A record's versions; keyed by the version the screen shows, so every save or restore reloads them. */
export function useHistory(entityType: string, entityId: string, currentVersion: number) {
  return useQuery({
    queryKey: [...historyKey(entityType, entityId), currentVersion],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await api<{ items: Version[] }>('GET', `/api/v1/history/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`)).items,
  });
}

export async function restoreVersion(entityType: string, entityId: string, version: number, currentVersion: number): Promise<number> {
  const answer = await api<{ ok: boolean; version: number }>(
    'POST',
    `/api/v1/history/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}/restore`,
    { version, currentVersion },
  );
  return answer.version;
}
