import { registerEscalationSource } from '../escalation/escalation-sources.js';
import { waitingCalls } from './waiting-calls.repository.js';

// A call task not done within N minutes of its due time escalates like a new deal (issue #12 item 6).
registerEscalationSource({
  subjectType: 'activity',
  module: 'activities',
  async waiting(db, workspaceId, startedBefore, limit) {
    const rows = await waitingCalls(db, workspaceId, { dueBefore: startedBefore }, limit);
    return rows.map((r) => ({ id: r.id, title: r.title, ownerId: r.owner_id, startedAt: r.due_at, pipelineId: null }));
  },
  async stillWaiting(db, workspaceId, ids) {
    const rows = await waitingCalls(db, workspaceId, { ids }, ids.length || 1);
    return new Set(rows.map((r) => r.id));
  },
});
