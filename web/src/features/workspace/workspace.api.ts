import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, type BodyOf, type ResponseOf } from '../../api/client';
import { meKeys } from '../../app/session';

/** The workspace as `GET /api/v1/workspace` answers it. */
export type WorkspaceDetails = ResponseOf<'/api/v1/workspace', 'get'>['workspace'];
/** What an admin tunes per workspace (src/modules/workspaces/workspace-settings.ts). */
export type WorkspaceSettings = WorkspaceDetails['settings'];
export type UpdateWorkspaceInput = BodyOf<'/api/v1/workspace', 'patch'>;

/**
 * The server's bounds and defaults, shown in hints and error messages; the server checks them
 * (workspace-settings.ts), these only put them into words.
 */
export const SETTING_LIMITS = {
  viewsPerHour: { min: 1, max: 1_000_000, byDefault: 200 },
  exportsPerHour: { min: 1, max: 100_000_000, byDefault: 1000 },
  trashRetentionDays: { min: 1, max: 3650, byDefault: 30 },
  unitsPerHour: { min: 1, max: 1_000_000_000, byDefault: 3000 },
  unitsPerDay: { min: 1, max: 1_000_000_000, byDefault: 15000 },
  readAuditDays: { min: 1, max: 3650, byDefault: 90 },
} as const;

export const workspaceKeys = {
  all: ['workspace'] as const,
};

export async function fetchWorkspace(): Promise<WorkspaceDetails> {
  return (await apiGet('/api/v1/workspace')).workspace;
}

export function useWorkspace() {
  return useQuery({ queryKey: workspaceKeys.all, queryFn: fetchWorkspace, staleTime: 30_000 });
}

/** Loads the workspace anew (after a conflict), bypassing the cache. */
export function useRefetchWorkspace() {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ queryKey: workspaceKeys.all, queryFn: fetchWorkspace, staleTime: 0 });
}

/**
 * Saves a change to the workspace, naming the version it was made on.
 * @throws ApiError validation_failed (with field paths such as `settings.alarm.viewsPerHour`) | conflict | forbidden
 */
export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateWorkspaceInput) => (await apiPatch('/api/v1/workspace', { body: input })).workspace,
    onSuccess: (next) => {
      queryClient.setQueryData(workspaceKeys.all, next);
      // The profile carries the workspace's name, time zone and currency for the rest of the app.
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
