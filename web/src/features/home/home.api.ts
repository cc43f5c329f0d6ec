import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { toSearch } from '../../api/client';
import { recordCollection } from '../../records/registry';

/** What the home page shows of a row of any list: the shared fields of contacts, companies and deals. */
export interface HomeRow {
  id: string;
  displayName?: string;
  name?: string;
  title?: string;
  createdAt: string;
  lastActivityAt?: string | null;
  expectedClose?: string | null;
  amount?: number;
  currency?: string;
}

export const homeKeys = {
  list: (entityType: string, query: Record<string, string>) => ['home', entityType, query] as const,
};

/** A short page of a record list (`GET /api/v1/<plural>`), which answers only what the user may see. */
export function useHomeList(entityType: string, query: Record<string, string>, enabled: boolean) {
  return useQuery({
    queryKey: homeKeys.list(entityType, query),
    queryFn: async () => (await api<{ items: HomeRow[] }>('GET', recordCollection(entityType) + toSearch(query))).items,
    enabled,
    staleTime: 30_000,
  });
}

/** The name a row shows. */
export function rowName(row: HomeRow): string {
  return row.displayName ?? row.name ?? row.title ?? '';
}
