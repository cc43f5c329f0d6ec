import type { Selectable } from 'kysely';
import type { WorkspacesTable } from './workspaces.table.js';
import type { z } from 'zod';
import type { workspaceOutput } from './workspaces.schema.js';

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
