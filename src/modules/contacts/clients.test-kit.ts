import type { TestServer } from '../../../test/server.js';
import type { Workspace } from '../workspaces/workspaces.service.js';

/** Test helpers for the contacts and companies tests (not a test file itself). */

/** A workspace reading phones as `country`'s, its admin and the admin's signed-in client. */
export async function clientTeam(server: TestServer, country = 'RU') {
  const workspace = await server.build.workspace();
  await server.handle.db.updateTable('workspaces').set({ default_country: country }).where('id', '=', workspace.id).execute();
  const admin = await server.build.user({ workspace, role: 'admin' });
  return { workspace, admin, client: await server.as(admin) };
}

/** A user of the workspace with a role, optionally in a department, signed in. */
export async function member(server: TestServer, workspace: Workspace, role: string, departmentId: string | null = null) {
  const user = await server.build.user({ workspace, role });
  if (departmentId) await server.handle.db.updateTable('users').set({ department_id: departmentId }).where('id', '=', user.id).execute();
  return { user, client: await server.as(user) };
}
