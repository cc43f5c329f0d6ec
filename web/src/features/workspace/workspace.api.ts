import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Locale } from '../../i18n/i18n';

/** What an admin tunes per workspace (src/modules/workspaces/workspace-settings.ts). */
export interface WorkspaceSettings {
  /** Deleted records stay in the Trash this many days, then are purged. */
  trashRetentionDays: number;
  alarm: {
    /** Distinct client cards one person may open within an hour before admins are alarmed. */
    viewsPerHour: number;
    /** Records one person may export within an hour before admins are alarmed. */
    exportsPerHour: number;
    /** Block the person until an admin unblocks them when the alarm fires. */
    blockUser: boolean;
  };
  /** Countries a phone typed without a country code is tried in; empty: only the workspace's country. */
  clientCountries: string[];
}

/** The workspace as `GET /api/v1/workspace` answers it. */
export interface WorkspaceDetails {
  id: string;
  name: string;
  locale: Locale;
  timeZone: string;
  defaultCountry: string;
  defaultCurrency: string;
  settings: WorkspaceSettings;
  version: number;
}

export interface UpdateWorkspaceInput {
  name?: string;
  locale?: Locale;
  timeZone?: string;
  defaultCountry?: string;
  defaultCurrency?: string;
  settings?: { trashRetentionDays?: number; alarm?: Partial<WorkspaceSettings['alarm']>; clientCountries?: string[] };
  version: number;
}

/**
 * The server's bounds and defaults, shown in hints and error messages; the server checks them
 * (workspace-settings.ts), these only put them into words.
 */
export const SETTING_LIMITS = {
  viewsPerHour: { min: 1, max: 1_000_000, byDefault: 200 },
  exportsPerHour: { min: 1, max: 100_000_000, byDefault: 1000 },
  trashRetentionDays: { min: 1, max: 3650, byDefault: 30 },
} as const;

export const workspaceKey = ['workspace'] as const;

export async function fetchWorkspace(): Promise<WorkspaceDetails> {
  return (await api<{ workspace: WorkspaceDetails }>('GET', '/api/v1/workspace')).workspace;
}

export function useWorkspace() {
  return useQuery({ queryKey: workspaceKey, queryFn: fetchWorkspace, staleTime: 30_000 });
}

/**
 * Saves a change to the workspace, naming the version it was made on.
 * @throws ApiError validation_failed (with field paths such as `settings.alarm.viewsPerHour`) | conflict | forbidden
 */
export async function updateWorkspace(input: UpdateWorkspaceInput): Promise<WorkspaceDetails> {
  return (await api<{ workspace: WorkspaceDetails }>('PATCH', '/api/v1/workspace', input)).workspace;
}
