import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { UsersTable } from './users.table.js';
import type { WorkspacesTable } from '../workspaces/workspaces.table.js';
import { presentWorkspace } from '../workspaces/workspaces.presenter.js';
import type { meOutput } from './users.schema.js';

export function presentMe(user: Selectable<UsersTable>, workspace: Selectable<WorkspacesTable>): z.infer<typeof meOutput> {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale as 'en' | 'ru' | 'bg',
    timeZone: user.time_zone,
    role: user.role,
    version: user.version,
    workspace: presentWorkspace(workspace),
  };
}
