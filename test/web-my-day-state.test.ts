import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

// My day changes at once when an item is ticked or moved, and comes back when the server refuses.
interface Item {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
}
type Day = Record<'overdue' | 'today' | 'upcoming', { items: Item[]; count: number }>;
type Change = { id: string; version: number } & ({ action: 'complete' } | { action: 'reschedule'; dueAt: string } | { action: 'reschedule'; dueDay: string });
interface MyDayStateModule {
  applied: (day: Day, change: Change) => Day;
  optimistic: (queryClient: QueryClient, key: readonly unknown[]) => {
    onMutate: (change: Change) => Promise<{ before: Day | undefined }>;
    onError: (error: unknown, change: Change, context: { before: Day | undefined } | undefined) => void;
  };
}
const web = (await import(new URL('../web/src/features/my-day/myDayState.ts', import.meta.url).pathname)) as MyDayStateModule;

const item = (id: string, overdue = false): Item => ({ id, title: id, status: 'planned', overdue });
const day = (): Day => ({
  overdue: { items: [item('late', true)], count: 1 },
  today: { items: [item('call'), item('visit')], count: 2 },
  upcoming: { items: [item('review')], count: 1 },
});

describe('My day, optimistically', () => {
  it('ticks a completed item of today in place and takes an overdue one out', () => {
    const afterCall = web.applied(day(), { action: 'complete', id: 'call', version: 1 });
    expect(afterCall.today.items.map((i) => [i.id, i.status])).toEqual([['call', 'done'], ['visit', 'planned']]);
    expect(afterCall.today.count).toBe(2);
    const afterLate = web.applied(day(), { action: 'complete', id: 'late', version: 4 });
    expect(afterLate.overdue).toEqual({ items: [], count: 0 });
    expect(afterLate.today.items.every((i) => i.status === 'planned')).toBe(true);
  });

  it('takes a moved item out of its section until the reload places it', () => {
    const moved = web.applied(day(), { action: 'reschedule', id: 'visit', version: 2, dueDay: '2026-12-14' });
    expect(moved.today).toEqual({ items: [item('call')], count: 1 });
    expect(moved.upcoming.count).toBe(1);
  });

  it('shows the change at once and puts the day back when the server answers 409', async () => {
    const queryClient = new QueryClient();
    const key = ['activities', 'planned', 'my-day', 'u1'];
    queryClient.setQueryData(key, day());
    let refuse!: (error: Error) => void;
    const observer = new MutationObserver(queryClient, {
      mutationFn: () => new Promise((_resolve, reject) => (refuse = reject)),
      ...web.optimistic(queryClient, key),
    });
    const done = observer.mutate({ action: 'complete', id: 'late', version: 4 }).catch((error: Error) => error.message);
    await expect.poll(() => queryClient.getQueryData<Day>(key)?.overdue.count).toBe(0);
    refuse(Object.assign(new Error('Activity was changed by someone else'), { status: 409 }));
    expect(await done).toBe('Activity was changed by someone else');
    expect(queryClient.getQueryData<Day>(key)).toEqual(day());
  });
});
