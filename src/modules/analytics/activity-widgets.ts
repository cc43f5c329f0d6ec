import { toIso } from '../../platform/clock.js';
import { bucketsOf } from './analytics-period.js';
import type { RecordFilter, Row, Table } from './analytics.schema.js';
import { firstActivityAfter } from './deal-facts.repository.js';
import {
  between, column, drillIds, drillTo, duration, entries, facts, groupBy, mean, median, personName, secondsBetween, typeFacts, type WidgetContext,
} from './widget-context.js';
import { bucketKey, sums } from './widget-sums.js';

/** Manager activity, response time to new deals, and time to resolve a client's request. */

interface ActivityFact { id: string; owner_id: string; kind: string; status: string; due_at: string | null; done_at: string | null; created_at: string; contact_id: string | null; company_id: string | null; deal_id: string | null }
const ACTIVITY_COLUMNS = ['id', 'owner_id', 'kind', 'status', 'due_at', 'done_at', 'created_at', 'contact_id', 'company_id', 'deal_id'];

/** What a done activity counts as (calls, meetings, letters, tasks done). */
const COUNTED: Record<string, string> = { call: 'calls', meeting: 'meetings', email: 'letters', task: 'tasksDone' };

/**
 * Per manager and `bucket`: calls, meetings and letters done, tasks done (each at the time it was
 * done) and activities overdue (planned, due in the bucket before now).
 */
export async function activity(ctx: WidgetContext): Promise<Table> {
  const nowIso = toIso(ctx.atMs);
  const overdueEnd = nowIso < ctx.period.end ? nowIso : ctx.period.end;
  const asActivities = { entityType: 'activity', drillType: 'activities' } as const;
  const [done, planned] = await Promise.all([
    sums(ctx, [{ field: 'status', op: 'eq', value: 'done' }, ...between('doneAt', ctx.period.start, ctx.period.end)], { keys: [{ column: 'owner_id' }, { column: 'kind' }, bucketKey(ctx, 'done_at')], ...asActivities }),
    overdueEnd > ctx.period.start
      ? sums(ctx, [{ field: 'status', op: 'eq', value: 'planned' }, ...between('dueAt', ctx.period.start, overdueEnd)], { keys: [{ column: 'owner_id' }, bucketKey(ctx, 'due_at')], ...asActivities })
      : Promise.resolve([]),
  ]);
  const buckets = bucketsOf(ctx.period, ctx.bucket);
  const indexOf = new Map(buckets.map((b, i) => [b.label, i]));
  const name = await personName(ctx);
  const owners = [...new Set([...done, ...planned].map((a) => a.keys[0]!))].sort((a, b) => name(a).localeCompare(name(b)));
  const rows: Row[] = [];
  const totals = { calls: 0, meetings: 0, letters: 0, tasksDone: 0, overdue: 0 };
  for (const owner of owners) {
    const counts = buckets.map(() => ({ calls: 0, meetings: 0, letters: 0, tasksDone: 0, overdue: 0 }));
    for (const a of done) {
      const what = COUNTED[a.keys[1]!] as keyof typeof totals | undefined;
      const i = a.keys[0] === owner && what ? indexOf.get(a.keys[2]!) ?? -1 : -1;
      if (i >= 0) counts[i]![what!] += a.count;
    }
    for (const a of planned) {
      const i = a.keys[0] === owner ? indexOf.get(a.keys[1]!) ?? -1 : -1;
      if (i >= 0) counts[i]!.overdue += a.count;
    }
    buckets.forEach((b, i) => {
      const c = counts[i]!;
      if (Object.values(c).every((v) => v === 0)) return;
      for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += c[k];
      const ownerIs: RecordFilter = { field: 'ownerId', op: 'eq', value: owner };
      const doneAs = (kind: string) => drillTo(ctx, 'activities', [ownerIs, { field: 'kind', op: 'eq', value: kind }, { field: 'status', op: 'eq', value: 'done' }, ...between('doneAt', b.start, b.end)]);
      rows.push({
        cells: { owner: name(owner), period: b.label, ...c },
        drill: {
          calls: doneAs('call'), meetings: doneAs('meeting'), letters: doneAs('email'), tasksDone: doneAs('task'),
          overdue: drillTo(ctx, 'activities', [ownerIs, { field: 'status', op: 'eq', value: 'planned' }, ...between('dueAt', b.start, b.end < overdueEnd ? b.end : overdueEnd)]),
        },
      });
    });
  }
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, 'period', 'text'), column(ctx, 'calls', 'number'), column(ctx, 'meetings', 'number'),
      column(ctx, 'letters', 'number'), column(ctx, 'tasksDone', 'number'), column(ctx, 'overdue', 'number')],
    rows,
    totals: { owner: ctx.labels.column('total'), period: null, ...totals },
  };
}

/** Rows per owner of seconds figures: how many, how many with a figure, median and mean. */
async function durationsPerOwner(ctx: WidgetContext, items: Array<{ id: string; owner_id: string; seconds: number | null }>, countKey: string, type: 'deals' | 'activities'): Promise<Table> {
  const name = await personName(ctx);
  const figures = (list: typeof items) => {
    const seconds = list.flatMap((i) => (i.seconds === null ? [] : [i.seconds]));
    return { [countKey]: list.length, responded: seconds.length, median: duration(median(seconds)), mean: duration(mean(seconds)) };
  };
  const groups = [...groupBy(items, (i) => i.owner_id).entries()].sort((a, b) => name(a[0]).localeCompare(name(b[0])));
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, countKey, 'number'), column(ctx, 'responded', 'number'), column(ctx, 'median', 'duration'), column(ctx, 'mean', 'duration')],
    rows: groups.map(([owner, list]) => ({ cells: { owner: name(owner), ...figures(list) }, drill: { [countKey]: drillIds(type, list.map((i) => i.id)) } })),
    totals: { owner: ctx.labels.column('total'), ...figures(items) },
  };
}

/**
 * For the deals created in the period: the time from creation to the first thing done about the
 * deal — an activity on it or a move to another stage, whichever came first. Deals with neither
 * have no figure (counted in `deals`, not in `responded`).
 */
export async function responseTime(ctx: WidgetContext): Promise<Table> {
  const created = between('createdAt', ctx.period.start, ctx.period.end);
  const [deals, moves] = await Promise.all([facts(ctx, created), entries(ctx, created)]);
  const firstActivity = await firstActivityAfter(ctx.db, ctx.actor.workspaceId, deals);
  const createdAt = new Map(deals.map((d) => [d.id, d.created_at]));
  const firstMove = new Map<string, string>();
  for (const m of moves) {
    const since = createdAt.get(m.deal_id);
    if (since !== undefined && m.moved_at > since && !firstMove.has(m.deal_id)) firstMove.set(m.deal_id, m.moved_at);
  }
  const items = deals.map((d) => {
    const candidates = [firstActivity.get(d.id), firstMove.get(d.id)].filter((v): v is string => v !== undefined).sort();
    return { id: d.id, owner_id: d.owner_id, seconds: candidates.length ? secondsBetween(d.created_at, candidates[0]!) : null };
  });
  return durationsPerOwner(ctx, items, 'deals', 'deals');
}

/** For client requests (tasks linked to a contact, company or deal) done in the period: from creation to done. */
export async function resolveTime(ctx: WidgetContext): Promise<Table> {
  const done = await typeFacts<ActivityFact>(ctx, 'activity', 'activities', [{ field: 'kind', op: 'eq', value: 'task' }, { field: 'status', op: 'eq', value: 'done' }, ...between('doneAt', ctx.period.start, ctx.period.end)], ACTIVITY_COLUMNS);
  const requests = done.filter((a) => a.contact_id !== null || a.company_id !== null || a.deal_id !== null);
  const table = await durationsPerOwner(ctx, requests.map((a) => ({ id: a.id, owner_id: a.owner_id, seconds: secondsBetween(a.created_at, a.done_at!) })), 'tasks', 'activities');
  // Every request done has its figure: "responded" would only repeat the count.
  table.columns = table.columns.filter((c) => c.key !== 'responded');
  for (const row of table.rows) delete row.cells.responded;
  if (table.totals) delete table.totals.responded;
  return table;
}
