import type { TFunction } from 'i18next';
import type { Table, WidgetKey } from './analytics.api';
import { formatCell } from './cellFormat';
import type { ChartNotes } from './chartOption';

/** What a widget's chart draws when it is not simply every row and money column of its table. */
export interface ChartPlan extends ChartNotes {
  /** The rows and columns the chart draws (the table under it keeps all of them). */
  table: Table;
  /** A line under the chart. */
  caption?: string;
}

const num = (value: unknown) => (typeof value === 'number' ? value : null);

/** "Short of plan by X", "Over plan by X", "Plan met" for a gap = plan − fact (or − forecast). */
export function gapText(gap: number | null, currency: string, t: TFunction): string | null {
  if (gap === null) return null;
  if (gap === 0) return t('analytics.gap.met');
  return t(gap > 0 ? 'analytics.gap.short' : 'analytics.gap.over', { value: formatCell(Math.abs(gap), 'money', currency, t) });
}

/**
 * The chart of plan vs fact and of the forecast. The gap (plan − fact) is no bar: once fact exceeds
 * plan it would hang below the axis as a negative "revenue". Plan vs fact draws plan and fact,
 * labels each fact bar with the share of plan done and says the gap in the tooltip; the forecast
 * leaves its last summary row (the gap) out of the chart and says it under the chart instead.
 */
export function chartPlan(key: WidgetKey, table: Table, currency: string, t: TFunction): ChartPlan {
  if (key === 'plan_fact') {
    return {
      table: { ...table, columns: table.columns.filter((c) => c.key !== 'gap' && c.key !== 'percent') },
      barLabel: { series: 'fact', text: (i) => { const done = num(table.rows[i]?.cells.percent); return done === null ? null : formatCell(done, 'percent', currency, t); } },
      note: (i) => gapText(num(table.rows[i]?.cells.gap), currency, t),
    };
  }
  const last = table.rows.at(-1);
  if (key === 'forecast' && last && last.cells.deals === null && table.rows.length >= 2) {
    return { table: { ...table, rows: table.rows.slice(0, -1) }, caption: gapText(num(last.cells.weighted), currency, t) ?? undefined };
  }
  return { table };
}
