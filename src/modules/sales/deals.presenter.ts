import type { Actor } from '../../platform/access/actor.js';
import { canReach } from '../../platform/access/visibility.js';
import { fromJson } from '../../platform/json.js';
import type { RecordRow } from '../../platform/records/record-columns.js';
import type { LostReasonRow } from './lost-reasons.repository.js';
import type { PipelineRow, StageRow } from './pipelines.repository.js';
import type { DealListItem, DealOutput } from './deals.schema.js';
import type { StageKind } from './pipelines.schema.js';
import type { DealItem } from './deal-items.js';

/** What presenting deals needs besides their rows, loaded once per page. */
export interface DealLookups {
  pipelines: Map<string, PipelineRow>;
  stages: Map<string, StageRow>;
  reasons: Map<string, LostReasonRow>;
  /** Names of the companies the viewer may see. */
  companies: Map<string, string>;
  /** Names of the contacts the viewer may see. */
  contacts: Map<string, string>;
  now: number;
  /** The workspace asks every open deal to have a planned next step. */
  needsNextStep: boolean;
}

const DAY = 86_400_000;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Idle in an open stage longer than its rotting limit (idle: no stage move and no activity since). */
export function isRotting(stage: StageRow | undefined, row: RecordRow, nowMs: number): boolean {
  if (!stage || stage.kind !== 'open' || stage.rotting_days === null) return false;
  const idleSince = Math.max(Date.parse(String(row.stage_entered_at)), row.last_activity_at ? Date.parse(row.last_activity_at) : 0);
  return nowMs - idleSince > Number(stage.rotting_days) * DAY;
}

/** The first person on the deal whose name the viewer may see. */
function firstVisiblePerson(row: RecordRow, lookups: DealLookups): { id: string; name: string } | null {
  const person = (fromJson<Array<{ contactId: string }>>(row.people) ?? []).find((p) => lookups.contacts.has(p.contactId));
  return person ? { id: person.contactId, name: lookups.contacts.get(person.contactId)! } : null;
}

/** A deal as a list or board shows it. */
export function presentDealListItem(row: RecordRow, actor: Actor, lookups: DealLookups): DealListItem {
  const stage = lookups.stages.get(String(row.stage_id));
  const pipeline = lookups.pipelines.get(String(row.pipeline_id));
  const reason = row.lost_reason_id ? lookups.reasons.get(String(row.lost_reason_id)) : undefined;
  const companyId = text(row.company_id);
  const companyName = companyId ? lookups.companies.get(companyId) : undefined;
  const department = row.owner_department_id ?? null;
  return {
    id: row.id,
    title: String(row.title),
    pipeline: { id: String(row.pipeline_id), name: pipeline?.name ?? '' },
    stage: {
      id: String(row.stage_id), name: stage?.name ?? '', kind: (stage?.kind ?? 'open') as StageKind, color: stage?.color ?? '#868e96',
      probability: Number(stage?.probability ?? 0),
    },
    boardPosition: String(row.board_position),
    stageEnteredAt: String(row.stage_entered_at),
    rotting: isRotting(stage, row, lookups.now),
    noNextStep: lookups.needsNextStep && !row.closed_at && !row.next_activity_at,
    amount: Number(row.amount ?? 0),
    currency: String(row.currency),
    expectedClose: text(row.expected_close),
    status: row.won_at ? 'won' : row.lost_at ? 'lost' : 'open',
    closedAt: text(row.closed_at),
    wonAt: text(row.won_at),
    lostAt: text(row.lost_at),
    lostReason: reason ? { id: reason.id, name: reason.name } : null,
    lostComment: text(row.lost_comment),
    company: companyId && companyName !== undefined ? { id: companyId, name: companyName } : null,
    firstPerson: firstVisiblePerson(row, lookups),
    source: text(row.source),
    tags: fromJson<string[]>(row.tags) ?? [],
    custom: fromJson<Record<string, unknown>>(row.custom) ?? {},
    owner: { id: row.owner_id, name: String(row.owner_name ?? '') },
    lastActivityAt: row.last_activity_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: { edit: canReach(actor, 'deals', 'edit', row, department), delete: canReach(actor, 'deals', 'delete', row, department) },
  };
}

/** A deal as its card shows it: the list item plus the comment and the people the viewer may see. */
export function presentDeal(row: RecordRow, actor: Actor, lookups: DealLookups): DealOutput {
  const people = (fromJson<Array<{ contactId: string; role: string | null }>>(row.people) ?? [])
    .filter((p) => lookups.contacts.has(p.contactId))
    .map((p) => ({ contact: { id: p.contactId, name: lookups.contacts.get(p.contactId)! }, role: p.role ?? null }));
  return { ...presentDealListItem(row, actor, lookups), comment: text(row.comment), items: fromJson<DealItem[]>(row.items) ?? [], people };
}
