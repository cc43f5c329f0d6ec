import type { Kysely, Selectable, Transaction } from 'kysely';
import { runWorkspaceSetups } from '../../platform/workspace-setup.js';
import type { Database, Dialect, Executor } from '../../db/database.js';
import type { RequestContext } from '../../platform/access/actor.js';
import { isIpAllowed } from '../../platform/net/ip-allowlist.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { recordChange } from '../../platform/history/record-change.js';
import * as usersService from '../users/users.service.js';
import * as authService from '../auth/auth.service.js';
import * as workspaces from './workspaces.repository.js';
import { ensureBuiltInRoles } from '../roles/roles.service.js';
import type { WorkspacesTable } from './workspaces.table.js';
import type { WorkspaceSettingsInput } from './workspaces.schema.js';
import type { SetupInput } from './setup.schema.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { scopeOf } from '../../platform/access/actor.js';
import { presentWorkspaceDetails } from './workspaces.presenter.js';
import { toJson } from '../../platform/json.js';
import { settingsChanged } from './settings-events.js';
import { applySettingsPatch, phoneCountries, readSettings, type WorkspaceSettings } from './workspace-settings.js';
import { enqueueJob } from '../../platform/jobs/jobs.service.js';
import { PHONE_RECHECK_JOB, phoneRecheckKey } from '../../platform/phones/phones.jobs.js';
import { effectiveNameOrder, NAME_ORDER_JOB, nameOrderJobKey } from '../../platform/text/name-order.js';
import type { UpdateWorkspaceInput } from './workspaces.schema.js';

export type Workspace = Selectable<WorkspacesTable>;

/** Whether this install still needs its first-run setup. */
export async function isSetupNeeded(db: Executor): Promise<boolean> {
  return (await workspaces.countWorkspaces(db)) === 0;
}

export function findWorkspace(db: Executor, id: string): Promise<Workspace | undefined> {
  return workspaces.findWorkspace(db, id);
}

/** The install's oldest workspace (the only one of a single-tenant install). */
export function findFirstWorkspace(db: Executor): Promise<Workspace | undefined> {
  return workspaces.firstWorkspace(db);
}

/** Serializes creating the first workspace across processes (setup, demo seeding). */
export function lockFirstRun(trx: Transaction<Database>, dialect: Dialect): Promise<void> {
  return workspaces.lockSetup(trx, dialect);
}

/** Creates a workspace (history and audit under the system actor). */
export async function createWorkspace(trx: Transaction<Database>, input: WorkspaceSettingsInput, ctx: Partial<RequestContext> = {}): Promise<Workspace> {
  const at = now();
  const workspace = await workspaces.insertWorkspace(trx, {
    id: newId(),
    name: input.name,
    locale: input.locale,
    time_zone: input.timeZone,
    default_country: input.defaultCountry,
    default_currency: input.defaultCurrency,
    settings: '{}',
    created_at: at,
    updated_at: at,
    version: 1,
  });
  await recordChange(trx, usersService.systemActor(workspace.id, ctx), { entityType: 'workspace', action: 'create', before: null, after: workspace });
  await ensureBuiltInRoles(trx, workspace.id);
  await runWorkspaceSetups(trx, workspace);
  return workspace;
}

/**
 * First-run setup: creates the workspace and its administrator and signs the administrator in,
 * all or nothing. Only possible while the install has no workspace.
 * @throws AppError already_set_up | conflict
 */
export async function setupInstall(
  db: Kysely<Database>,
  dialect: Dialect,
  settings: authService.AuthSettings,
  input: SetupInput,
  ctx: RequestContext,
): Promise<{ workspace: Workspace; session: authService.IssuedSession }> {
  return db.transaction().execute(async (trx) => {
    await workspaces.lockSetup(trx, dialect);
    if ((await workspaces.countWorkspaces(trx)) > 0) throw new AppError('already_set_up', 'This Kartoteka is already set up; sign in instead');
    const workspace = await createWorkspace(trx, input.workspace, ctx);
    const admin = await usersService.createUser(trx, usersService.systemActor(workspace.id, ctx), {
      email: input.admin.email,
      name: input.admin.name,
      password: input.admin.password,
      role: 'admin',
      locale: input.workspace.locale,
      timeZone: input.workspace.timeZone,
    });
    const session = await authService.issueSession(trx, settings, admin, ctx);
    return { workspace, session };
  });
}

/** Every workspace with its settings: for jobs that run per workspace (trash purge). */
export async function listWorkspaceSettings(db: Executor): Promise<Array<{ id: string; settings: WorkspaceSettings }>> {
  return (await workspaces.listWorkspaceSettingsRows(db)).map((w) => ({ id: w.id, settings: readSettings(w.settings) }));
}

/** The workspace's tunable settings, with defaults for anything never set. */
export async function getWorkspaceSettings(db: Executor, workspaceId: string): Promise<WorkspaceSettings> {
  const workspace = await workspaces.findWorkspace(db, workspaceId);
  return readSettings(workspace?.settings ?? null);
}

/** Whether the actor manages the workspace's settings (and so may see the alarm's limits). */
export function canManageSettings(actor: Actor): boolean {
  return scopeOf(actor, 'settings', 'manage_settings') !== 'none';
}

/** The 409 of a stale update, carrying the current workspace as the API shows it to a settings manager. */
function staleWorkspace(current: Workspace): AppError {
  return new AppError('conflict', 'The settings were changed by someone else', undefined, { current: presentWorkspaceDetails(current, { withAlarm: true }) });
}

/**
 * Changes the workspace's name, defaults or settings.
 * @throws AppError forbidden | not_found | conflict (stale version)
 */
export async function updateWorkspace(trx: Transaction<Database>, actor: Actor, input: UpdateWorkspaceInput): Promise<Workspace> {
  authorize(actor, 'settings', 'manage_settings');
  const before = await workspaces.findWorkspace(trx, actor.workspaceId);
  if (!before) throw new AppError('not_found', 'Workspace not found');
  if (before.version !== input.version) throw staleWorkspace(before);
  const settings = input.settings ? applySettingsPatch(readSettings(before.settings), input.settings) : readSettings(before.settings);
  if (input.settings?.signIn?.ipAllowlists) refuseSelfLockOut(actor, settings.signIn.ipAllowlists);
  const after = await workspaces.updateWorkspaceVersioned(trx, before.id, input.version, {
    name: input.name ?? before.name,
    locale: input.locale ?? before.locale,
    time_zone: input.timeZone ?? before.time_zone,
    default_country: input.defaultCountry ?? before.default_country,
    default_currency: input.defaultCurrency ?? before.default_currency,
    settings: toJson(settings),
    updated_at: now(),
  });
  if (!after) throw staleWorkspace((await workspaces.findWorkspace(trx, before.id)) ?? before);
  await recheckPhonesIfCountriesChanged(trx, before, after);
  await reorderNamesIfOrderChanged(trx, before, after);
  await recordChange(trx, actor, { entityType: 'workspace', action: 'update', before: { ...before, settings: readSettings(before.settings) }, after: { ...after, settings: readSettings(after.settings) } });
  settingsChanged(after.id);
  return after;
}

/**
 * An allowlist that leaves out the address the administrator is working from, for their own role,
 * would sign them out with the next request and keep them out: refused (decision 0028).
 * @throws AppError would_lock_you_out
 */
function refuseSelfLockOut(actor: Actor, allowlists: Record<string, string[]>): void {
  if (actor.kind !== 'user' || !Object.hasOwn(allowlists, actor.role)) return;
  if (isIpAllowed(allowlists[actor.role] ?? [], actor.ip)) return;
  throw new AppError('would_lock_you_out', `Your own address (${actor.ip ?? 'unknown'}) is not in the list for your role; add it first`,
    { [`settings.signIn.ipAllowlists.${actor.role}`]: 'would_lock_you_out' }, { ip: actor.ip });
}

/** Queues the rewrite of composed display names when the workspace's name order changed (its own choice, or its language's default). */
async function reorderNamesIfOrderChanged(trx: Transaction<Database>, before: Workspace, after: Workspace): Promise<void> {
  const was = effectiveNameOrder(readSettings(before.settings).nameOrder, before.locale);
  const is = effectiveNameOrder(readSettings(after.settings).nameOrder, after.locale);
  if (was === is) return;
  await enqueueJob(trx, { type: NAME_ORDER_JOB, workspaceId: after.id, uniqueKey: nameOrderJobKey(after.id) });
}

/** Queues the recheck of phones kept as typed when the countries phones are read in changed (with the commit). */
async function recheckPhonesIfCountriesChanged(trx: Transaction<Database>, before: Workspace, after: Workspace): Promise<void> {
  const was = phoneCountries(readSettings(before.settings), before.default_country).join(',');
  const is = phoneCountries(readSettings(after.settings), after.default_country).join(',');
  if (was === is) return;
  await enqueueJob(trx, { type: PHONE_RECHECK_JOB, workspaceId: after.id, uniqueKey: phoneRecheckKey(after.id) });
}
