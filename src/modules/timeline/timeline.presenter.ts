import { fromJson } from '../../platform/json.js';
import type { TimelineRowWithAuthor } from './timeline.repository.js';
import type { TimelineItemOutput } from './timeline.schema.js';

/** An item as the service hands it out: the row with what the caller may do and, on a company's feed, whose item it is. */
export interface TimelineEntry {
  row: TimelineRowWithAuthor;
  abilities: { edit: boolean; delete: boolean };
  /** Set on a company's feed for the items of its people. */
  contact?: { id: string; displayName: string };
}

export function presentTimelineItem(entry: TimelineEntry): TimelineItemOutput {
  const { row } = entry;
  const stored = row.data === null ? null : fromJson<Record<string, unknown> | null>(row.data);
  const data = entry.contact ? { ...(stored ?? {}), contact: entry.contact } : stored;
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    author: row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
    occurredAt: row.occurred_at,
    body: row.body,
    data,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: entry.abilities,
  };
}
