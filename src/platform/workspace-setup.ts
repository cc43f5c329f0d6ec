import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * What a module puts into every new workspace (the sales module its default pipeline and lost
 * reasons), run in the transaction that creates the workspace. Modules register here so that the
 * workspaces module needs to know none of them.
 */
export type WorkspaceSetup = (trx: Transaction<Database>, workspace: { id: string; locale: string }) => Promise<void>;

const setups: WorkspaceSetup[] = [];

/** Registers a module's setup (from its module file, once at start). */
export function addWorkspaceSetup(setup: WorkspaceSetup): void {
  setups.push(setup);
}

/** Runs every registered setup for a new workspace, in registration order. */
export async function runWorkspaceSetups(trx: Transaction<Database>, workspace: { id: string; locale: string }): Promise<void> {
  for (const setup of setups) await setup(trx, workspace);
}
