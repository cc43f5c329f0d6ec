import type { DashboardWidget, WidgetKey } from './analytics.api';
import type { ChartKind } from './chartOption';

export const SIZES = { S: 4, M: 6, L: 12 } as const;
export type Size = keyof typeof SIZES;

/** The size a widget's width stands for (widths set elsewhere round to the nearest). */
export function sizeOf(widget: Pick<DashboardWidget, 'w'>): Size {
  return widget.w <= 4 ? 'S' : widget.w <= 8 ? 'M' : 'L';
}

/** Widgets in reading order: row by row, left to right. */
export function ordered(widgets: DashboardWidget[]): DashboardWidget[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Places widgets in the given order on the 12-column grid, filling each row before the next. */
export function flow(widgets: DashboardWidget[]): DashboardWidget[] {
  let x = 0;
  let y = 0;
  return widgets.map((widget) => {
    const w = SIZES[sizeOf(widget)];
    if (x + w > 12) {
      x = 0;
      y += 1;
    }
    const placed = { ...widget, x, y, w, h: 1 };
    x += w;
    return placed;
  });
}

/** Moves the widget at `from` to `to` (keyboard moves and drops), keeping the others' order. */
export function move(widgets: DashboardWidget[], from: number, to: number): DashboardWidget[] {
  if (to < 0 || to >= widgets.length || from === to) return widgets;
  const next = [...widgets];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return flow(next);
}

/** How a widget draws its figures by default. */
export const DEFAULT_CHART: Partial<Record<WidgetKey, ChartKind>> = {
  funnel: 'funnel', revenue: 'bar', plan_fact: 'bar', forecast: 'bar', activity: 'bar', lost_reasons: 'pie', sources: 'bar',
  clients_new_repeat: 'bar', stage_time: 'bar',
};

/** What a new dashboard shows until its owner changes it. */
export const DEFAULT_WIDGETS: Array<Pick<DashboardWidget, 'key' | 'params' | 'w'>> = [
  { key: 'win_rate', params: {}, w: 4 }, { key: 'avg_deal', params: {}, w: 4 }, { key: 'cycle_length', params: {}, w: 4 },
  { key: 'funnel', params: {}, w: 6 }, { key: 'revenue', params: { by: 'period' }, w: 6 },
  { key: 'plan_fact', params: {}, w: 6 }, { key: 'revenue', params: { by: 'owner' }, w: 6 },
  { key: 'lost_reasons', params: {}, w: 6 }, { key: 'activity', params: {}, w: 6 },
];

let counter = 0;
/** A fresh widget id, unique on its dashboard. */
export function widgetId(): string {
  counter += 1;
  return `w${Date.now().toString(36)}${counter}`;
}

/** The default dashboard's widgets, placed. */
export function defaultWidgets(): DashboardWidget[] {
  return flow(DEFAULT_WIDGETS.map((w) => ({ id: widgetId(), x: 0, y: 0, h: 1, ...w })));
}
