/**
 * Fills a benchmark database with activities on the deals `fillDeals` made, through the bare driver:
 * calls, meetings, letters, tasks and notes, each on one deal and owned by the deal's owner, spread
 * over the same 700 days as the deals; three in four done (a day or so after creation), the rest
 * planned. Not measured: it only sets the stage for the analytics widgets.
 */
import { Random } from '../src/platform/demo/random.js';
import { bareInsert } from './bare-insert.js';
import { benchDealId, type FilledDeals } from './deal-rows.js';

const AT = Date.parse('2025-01-01T00:00:00.000Z');
const DAY = 86_400_000;
const BATCH = 5000;
const COLUMNS = ['id', 'workspace_id', 'owner_id', 'kind', 'title', 'sort_name', 'status', 'deal_id', 'due_at', 'all_day', 'priority', 'participants', 'checklist',
  'occurrence', 'custom', 'tags', 'version', 'created_at', 'updated_at', 'done_at'] as const;

export async function fillActivities(filled: FilledDeals, count: number, log: (m: string) => void): Promise<void> {
  const { handle, workspaceId: ws, owners, size: deals } = filled;
  const rowOf = (j: number): unknown[] => {
    const r = new Random(j * 6007 + 5);
    const deal = j % deals;
    const created = AT + Math.floor(r.next() * 700 * DAY);
    const due = created + Math.floor(r.next() * 10 * DAY);
    const done = r.chance(0.75);
    const kind = r.pick(['call', 'call', 'meeting', 'email', 'task', 'note']);
    const title = `${kind} ${j}`;
    const doneAt = done ? new Date(created + Math.floor(r.next() * 3 * DAY)).toISOString() : null;
    return [`019ab0e2-0000-7000-8000-${j.toString(16).padStart(12, '0')}`, ws, owners[deal % owners.length]!, kind, title, title, done ? 'done' : 'planned',
      benchDealId(deal), new Date(due).toISOString(), 0, 'normal', '[]', '[]', 1, '{}', '[]', 1, new Date(created).toISOString(), new Date(created).toISOString(), doneAt];
  };
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => rowOf(start + k));
    await bareInsert(handle, [{ table: 'activities', columns: COLUMNS, rows }]);
    if ((start / BATCH) % 40 === 0) log(`  ${(start + rows.length).toLocaleString('en-US')} activities`);
  }
  if (handle.raw.sqlite) handle.raw.sqlite.exec('ANALYZE');
  else await handle.raw.pool!.query('ANALYZE');
}
