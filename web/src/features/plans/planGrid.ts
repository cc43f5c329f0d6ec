import { toMajor, toMinor } from '../../i18n/format';
import type { PlanItemInput, PlansAnswer } from './plans.api';

/** One cell pair of the grid as typed: major units and a count, blank for "no target". */
export interface CellValues {
  amount: string;
  count: string;
}

export type GridValues = Record<string, CellValues>;

export const cellKey = (type: 'user' | 'department', id: string) => `${type}:${id}`;

/** The grid's values from a month's plans (amounts in major units of the workspace currency). */
export function gridFrom(answer: PlansAnswer): GridValues {
  const out: GridValues = {};
  for (const plan of answer.items) out[cellKey(plan.targetType, plan.targetId)] = { amount: String(toMajor(plan.amount, answer.currency)), count: String(plan.wonCount) };
  return out;
}

/** The month before or after (`YYYY-MM`). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const blank = (cell: CellValues | undefined) => !cell || (cell.amount.trim() === '' && cell.count.trim() === '');
const same = (a: CellValues | undefined, b: CellValues | undefined) => (blank(a) && blank(b)) || (a?.amount.trim() === b?.amount.trim() && a?.count.trim() === b?.count.trim());

/** What a save sends: the changed targets (with the version read), and the existing ones cleared. */
export function changesOf(answer: PlansAnswer, values: GridValues): { items: Array<PlanItemInput & { key: string }>; cleared: PlansAnswer['items'] } {
  const saved = gridFrom(answer);
  const byKey = new Map(answer.items.map((p) => [cellKey(p.targetType, p.targetId), p]));
  const items: Array<PlanItemInput & { key: string }> = [];
  const cleared: PlansAnswer['items'] = [];
  for (const [key, cell] of Object.entries(values)) {
    if (same(cell, saved[key])) continue;
    const existing = byKey.get(key);
    if (blank(cell)) {
      if (existing) cleared.push(existing);
      continue;
    }
    const [targetType, targetId] = key.split(':') as ['user' | 'department', string];
    const amount = Number(cell.amount.trim().replace(',', '.') || '0');
    const count = Number(cell.count.trim() || '0');
    items.push({
      key, targetType, targetId,
      amount: Number.isFinite(amount) ? toMinor(amount, answer.currency) : Number.NaN,
      wonCount: count,
      ...(existing ? { version: existing.version } : {}),
    });
  }
  return { items, cleared };
}
