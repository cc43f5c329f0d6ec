import type { Executor } from '../../db/database.js';
import type { Module } from '../../platform/access/permissions.js';
import { listWaitingDeals, stillWaitingDealIds } from '../sales/waiting-deals.service.js';

/** A request that may escalate: something an owner should have handled since `startedAt`. */
export interface WaitingRequest {
  id: string;
  title: string;
  ownerId: string;
  startedAt: string;
  pipelineId: string | null;
}

/** A kind of request the rule watches: where waiting ones come from and whether they still wait. */
export interface EscalationSource {
  subjectType: string;
  /** The permission module whose visibility the supervisor screen applies. */
  module: Module;
  /** Requests waiting since before `startedBefore`, oldest first. */
  waiting(db: Executor, workspaceId: string, startedBefore: string, limit: number): Promise<WaitingRequest[]>;
  /** Which of the given requests still wait (the others were handled, closed or deleted). */
  stillWaiting(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Set<string>>;
}

/** A new deal: in the first stage of its pipeline, with nothing done on it since it got there. */
const dealSource: EscalationSource = {
  subjectType: 'deal',
  module: 'deals',
  async waiting(db, workspaceId, startedBefore, limit) {
    const rows = await listWaitingDeals(db, workspaceId, startedBefore, limit);
    return rows.map((r) => ({ id: r.id, title: r.title, ownerId: r.owner_id, startedAt: r.stage_entered_at, pipelineId: r.pipeline_id }));
  },
  stillWaiting: stillWaitingDealIds,
};

const sources = new Map<string, EscalationSource>([[dealSource.subjectType, dealSource]]);

/** Adds a kind of request (call tasks come with the activities module). @throws Error when the type is taken */
export function registerEscalationSource(source: EscalationSource): void {
  if (sources.has(source.subjectType)) throw new Error(`Escalation source ${source.subjectType} is already registered`);
  sources.set(source.subjectType, source);
}

export function escalationSources(): EscalationSource[] {
  return [...sources.values()];
}
