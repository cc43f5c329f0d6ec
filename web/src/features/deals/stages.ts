import type { TFunction } from 'i18next';
import type { Choice } from '../../records/screens';
import type { Pipeline, Stage } from './deals.api';

/** A pipeline's stages in board order, without retired ones (except `keepId`, the stage a deal still sits on). */
export function activeStages(pipeline: Pipeline, keepId?: string): Stage[] {
  return [...pipeline.stages].filter((stage) => !stage.retired || stage.id === keepId).sort((a, b) => a.position - b.position);
}

/** Where a new deal starts: the pipeline's first open stage. */
export function firstOpenStage(pipeline: Pipeline): Stage | null {
  return activeStages(pipeline).find((stage) => stage.kind === 'open') ?? null;
}

/** Stages as select options; won and lost stages say so. */
export function stageOptions(t: TFunction, stages: Stage[]): Choice[] {
  return stages.map((stage) => ({ value: stage.id, label: stage.kind === 'open' ? stage.name : `${stage.name} (${t(`deals.status.${stage.kind}`)})` }));
}

/**
 * The stage a "next" button moves an open deal to: the following open stage, or (from the last
 * open stage) the won one. Null when the deal is closed.
 */
export function nextStage(stages: Stage[], currentId: string): Stage | null {
  const index = stages.findIndex((stage) => stage.id === currentId);
  if (index < 0 || stages[index]!.kind !== 'open') return null;
  return stages.slice(index + 1).find((stage) => stage.kind !== 'lost') ?? null;
}
