import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { DueChange } from '../activities/dueText';

export const MY_DAY_SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type MyDaySection = (typeof MY_DAY_SECTIONS)[number];

/** What My day needs of its answer: each section's items (with their status) and count. */
type Day<I> = Record<MyDaySection, { items: I[]; count: number }>;

/** Completing or moving one item of My day, with the version it was read at. */
export type MyDayChange = { id: string; version: number } & ({ action: 'complete' } | ({ action: 'reschedule' } & DueChange));

/**
 * What My day looks like right after a change, before the server answers: a completed item stays
 * in Today (which lists done ones too) ticked, and leaves the other sections; a moved one leaves
 * (the reload puts it where it now belongs).
 */
export function applied<I extends { id: string; status: string; overdue: boolean }, D extends Day<I>>(day: D, change: MyDayChange): D {
  const next = { ...day };
  for (const section of MY_DAY_SECTIONS) {
    const group = day[section];
    const items =
      change.action === 'complete' && section === 'today'
        ? group.items.map((item) => (item.id === change.id ? { ...item, status: 'done', overdue: false } : item))
        : group.items.filter((item) => item.id !== change.id);
    next[section] = { items, count: group.count - (group.items.length - items.length) };
  }
  return next;
}

/** The optimistic half of a My day change: applied at once, the previous day put back on any refusal. */
export function optimistic<D extends Day<{ id: string; status: string; overdue: boolean }>>(queryClient: QueryClient, key: QueryKey) {
  return {
    onMutate: async (change: MyDayChange) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<D>(key);
      if (before) queryClient.setQueryData<D>(key, applied(before, change));
      return { before };
    },
    onError: (_error: unknown, _change: MyDayChange, context: { before: D | undefined } | undefined) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
  };
}
