import { describe, expect, it } from 'vitest';

// The sales-plans grid turns typed cells into the PUT body; the web app compiles under its own
// tsconfig (bundler resolution), so its modules are loaded by path here.
const WEB = new URL('../web/src/', import.meta.url);
type Answer = { currency: string; items: Array<{ id: string; month: string; targetType: 'user' | 'department'; targetId: string; amount: number; wonCount: number; version: number }> };
interface GridModule {
  gridFrom: (answer: Answer) => Record<string, { amount: string; count: string }>;
  changesOf: (answer: Answer, values: Record<string, { amount: string; count: string }>) => { items: Array<Record<string, unknown>>; cleared: Answer['items'] };
  shiftMonth: (month: string, n: number) => string;
}
interface PeriodModule {
  periodOf: (kind: 'month' | 'quarter', moment: Date, timeZone: string) => { from: string; to: string };
}
const grid = (await import(new URL('features/plans/planGrid.ts', WEB).pathname)) as GridModule;
const period = (await import(new URL('features/plans/period.ts', WEB).pathname)) as PeriodModule;

const answer: Answer = {
  currency: 'RUB',
  items: [
    { id: 'p1', month: '2026-12', targetType: 'user', targetId: 'u1', amount: 10_000_000, wonCount: 2, version: 3 },
    { id: 'p2', month: '2026-12', targetType: 'department', targetId: 'd1', amount: 50_000, wonCount: 1, version: 1 },
  ],
};

describe('the sales-plans grid', () => {
  it('shows amounts in major units and sends only what changed, with the version read', () => {
    const values = grid.gridFrom(answer);
    expect(values).toEqual({ 'user:u1': { amount: '100000', count: '2' }, 'department:d1': { amount: '500', count: '1' } });
    expect(grid.changesOf(answer, values)).toEqual({ items: [], cleared: [] });
    const changed = grid.changesOf(answer, { ...values, 'user:u1': { amount: '120000,5', count: '3' }, 'user:u2': { amount: '10', count: '' }, 'user:u3': { amount: '', count: '' } });
    expect(changed.items).toEqual([
      { key: 'user:u1', targetType: 'user', targetId: 'u1', amount: 12_000_050, wonCount: 3, version: 3 },
      { key: 'user:u2', targetType: 'user', targetId: 'u2', amount: 1_000, wonCount: 0 },
    ]);
    // Clearing both cells of an existing target removes it.
    expect(grid.changesOf(answer, { ...values, 'department:d1': { amount: '', count: ' ' } }).cleared.map((p) => p.id)).toEqual(['p2']);
  });

  it('steps months across years and finds this month and quarter in the workspace time zone', () => {
    expect(grid.shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(grid.shiftMonth('2026-01', -1)).toBe('2025-12');
    // 22:30 UTC on 31 December is already January in Moscow.
    const moment = new Date('2026-12-31T22:30:00Z');
    expect(period.periodOf('month', moment, 'Europe/Moscow')).toEqual({ from: '2027-01', to: '2027-01' });
    expect(period.periodOf('month', moment, 'UTC')).toEqual({ from: '2026-12', to: '2026-12' });
    expect(period.periodOf('quarter', moment, 'UTC')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(period.periodOf('quarter', new Date('2026-05-10T00:00:00Z'), 'UTC')).toEqual({ from: '2026-04', to: '2026-06' });
  });
});
