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

export function presentWorkspaceDetails(w: Selectable<WorkspacesTable>): z.infer<typeof workspaceDetailsOutput> {
  return { ...presentWorkspace(w), settings: readSettings(w.settings), version: w.version };
}
