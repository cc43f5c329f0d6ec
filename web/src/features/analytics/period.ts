export const PERIODS = ['thisMonth', 'lastMonth', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIODS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** The first and last day of a named period around `today` (a `YYYY-MM-DD` in the workspace's zone). */
export function periodRange(kind: Exclude<PeriodKind, 'custom'>, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m - 1;
  switch (kind) {
    case 'thisMonth': return { from: day(y, month, 1), to: day(y, month + 1, 0) };
    case 'lastMonth': return { from: day(y, month - 1, 1), to: day(y, month, 0) };
    case 'quarter': {
      const start = month - (month % 3);
      return { from: day(y, start, 1), to: day(y, start + 3, 0) };
    }
    case 'year': return { from: day(y, 0, 1), to: day(y, 11, 31) };
  }
}

/** Today in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
