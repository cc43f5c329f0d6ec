import { toIso } from '../../platform/clock.js';
import { bucketsOf } from './analytics-period.js';
import type { RecordFilter, Row, Table } from './analytics.schema.js';
import { between, column, drillIds, drillTo, personName, type WidgetContext } from './widget-context.js';
import { bucketKey, durations, groupIds, sums, type Durations } from './widget-sums.js';

/** Manager activity, response time to new deals, and time to resolve a client's request. */


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
async function durationsPerOwner(
  ctx: WidgetContext, counts: Map<string | null, number>, stats: { groups: Durations[]; total: Durations }, ids: Map<string | null, string[]>, countKey: string, type: 'deals' | 'activities',
): Promise<Table> {
  const name = await personName(ctx);
  const byOwner = new Map(stats.groups.map((g) => [g.key, g]));
  const figures = (count: number, d: Durations | undefined) => ({ [countKey]: count, responded: d?.count ?? 0, median: d?.median ?? null, mean: d?.mean ?? null });
  const owners = [...counts.keys()].filter((o): o is string => o !== null).sort((a, b) => name(a).localeCompare(name(b)));
  return {
    columns: [column(ctx, 'owner', 'text'), column(ctx, countKey, 'number'), column(ctx, 'responded', 'number'), column(ctx, 'median', 'duration'), column(ctx, 'mean', 'duration')],
    rows: owners.map((owner) => ({ cells: { owner: name(owner), ...figures(counts.get(owner)!, byOwner.get(owner)) }, drill: { [countKey]: drillIds(type, ids.get(owner) ?? []) } })),
    totals: { owner: ctx.labels.column('total'), ...figures([...counts.values()].reduce((s, n) => s + n, 0), stats.total) },
  };
}

const byOwner = { column: 'owner_id' };

/**
 * For the deals created in the period: the time from creation to the first thing done about the
 * deal — an activity on it or a move to another stage, whichever came first. Deals with neither
 * have no figure (counted in `deals`, not in `responded`).
 */
export async function responseTime(ctx: WidgetContext): Promise<Table> {
  const created = between('createdAt', ctx.period.start, ctx.period.end);
  const [deals, stats, ids] = await Promise.all([
    sums(ctx, created, { keys: [byOwner] }),
    durations(ctx, created, byOwner, 'created_at', { firstResponse: true }),
    groupIds(ctx, created, byOwner),
  ]);
  return durationsPerOwner(ctx, new Map(deals.map((d) => [d.keys[0] ?? null, d.count])), stats, ids, 'deals', 'deals');
}

/** For client requests (tasks linked to a contact, company or deal) done in the period: from creation to done. */
export async function resolveTime(ctx: WidgetContext): Promise<Table> {
  const done = [{ field: 'kind', op: 'eq', value: 'task' }, { field: 'status', op: 'eq', value: 'done' }, ...between('doneAt', ctx.period.start, ctx.period.end)];
  const spec = { entityType: 'activity', drillType: 'activities', anyOf: ['contact_id', 'company_id', 'deal_id'] } as const;
  const [stats, ids] = await Promise.all([durations(ctx, done, byOwner, 'created_at', 'done_at', { ...spec, anyOf: [...spec.anyOf] }), groupIds(ctx, done, byOwner, { ...spec, anyOf: [...spec.anyOf] })]);
  const table = await durationsPerOwner(ctx, new Map(stats.groups.map((g) => [g.key, g.count])), stats, ids, 'tasks', 'activities');
  // Every request done has its figure: "responded" would only repeat the count.
  table.columns = table.columns.filter((c) => c.key !== 'responded');
  for (const row of table.rows) delete row.cells.responded;
  if (table.totals) delete table.totals.responded;
  return table;
}
