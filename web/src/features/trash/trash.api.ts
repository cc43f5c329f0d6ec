import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface TrashItem {
  entityType: string;
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: { id: string; name: string } | null;
  /** What the signed-in user may do with it (absent on servers that do not say). */
  abilities?: { restore: boolean; purge: boolean };
}

export const trashKey = ['trash'] as const;

/** Everything deleted that the user may see; the screen filters by type itself, so it only offers types that are there. */
export function useTrash() {
  return useQuery({
    queryKey: trashKey,
    queryFn: async () => (await api<{ items: TrashItem[] }>('GET', '/api/v1/trash')).items,
  });
}

export async function restoreFromTrash(item: TrashItem): Promise<void> {
  await api<void>('POST', `/api/v1/trash/${encodeURIComponent(item.entityType)}/${encodeURIComponent(item.id)}/restore`, {});
}

export async function purgeFromTrash(item: TrashItem): Promise<void> {
  await api<void>('DELETE', `/api/v1/trash/${encodeURIComponent(item.entityType)}/${encodeURIComponent(item.id)}`);
}
