import { useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../app/api';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** The filters as the API takes them (times already in UTC). */
export interface AuditFilter {
  userId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

function params(filter: AuditFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) out.set(key, value);
  return out;
}

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => {
      const query = params(filter);
      query.set('limit', String(PAGE_SIZE));
      if (pageParam) query.set('cursor', pageParam);
      return api<{ items: AuditEntry[]; nextCursor: string | null }>('GET', `/api/v1/audit?${query}`);
    },
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
    response = await fetch(`/api/v1/audit/export?${params(filter)}`, { credentials: 'same-origin' });
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
