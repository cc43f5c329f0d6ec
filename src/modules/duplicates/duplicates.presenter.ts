import type { DuplicateGroup } from './duplicate-groups.js';

/** A duplicate group as the API shows it. */
export function presentGroup(group: DuplicateGroup) {
  return {
    score: group.score,
    reasons: group.reasons,
    records: group.records.map((r) => ({ id: r.id, title: r.title, subtitle: r.subtitle, createdAt: r.created_at })),
  };
}
