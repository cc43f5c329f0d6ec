import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { now } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { addWorkspaceSetup } from '../../platform/workspace-setup.js';
import { defaultsFor, defaultStages } from './default-pipeline.js';
import { insertLostReasons } from './lost-reasons.repository.js';
import * as repo from './pipelines.repository.js';

/** A new workspace starts with the default pipeline and lost reasons in its language. */
export async function seedSalesDefaults(trx: Transaction<Database>, workspace: { id: string; locale: string }): Promise<void> {
  const at = now();
  const texts = defaultsFor(workspace.locale);
  const pipeline = await repo.insertPipeline(trx, { id: newId(), workspace_id: workspace.id, name: texts.pipeline, position: 0, retired_at: null, version: 1, created_at: at, updated_at: at });
  await repo.insertStages(trx, defaultStages(workspace.locale).map((s, i) => ({
    id: newId(), workspace_id: workspace.id, pipeline_id: pipeline.id, name: s.name, color: s.color, probability: s.probability, kind: s.kind,
    rotting_days: null, position: i, retired_at: null, version: 1, created_at: at, updated_at: at,
  })));
  await insertLostReasons(trx, texts.reasons.map((name, i) => ({ id: newId(), workspace_id: workspace.id, name, position: i, retired_at: null, version: 1, created_at: at, updated_at: at })));
}

addWorkspaceSetup(seedSalesDefaults);
