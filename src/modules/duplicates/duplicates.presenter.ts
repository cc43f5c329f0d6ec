import type { Actor } from '../../platform/access/actor.js';
import { redactRow } from '../../platform/records/field-redaction.js';
import { recordType } from '../../platform/records/registry.js';
import type { DuplicateGroup } from './duplicate-groups.js';

/** A record's subtitle as the actor may read it: a company's tax id is a field rights may hide or mask (decision 0027). */
function shownSubtitle(actor: Actor, entityType: string, subtitle: string | null): string | null {
  const kind = recordType(entityType);
  const column = kind?.duplicates?.subtitleColumn;
  if (!kind || !column || subtitle === null) return subtitle;
  const shown = redactRow(actor, kind, { [column]: subtitle })[column];
  return typeof shown === 'string' ? shown : null;
}

/** A duplicate group as the API shows it. */
export function presentGroup(group: DuplicateGroup, actor: Actor, entityType: string) {
  return {
    score: group.score,
    reasons: group.reasons,
    records: group.records.map((r) => ({ id: r.id, title: r.title, subtitle: shownSubtitle(actor, entityType, r.subtitle), createdAt: r.created_at })),
  };
}
