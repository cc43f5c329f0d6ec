/**
 * `kartoteka seed-demo` and KARTOTEKA_DEMO=1: a demo workspace with staff (and, as modules arrive,
 * their companies, contacts and deals), always the same for the same seed and safe to run again.
 */
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/database.js';
import type { RequestContext } from '../../platform/access/actor.js';
import { AppError } from '../../platform/errors.js';
import * as usersService from '../users/users.service.js';
import * as workspacesService from '../workspaces/workspaces.service.js';
import { createGenerator, DEFAULT_SEED } from '../../platform/demo/generator.js';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoUsersStep } from './demo-users.js';
import type { DemoSeedContext, DemoSeedStep } from './seed-step.js';
import { demoClientsStep } from './demo-clients.js';
import { demoDealsStep } from './demo-deals.js';
import { demoActivitiesStep } from './demo-activities.js';
import { demoSourceCostsStep } from './demo-source-costs.js';

export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './demo-users.js';
export type { DemoSeedContext, DemoSeedStep } from './seed-step.js';

export const DEMO_WORKSPACE = {
  name: 'Демо: ООО «Картотека»',
  locale: 'ru',
  timeZone: 'Europe/Moscow',
  defaultCountry: 'RU',
  defaultCurrency: 'RUB',
} as const;

/**
 * The steps, in order. Extension point: a module that owns demo-worthy records (companies,
 * contacts, deals, activities, source costs) adds its step here, drawing from `ctx.generator` (companies(n),
 * people(n)) and assigning owners from `ctx.users`.
 */
export const DEMO_STEPS: readonly DemoSeedStep[] = [demoUsersStep, demoClientsStep, demoDealsStep, demoActivitiesStep, demoSourceCostsStep];

export interface SeedDemoOptions {
  /** Default DEFAULT_SEED (20261123): the published demo. */
  seed?: number;
  /** Seed into this workspace; default: the demo admin's workspace, else the install's first, else a new one. */
  workspaceId?: string;
  ctx?: Partial<RequestContext>;
  /** Run only these steps (by name, in DEMO_STEPS order); default all. Tests of one step use it. */
  only?: readonly string[];
}

export interface SeedDemoResult {
  workspaceId: string;
  adminEmail: string;
  adminPassword: string;
  /** Records added by this run (0 when the demo was already complete). */
  created: number;
}

/**
 * Seeds the demo. On an empty install it creates the demo workspace (ru, Europe/Moscow, RUB) with
 * an administrator (demo@kartoteka.local / demo-password-2026) and eight staff members; on an
 * install that has a workspace it adds whatever demo records are missing there. Idempotent and
 * deterministic: the same seed gives the same people, and a second run adds nothing.
 * @throws AppError not_found (options.workspaceId does not exist)
 */
export async function seedDemo(db: Kysely<Database>, dialect: Dialect, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const generator = createGenerator(options.seed ?? DEFAULT_SEED);
  return db.transaction().execute(async (trx) => {
    // Same lock as first-run setup: two processes starting with KARTOTEKA_DEMO=1 make one workspace.
    await workspacesService.lockFirstRun(trx, dialect);
    let created = 0;
    let workspaceId = options.workspaceId;
    if (workspaceId) {
      if (!(await workspacesService.findWorkspace(trx, workspaceId))) throw new AppError('not_found', 'Workspace not found');
    } else {
      const admin = await usersService.findUserByEmail(trx, DEMO_ADMIN_EMAIL);
      workspaceId = admin?.workspace_id ?? (await workspacesService.findFirstWorkspace(trx))?.id;
    }
    if (!workspaceId) {
      workspaceId = (await workspacesService.createWorkspace(trx, DEMO_WORKSPACE, options.ctx)).id;
      created++;
    }
    const ctx: DemoSeedContext = {
      trx,
      dialect,
      workspaceId,
      actor: usersService.systemActor(workspaceId, options.ctx),
      generator,
      password: DEMO_PASSWORD,
      users: [],
    };
    for (const step of DEMO_STEPS) if (!options.only || options.only.includes(step.name)) created += await step.run(ctx);
    return { workspaceId, adminEmail: DEMO_ADMIN_EMAIL, adminPassword: DEMO_PASSWORD, created };
  });
}
