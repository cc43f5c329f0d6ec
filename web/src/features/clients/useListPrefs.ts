import { useCallback, useState } from 'react';

/** How tall a list's rows are: compact (one line, the default) or comfortable (a second line under the name). */
export type Density = 'compact' | 'comfortable';

function readJson<T>(key: string, check: (value: unknown) => value is T): T | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return check(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage disabled: the choice lasts while the page is open.
  }
}

const isDensity = (value: unknown): value is Density => value === 'compact' || value === 'comfortable';
const isWidths = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((w) => typeof w === 'number' && w >= 40 && w <= 1200);

/** The row density of every list, remembered per user on this device; compact unless chosen otherwise. */
export function useDensity(userId: string): [Density, (density: Density) => void] {
  const key = `kt_density_${userId}`;
  const [density, setState] = useState<Density>(() => readJson(key, isDensity) ?? 'compact');
  const set = useCallback((next: Density) => {
    setState(next);
    writeJson(key, next);
  }, [key]);
  return [density, set];
}

/** Narrowest a column may be dragged to. */
export const MIN_COLUMN_WIDTH = 60;

/**
 * Column widths a person dragged, per list and per saved view (the list without a view is a view
 * of its own), remembered on this device. A column without a width takes its content's.
 */
export function useColumnWidths(entity: string, viewId: string | null): [Record<string, number>, (key: string, width: number) => void] {
  const key = `kt_widths_${entity}_${viewId ?? 'default'}`;
  const [state, setState] = useState<{ key: string; widths: Record<string, number> }>(() => ({ key, widths: readJson(key, isWidths) ?? {} }));
  // Another view chosen: its own widths.
  const widths = state.key === key ? state.widths : readJson(key, isWidths) ?? {};
  const setWidth = useCallback((column: string, width: number) => {
    const next = { ...(readJson(key, isWidths) ?? {}), [column]: Math.round(Math.max(MIN_COLUMN_WIDTH, Math.min(1200, width))) };
    writeJson(key, next);
    setState({ key, widths: next });
  }, [key]);
  return [widths, setWidth];
}
