import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet, apiUrl, type QueryOf, type ResponseOf } from '../../api/client';
import { ApiError } from '../../app/api';

export type AuditEntry = ResponseOf<'/api/v1/audit', 'get'>['items'][number];

/** The filters as the API takes them (times already in UTC). */
export type AuditFilter = NonNullable<QueryOf<'/api/v1/audit/export', 'get'>>;

export const auditKeys = {
  list: (filter: AuditFilter) => ['audit', filter] as const,
};

const PAGE_SIZE = 50;


export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) => apiGet('/api/v1/audit', { query: { ...filter, limit: String(PAGE_SIZE), cursor: pageParam || undefined } }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * Downloads the filtered log as CSV under the server's file name.
 * @throws ApiError when the server refuses (no export right) or cannot be reached
 */
export async function downloadAuditCsv(filter: AuditFilter): Promise<void> {
  let response: Response;
  try {
    response = await fetch(apiUrl('/api/v1/audit/export', { query: filter }), { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(response.status, body.error?.code ?? 'internal', body.error?.message ?? response.statusText);
  }
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit.csv';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
