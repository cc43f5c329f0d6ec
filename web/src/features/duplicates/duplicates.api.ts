import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export type ClientEntity = 'contact' | 'company';
export type DuplicateReason = 'phone' | 'email' | 'tax_id' | 'name';

export interface DuplicateRecord {
  id: string;
  title: string;
  /** Position and company, tax id or city. */
  subtitle: string | null;
  createdAt?: string;
}

export interface DuplicateGroup {
  /** 0..100: how sure the match is. */
  score: number;
  reasons: DuplicateReason[];
  records: DuplicateRecord[];
}

/** A merge as the server remembers it, for undoing it from the kept record's card. */
export interface MergeSummary {
  id: string;
  entity: ClientEntity;
  survivorId: string;
  merged: Array<{ id: string; title: string }>;
  actor: { id: string; name: string } | null;
  createdAt: string;
  undoneAt: string | null;
  /** The signed-in user may undo it now (their own merge or an admin, and the kept record unchanged since). */
  canUndo: boolean;
}

export interface MergeInput {
  entity: ClientEntity;
  survivorId: string;
  mergedIds: string[];
  /** Field (`firstName`, `custom.<key>`...) to the id of the record whose value wins. */
  fields: Record<string, string>;
}

export const duplicatesKey = ['duplicates'] as const;
export const mergesKey = ['merges'] as const;

/** The REST collection of an entity: `contacts` or `companies`. */
export function collectionOf(entity: ClientEntity): 'contacts' | 'companies' {
  return entity === 'company' ? 'companies' : 'contacts';
}

/** The card of a contact or company. */
export function cardPath(entity: ClientEntity, id: string): string {
  return `/${collectionOf(entity)}/${encodeURIComponent(id)}`;
}

/** Groups of records that look like one person or company, most certain first. */
export function useDuplicateGroups(entity: ClientEntity, enabled = true) {
  return useQuery({
    queryKey: [...duplicatesKey, entity],
    queryFn: async () =>
      (await api<{ groups: DuplicateGroup[] }>('GET', `/api/v1/duplicates?entity=${entity}`)).groups,
    enabled,
  });
}

/**
 * Merges records into the survivor; phones, emails, messengers, addresses and tags are combined by the server.
 * @throws ApiError (404 when a record is gone or invisible, 409 when one changed, 422 `mergedIds: self`).
 */
export async function mergeRecords(input: MergeInput): Promise<MergeSummary> {
  return (await api<{ merge: MergeSummary }>('POST', '/api/v1/merges', input)).merge;
}

/**
 * Puts merged records back as they were.
 * @throws ApiError 409 when the kept record changed since the merge, 403 for someone else's merge.
 */
export async function undoMerge(id: string): Promise<MergeSummary> {
  return (await api<{ merge: MergeSummary }>('POST', `/api/v1/merges/${encodeURIComponent(id)}/undo`, {})).merge;
}

/** Recent merges (into one record when `survivorId` is given) that the signed-in user can undo now, newest first. */
export function useUndoableMerges(entity: ClientEntity, survivorId?: string) {
  return useQuery({
    queryKey: [...mergesKey, entity, survivorId ?? null],
    queryFn: async () => {
      const params = new URLSearchParams({ entity });
      if (survivorId) params.set('survivorId', survivorId);
      const { items } = await api<{ items: MergeSummary[] }>('GET', `/api/v1/merges?${params.toString()}`);
      return items
        .filter((merge) => !merge.undoneAt && merge.canUndo && (!survivorId || merge.survivorId === survivorId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}
