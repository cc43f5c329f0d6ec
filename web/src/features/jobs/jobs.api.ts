import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { recordCollection } from '../../records/registry';

/** A long job (bulk action, ownership transfer) as GET /api/v1/jobs/:id answers it. */
export interface JobProgress {
  id: string;
  kind: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  result: Record<string, unknown> | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export const jobKeys = {
  all: ['jobs'] as const,
  one: (id: string) => ['jobs', id] as const,
};

const POLL_MS = 1000;

/** A job's progress, polled every second until it ends. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: jobKeys.one(id ?? ''),
    queryFn: async () => (await api<{ job: JobProgress }>('GET', `/api/v1/jobs/${id}`)).job,
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && (query.state.data.state === 'done' || query.state.data.state === 'failed') ? false : POLL_MS),
  });
}

export interface BulkRequest {
  /** Picked records; or else `match`. */
  ids?: string[];
  /** Every record the list's filter matches (its query parameters). */
  match?: Record<string, string>;
  /** `assign_owner`, `add_tags`, `remove_tags`, `delete`, or `set_<field>` where the type has it. */
  action: string;
  ownerId?: string;
  tags?: string[];
  /** The value of a `set_<field>` action, under the field's name. */
  [field: string]: unknown;
}

/** A bulk action's answer: counts when it was done at once, or the job doing it (over one page of records). */
export type BulkAnswer = { updated: number; skipped: number; job?: undefined } | { job: JobProgress };

/** Starts a bulk action on records of a type. @throws ApiError */
export function startBulk(entityType: string, input: BulkRequest): Promise<BulkAnswer> {
  return api<BulkAnswer>('POST', `${recordCollection(entityType)}/bulk`, input);
}

/** A transfer's answer: what moved when done at once, or the job doing it. */
export type TransferAnswer = { moved: Record<string, number>; job?: undefined } | { job: JobProgress };

/** Hands every record of one user to another. @throws ApiError */
export function startTransfer(userId: string, toUserId: string): Promise<TransferAnswer> {
  return api<TransferAnswer>('POST', `/api/v1/users/${userId}/transfer`, { toUserId });
}
