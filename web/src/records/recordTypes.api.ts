import { useQuery } from '@tanstack/react-query';
import { apiGet, type ResponseOf } from '../api/client';

/** What the server says about one record type the user may see (`GET /api/v1/record-types`). */
export type RecordTypeMeta = ResponseOf<'/api/v1/record-types', 'get'>['items'][number];
export type RecordFeature = keyof RecordTypeMeta['features'];

export const recordTypeKeys = {
  all: ['record-types'] as const,
};

/** Every record type the user may see, with its filters, sorts, features and the user's abilities; fetched once per session. */
export function useRecordTypes() {
  return useQuery({
    queryKey: recordTypeKeys.all,
    queryFn: async () => (await apiGet('/api/v1/record-types')).items,
    // It changes only with a deploy or the user's role; the role's change reloads the session anyway.
    staleTime: 5 * 60_000,
  });
}

/**
 * One type's metadata: `meta` is undefined while loading, and `missing` is true when the server
 * does not list the type for this user (no right to view it).
 */
export function useRecordTypeMeta(entityType: string) {
  const query = useRecordTypes();
  const meta = query.data?.find((item) => item.entityType === entityType);
  return { meta, missing: query.isSuccess && !meta, query };
}

/** A list parameter the type takes besides the shared ones (`status`, `companyId` on contacts). */
export function hasParam(meta: RecordTypeMeta, name: string): boolean {
  return meta.params.includes(name);
}

/** Whether the list sorts by a field (`name`, `createdAt`, `custom.<key>`...). */
export function canSortBy(meta: RecordTypeMeta, field: string): boolean {
  return field.startsWith('custom.') ? meta.features.customFields : meta.sorts.includes(field);
}
