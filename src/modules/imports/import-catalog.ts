import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { BUILT_IN_KINDS } from '../activities/activities.schema.js';
import { workspaceZone } from '../activities/activity-columns.js';
import { listKinds } from '../activities/activity-types.service.js';
import { defaultsFor } from '../sales/default-pipeline.js';
import { listReasons } from '../sales/lost-reasons.service.js';
import { listPipelinesFor } from '../sales/pipelines.service.js';
import type { StageKind } from '../sales/pipelines.schema.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import type { ImportEntity } from './header-aliases.js';
import { headerKey } from './header-aliases.js';

/**
 * What a deal or activity row names by words, looked up once per chunk: the pipelines and stages
 * the actor reaches, the lost reasons, the activity kinds, the workspace's zone and currency.
 * Names match case, space and punctuation aside, and in any of the three languages: a stage still
 * called as the default pipeline names it in one language answers to its name in the other two.
 */

export interface CatalogStage { id: string; kind: StageKind; keys: Set<string> }
export interface CatalogPipeline { id: string; keys: Set<string>; stages: CatalogStage[] }

export interface SalesCatalog {
  zone: string;
  currency: string;
  pipelines: CatalogPipeline[];
  reasons: Map<string, string>;
  kinds: Map<string, string>;
}

const LANGS = ['en', 'ru', 'bg'] as const;

/** A name's keys: itself, plus the same default's name in the other languages when it is one of the defaults (`list(lang)[i]`). */
function keysOf(name: string, list: (lang: string) => readonly string[]): Set<string> {
  const keys = new Set([headerKey(name)]);
  for (const lang of LANGS) {
    const index = list(lang).findIndex((n) => headerKey(n) === headerKey(name));
    if (index >= 0) for (const other of LANGS) keys.add(headerKey(list(other)[index]!));
  }
  return keys;
}

/** Built-in activity kinds by the words files use for them. */
const KIND_WORDS: Record<(typeof BUILT_IN_KINDS)[number], string[]> = {
  call: ['call', 'calls', 'phone call', 'звонок', 'звонки', 'телефонный звонок', 'обаждане', 'телефонен разговор', 'разговор'],
  meeting: ['meeting', 'appointment', 'встреча', 'среща'],
  email: ['email', 'e mail', 'letter', 'mail', 'письмо', 'эл письмо', 'писмо', 'имейл'],
  note: ['note', 'заметка', 'примечание', 'бележка'],
  task: ['task', 'to do', 'todo', 'задача', 'дело', 'задачка'],
};

export async function loadCatalog(db: Executor, actor: Actor, entity: ImportEntity): Promise<SalesCatalog> {
  const workspace = await findWorkspace(db, actor.workspaceId);
  const catalog: SalesCatalog = { zone: await workspaceZone(db, actor.workspaceId), currency: workspace?.default_currency ?? 'EUR', pipelines: [], reasons: new Map(), kinds: new Map() };
  if (entity === 'deals') {
    catalog.pipelines = (await listPipelinesFor(db, actor, false)).map((p) => ({
      id: p.id, keys: keysOf(p.name, (l) => [defaultsFor(l).pipeline]),
      stages: p.stages.map((s) => ({ id: s.id, kind: s.kind, keys: keysOf(s.name, (l) => defaultsFor(l).stages) })),
    }));
    for (const r of await listReasons(db, actor, false)) for (const key of keysOf(r.name, (l) => defaultsFor(l).reasons)) if (!catalog.reasons.has(key)) catalog.reasons.set(key, r.id);
  }
  if (entity === 'activities') {
    for (const [kind, words] of Object.entries(KIND_WORDS)) for (const w of words) catalog.kinds.set(headerKey(w), kind);
    for (const k of await listKinds(db, actor)) {
      if (k.retired) continue;
      for (const name of [k.key, ...Object.values(k.names ?? {})]) if (!catalog.kinds.has(headerKey(name))) catalog.kinds.set(headerKey(name), k.key);
    }
  }
  return catalog;
}

/** The pipeline a name means, or undefined. */
export function pipelineNamed(catalog: SalesCatalog, name: string): CatalogPipeline | undefined {
  const key = headerKey(name);
  return catalog.pipelines.find((p) => p.keys.has(key));
}

/** The stage a name means in the pipeline, or (no pipeline named) in the first pipeline that has it. */
export function stageNamed(catalog: SalesCatalog, name: string, pipeline: CatalogPipeline | undefined): CatalogStage | undefined {
  const key = headerKey(name);
  for (const p of pipeline ? [pipeline] : catalog.pipelines) {
    const stage = p.stages.find((s) => s.keys.has(key));
    if (stage) return stage;
  }
  return undefined;
}

/** The pipeline a stage belongs to. */
export function pipelineOf(catalog: SalesCatalog, stageId: string): CatalogPipeline | undefined {
  return catalog.pipelines.find((p) => p.stages.some((s) => s.id === stageId));
}
