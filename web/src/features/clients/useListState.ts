import { useCallback, useState } from 'react';
import { DEFAULT_SORT, EMPTY_FILTERS, fromDefinition, type ListFilters, type ListSort } from './listQuery';
import type { SavedView } from './savedViews.api';

interface ListState {
  filters: ListFilters;
  sort: ListSort;
  viewId: string | null;
}

const INITIAL: ListState = { filters: EMPTY_FILTERS, sort: DEFAULT_SORT, viewId: null };

function storageKey(entity: string): string {
  return `kt_list_${entity}`;
}

function read(entity: string): ListState {
  try {
    const raw = sessionStorage.getItem(storageKey(entity));
    if (!raw) return INITIAL;
    const parsed = JSON.parse(raw) as Partial<ListState>;
    return {
      filters: { ...EMPTY_FILTERS, ...parsed.filters },
      sort: parsed.sort ?? DEFAULT_SORT,
      viewId: typeof parsed.viewId === 'string' ? parsed.viewId : null,
    };
  } catch {
    return INITIAL;
  }
}

/**
 * Filters, sort and the chosen saved view of a list. Kept for the browser tab, so coming back
 * from a card finds the list as it was left.
 */
export function useListState(entity: string, setColumns: (columns: string[]) => void) {
  const [state, setState] = useState<ListState>(() => read(entity));

  const update = useCallback(
    (patch: Partial<ListState>) => {
      setState((current) => {
        const next = { ...current, ...patch };
        try {
          sessionStorage.setItem(storageKey(entity), JSON.stringify(next));
        } catch {
          // Storage disabled: the state lasts while the page is open.
        }
        return next;
      });
    },
    [entity],
  );

  const applyView = useCallback(
    (view: SavedView | null) => {
      if (!view) {
        update({ viewId: null });
        return;
      }
      const { filters, sort, columns } = fromDefinition(view.definition);
      if (columns && columns.length) setColumns(columns);
      update({ filters, sort, viewId: view.id });
    },
    [update, setColumns],
  );

  return {
    ...state,
    // Changing the list by hand leaves the saved view: the list no longer shows what the view says.
    setFilters: (filters: ListFilters) => update({ filters, viewId: null }),
    setSort: (sort: ListSort) => update({ sort, viewId: null }),
    applyView,
  };
}
