import type { TFunction } from 'i18next';
import type { Column, Table } from './analytics.api';
import { formatCell } from './cellFormat';
import type { EChartsCoreOption } from './echarts';

export const CHART_KINDS = ['bar', 'line', 'area', 'funnel', 'pie', 'table'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** The columns a chart draws: money when there is any, else the first figure's type (so they share one axis), at most six. */
export function seriesColumns(table: Table): Column[] {
  const first = table.columns.find((c) => c.type === 'money') ?? table.columns.find((c) => c.type !== 'text');
  return first ? table.columns.filter((c) => c.type === first.type).slice(0, 6) : [];
}

/** The label of each row: its text cells joined (a manager and a month: "Anna · 2026-11"). */
export function rowLabel(table: Table, index: number): string {
  const row = table.rows[index];
  const texts = table.columns.filter((c) => c.type === 'text').map((c) => row?.cells[c.key]).filter((v) => v !== null && v !== undefined);
  return texts.length ? texts.join(' · ') : String(index + 1);
}

/** What a widget adds to its chart: a label over the bars of one series, a line under a category's tooltip. */
export interface ChartNotes {
  barLabel?: { series: string; text: (rowIndex: number) => string | null };
  note?: (rowIndex: number) => string | null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An ECharts option for a tabular answer: categories from the text columns, one series per figure column. */
export function chartOption(table: Table, kind: ChartKind, currency: string, t: TFunction, compact: boolean, notes: ChartNotes = {}): EChartsCoreOption {
  const series = seriesColumns(table);
  const labels = table.rows.map((_, i) => rowLabel(table, i));
  const value = (c: Column) => (v: unknown) => formatCell(typeof v === 'number' ? v : null, c.type, currency, t, true);
  const tooltipValue = (c: Column | undefined) => (v: unknown) => (c ? formatCell(typeof v === 'number' ? v : null, c.type, currency, t) : String(v));
  const number = (v: unknown) => (typeof v === 'number' ? v : null);
  if (kind === 'pie' || kind === 'funnel') {
    const c = series[0];
    const data = table.rows.map((row, i) => ({ name: labels[i], value: c ? number(row.cells[c.key]) : null }));
    const named = (p: { name: string; value: unknown }) => `${p.name}: ${tooltipValue(c)(p.value)}`;
    // Labels beside the shapes, in the theme's text colour: inside a narrow stage or a thin slice they were unreadable.
    return {
      tooltip: { trigger: 'item', valueFormatter: tooltipValue(c) },
      // A small pie names its slices in a legend under it; a large one beside the slices.
      legend: kind === 'pie' && compact ? { type: 'scroll', bottom: 0 } : undefined,
      series: [kind === 'pie'
        ? { type: 'pie', radius: compact ? ['30%', '60%'] : ['40%', '70%'], center: ['50%', compact ? '45%' : '50%'], data, label: { show: !compact, formatter: named } }
        : { type: 'funnel', sort: 'none', left: '2%', width: compact ? '40%' : '50%', minSize: '4%', data, label: { show: true, position: 'right', formatter: named, fontSize: compact ? 11 : 12 }, labelLine: { show: true } }],
    };
  }
  type AxisItem = { dataIndex: number; marker: string; seriesName: string; value: unknown };
  // The tooltip's lines drawn here only when a widget adds a note (ECharts' own otherwise): values escaped, as ECharts does.
  const formatter = notes.note ? (items: AxisItem[]) => {
    const index = items[0]?.dataIndex ?? 0;
    const lines = [escapeHtml(labels[index] ?? ''), ...items.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(tooltipValue(series[0])(p.value))}</b>`)];
    const note = notes.note!(index);
    return [...lines, ...(note ? [escapeHtml(note)] : [])].join('<br/>');
  } : undefined;
  return {
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue(series[0]), ...(formatter ? { formatter } : {}) },
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    grid: { left: 8, right: 16, top: (series.length > 1 ? 32 : 12) + (notes.barLabel ? 14 : 0), bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: series[0] ? value(series[0]) : undefined } },
    series: series.map((c) => ({
      type: kind === 'bar' ? 'bar' : 'line',
      name: c.label,
      data: table.rows.map((row) => number(row.cells[c.key])),
      ...(kind === 'area' ? { areaStyle: {} } : {}),
      ...(kind !== 'bar' ? { symbolSize: 8 } : {}),
      ...(notes.barLabel?.series === c.key ? { label: { show: true, position: 'top', fontSize: 11, formatter: (p: { dataIndex: number }) => notes.barLabel!.text(p.dataIndex) ?? '' } } : {}),
    })),
  };
}

/** Whether there is anything to draw: a figure column and at least one row with a number in it. */
export function isDrawable(table: Table): boolean {
  const series = seriesColumns(table);
  return series.length > 0 && table.rows.some((row) => series.some((c) => typeof row.cells[c.key] === 'number' && row.cells[c.key] !== 0));
}
