import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ClientEntity } from './clientTypes';
import type { SavedViewDefinition } from './listQuery';

export interface SavedView {
  id: string;
  entity: string;
  name: string;
  shared: boolean;
  definition: SavedViewDefinition;
  owner?: { id: string; name: string } | null;
  mine?: boolean;
  abilities?: { edit: boolean; delete: boolean };
  version: number;
}

export function savedViewsKey(entity: ClientEntity) {
  return ['saved-views', entity] as const;
}

/** The user's own views and the shared ones. */
export function useSavedViews(entity: ClientEntity) {
  return useQuery({
    queryKey: savedViewsKey(entity),
    queryFn: async () => (await api<{ items: SavedView[] }>('GET', `/api/v1/saved-views?entity=${entity}`)).items,
    staleTime: 60_000,
  });
}

export async function createSavedView(input: { entity: ClientEntity; name: string; shared: boolean; definition: SavedViewDefinition }): Promise<SavedView> {
  return (await api<{ view: SavedView }>('POST', '/api/v1/saved-views', input)).view;
}

export async function deleteSavedView(view: SavedView): Promise<void> {
  await api('DELETE', `/api/v1/saved-views/${view.id}?version=${view.version}`);
}
