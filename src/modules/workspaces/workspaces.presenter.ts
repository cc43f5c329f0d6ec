import type { Selectable } from 'kysely';
import type { WorkspacesTable } from './workspaces.table.js';
import type { z } from 'zod';
import type { workspaceDetailsOutput, workspaceOutput } from './workspaces.schema.js';
import { readSettings } from './workspace-settings.js';

export function presentWorkspace(w: Selectable<WorkspacesTable>): z.infer<typeof workspaceOutput> {
  return {
    id: w.id,
    name: w.name,
    locale: w.locale as 'en' | 'ru' | 'bg',
    timeZone: w.time_zone,
    defaultCountry: w.default_country,
    defaultCurrency: w.default_currency,
  };
}

/**
 * The workspace with its settings. The alarm's limits tell a would-be exfiltrator how far they may
 * go unnoticed, and the sign-in policy where one may work from, so they are shown only to those who manage settings (`withAlarm`).
 */
export function presentWorkspaceDetails(w: Selectable<WorkspacesTable>, { withAlarm }: { withAlarm: boolean }): z.infer<typeof workspaceDetailsOutput> {
  const { alarm, readAuditDays, signIn, ...rest } = readSettings(w.settings);
  return { ...presentWorkspace(w), settings: withAlarm ? { ...rest, alarm, readAuditDays, signIn } : rest, version: w.version };
}
