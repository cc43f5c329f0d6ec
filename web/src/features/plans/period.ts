/** Periods of plan vs fact in the workspace's time zone: this month, this quarter. */

/** The day (`YYYY-MM-DD`) a moment falls on in a time zone. */
export function dayIn(moment: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
  } catch {
    return moment.toISOString().slice(0, 10);
  }
}

export type PeriodKind = 'month' | 'quarter';

/** The months (`from`, `to`) of this month or this quarter, in the zone. */
export function periodOf(kind: PeriodKind, moment: Date, timeZone: string): { from: string; to: string } {
  const month = dayIn(moment, timeZone).slice(0, 7);
  if (kind === 'month') return { from: month, to: month };
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  return { from: `${y}-${String(first).padStart(2, '0')}`, to: `${y}-${String(first + 2).padStart(2, '0')}` };
}
