import type { MergeSummary } from '../features/duplicates/duplicates.api';
import type { RecordTypeMeta } from './recordTypes.api';

/** A type the merge screens take (the merges API names them). */
export type MergeEntity = MergeSummary['entity'];

/** The type as the merge screens name it, when the server says the type merges; null otherwise. */
export function mergeEntity(meta: RecordTypeMeta): MergeEntity | null {
  // The server sets `features.merge` exactly for the types its merges API takes.
  return meta.features.merge ? (meta.entityType as MergeEntity) : null;
}
