import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { nowMs } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { recordType } from '../../platform/records/registry.js';
import { findRecordsForBulk, presentRecords, recordContext } from '../records/records.service.js';
import { labelsFor } from './analytics-labels.js';
import type { DrillType, Table, WidgetKey, WidgetOutput, WidgetQuery } from './analytics.schema.js';
import { activity, resolveTime, responseTime } from './activity-widgets.js';
import { clientsNewRepeat, clv, retention } from './client-widgets.js';
import { forecast, planFact, sources } from './forecast-widgets.js';
import { lostReasons, revenue } from './revenue-widgets.js';
import { avgDeal, cycleLength, funnel, stageTime, winRate } from './sales-widgets.js';
import { widgetContext, type WidgetContext } from './widget-context.js';

/** The dashboard widgets: what each takes and how it is computed, and the drill-down by ids. */

interface WidgetDef {
  params: string[];
  run: (ctx: WidgetContext) => Promise<Table>;
}

const COMMON = ['from', 'to', 'ownerId', 'departmentId', 'pipelineId', 'source'];
const WIDGETS = new Map<WidgetKey, WidgetDef>([
  ['funnel', { params: COMMON, run: funnel }],
  ['win_rate', { params: COMMON, run: winRate }],
  ['avg_deal', { params: COMMON, run: avgDeal }],
  ['cycle_length', { params: COMMON, run: cycleLength }],
  ['stage_time', { params: COMMON, run: stageTime }],
  ['revenue', { params: [...COMMON, 'bucket', 'by'], run: revenue }],
  ['plan_fact', { params: COMMON, run: planFact }],
  ['forecast', { params: COMMON, run: forecast }],
  ['activity', { params: [...COMMON, 'bucket'], run: activity }],
  ['response_time', { params: COMMON, run: responseTime }],
  ['lost_reasons', { params: COMMON, run: lostReasons }],
  ['sources', { params: COMMON, run: sources }],
  ['clients_new_repeat', { params: [...COMMON, 'bucket'], run: clientsNewRepeat }],
  ['retention', { params: COMMON, run: retention }],
  ['clv', { params: COMMON, run: clv }],
  ['resolve_time', { params: COMMON.filter((p) => p !== 'pipelineId' && p !== 'source'), run: resolveTime }],
]);

/** The widgets the viewer may add, titled in their language. @throws AppError forbidden */
export function listWidgets(actor: Actor) {
  authorize(actor, 'reports', 'view');
  const labels = labelsFor(actor.locale);
  return { widgets: [...WIDGETS.entries()].map(([key, def]) => ({ key, ...labels.widget(key), params: def.params })) };
}

/**
 * One widget's figures over the records the viewer may see.
 * @throws AppError forbidden | not_found (widget, pipeline) | validation_failed (period, bucket)
 */
export async function runWidget(db: Executor, actor: Actor, key: WidgetKey, query: WidgetQuery, atMs = nowMs()): Promise<WidgetOutput> {
  authorize(actor, 'reports', 'view');
  const def = WIDGETS.get(key);
  if (!def) throw new AppError('not_found', 'There is no such widget');
  const ctx = await widgetContext(db, actor, query, atMs);
  const data = await def.run(ctx);
  return { key, period: { from: ctx.period.from, to: ctx.period.to }, currency: ctx.currency, missingRates: [...ctx.missingRates].sort(), data };
}

const DRILL_ENTITY: Record<DrillType, string> = { deals: 'deal', contacts: 'contact', companies: 'company', activities: 'activity' };

/**
 * The records behind a number that no list filter can name: those of the ids the viewer may see,
 * presented as their list shows them.
 * @throws AppError forbidden
 */
export async function drillList(db: Executor, actor: Actor, type: DrillType, idList: string): Promise<{ type: DrillType; ids: string[]; items: unknown[] }> {
  authorize(actor, 'reports', 'view');
  const kind = recordType(DRILL_ENTITY[type]);
  if (!kind) throw new AppError('not_found', 'There is no such record type');
  authorize(actor, kind.module, 'view');
  const ids = [...new Set(idList.split(',').map((v) => v.trim()).filter((v) => /^[0-9a-f-]{36}$/i.test(v)))];
  if (ids.length === 0) return { type, ids: [], items: [] };
  const rows = await findRecordsForBulk(db, kind, actor, ids, 'view');
  const items = await presentRecords(db, actor, kind, rows, await recordContext(db, actor.workspaceId, kind));
  return { type, ids: rows.map((r) => String(r.id)), items };
}
