import type { PipelineRow, StageRow } from './pipelines.repository.js';
import type { PipelineOutput, StageKind, StageOutput } from './pipelines.schema.js';

/** A stage as the API shows it. */
export function presentStage(row: StageRow): StageOutput {
  return {
    id: row.id, pipelineId: row.pipeline_id, name: row.name, color: row.color, probability: Number(row.probability), kind: row.kind as StageKind,
    rottingDays: row.rotting_days === null ? null : Number(row.rotting_days), position: Number(row.position), retired: row.retired_at !== null, version: row.version,
  };
}

/** A pipeline with its stages in order (retired stages only when `withRetired`). */
export function presentPipeline(row: PipelineRow, stages: StageRow[], withRetired: boolean): PipelineOutput {
  return {
    id: row.id, name: row.name, position: Number(row.position), retired: row.retired_at !== null, version: row.version,
    stages: stages.filter((s) => s.pipeline_id === row.id && (withRetired || s.retired_at === null)).map(presentStage),
  };
}
