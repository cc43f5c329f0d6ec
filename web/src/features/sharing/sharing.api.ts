import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { BodyOf, ResponseOf } from '../../api/client';
import { recordCollection } from '../../records/registry';

/** Every shareable type answers the same shape (decision 0027); named from one of them. */
export type Shares = ResponseOf<'/api/v1/contacts/{id}/shares', 'get'>;
export type Share = Shares['items'][number];
export type ShareInput = BodyOf<'/api/v1/contacts/{id}/shares', 'post'>;

export const shareKeys = {
  of: (entityType: string, id: string) => ['shares', entityType, id] as const,
};

const sharesPath = (entityType: string, id: string) => `${recordCollection(entityType)}/${encodeURIComponent(id)}/shares`;

/** Who a record is shared with, and whether the viewer may change it. */
export function useShares(entityType: string, id: string) {
  return useQuery({ queryKey: shareKeys.of(entityType, id), queryFn: () => api<Shares>('GET', sharesPath(entityType, id)) });
}

/** Shares the record with a colleague, or changes their level. */
export function useShare(entityType: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ShareInput) => api<Shares>('POST', sharesPath(entityType, id), input),
    onSuccess: (shares) => client.setQueryData(shareKeys.of(entityType, id), shares),
  });
}

/** Stops sharing the record with a colleague. */
export function useUnshare(entityType: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<void>('DELETE', `${sharesPath(entityType, id)}/${encodeURIComponent(userId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: shareKeys.of(entityType, id) }),
  });
}
