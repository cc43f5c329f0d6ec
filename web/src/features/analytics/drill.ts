import { recordRegistrations } from '../../records/registry';
import type { Drill } from './analytics.api';

/**
 * Where a number leads: the record list of its type with the conditions in `?filter=` (the list reads
 * them from the address), or the drill list of ids when no filter names the set.
 */
export function drillHref(drill: Drill): string | null {
  const registration = recordRegistrations().find((r) => r.plural === drill.type);
  if (drill.filter && registration) return `${registration.path}?filter=${encodeURIComponent(JSON.stringify(drill.filter))}`;
  if (drill.ids) return `/dashboard/drill?type=${drill.type}&ids=${drill.ids.join(',')}`;
  return null;
}

/** The drill-down of a row: the one of the given column, else the row's first. */
export function drillOf(drills: Record<string, Drill> | undefined, columnKey?: string): Drill | null {
  if (!drills) return null;
  if (columnKey && Object.hasOwn(drills, columnKey)) return drills[columnKey] ?? null;
  return Object.values(drills)[0] ?? null;
}
