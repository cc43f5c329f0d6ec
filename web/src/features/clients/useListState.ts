import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_SORT, EMPTY_FILTERS, fromDefinition, parseLinkFilter, type ListFilters, type ListSort } from './listQuery';
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

/** A list opened with `?q=` (global search's "all N results"): that search alone, no other filter or view. */
function searched(state: ListState, q: string | null): ListState {
  const text = q?.trim() ?? '';
  return text === '' ? state : { ...state, filters: { ...EMPTY_FILTERS, q: text }, viewId: null };
}

/** A list opened with `?filter=` (a figure's drill-down): those conditions alone. */
function linked(state: ListState, filter: string | null): ListState {
  const link = parseLinkFilter(filter);
  return link.length === 0 ? state : { ...state, filters: { ...EMPTY_FILTERS, link }, viewId: null };
}

/**
 * Filters, sort and the chosen saved view of a list. Kept for the browser tab, so coming back
 * from a card finds the list as it was left. A `q` in the address starts a fresh search (a `filter`,
 * a filtered list) and is then dropped from it, so the list's controls own the state from there on.
 */
export function useListState(entity: string, setColumns: (columns: string[]) => void) {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<ListState>(() => linked(searched(read(entity), params.get('q')), params.get('filter')));

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

  const urlQuery = params.get('q');
  const urlFilter = params.get('filter');
  useEffect(() => {
    if (urlQuery === null && urlFilter === null) return;
    // Also when the list is already open and search (or a figure) leads to it again.
    const next = linked(searched(state, urlQuery), urlFilter);
    if (next !== state) update(next);
    setParams((current) => {
      const rest = new URLSearchParams(current);
      rest.delete('q');
      rest.delete('filter');
      return rest;
    }, { replace: true });
    // Only a new `q` or `filter` in the address matters here, not every change of the state.
  }, [urlQuery, urlFilter]);

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
