import { useCallback, useState } from 'react';

function storageKey(entity: string): string {
  return `kt_columns_${entity}`;
}

function read(entity: string): string[] | null {
  try {
    const raw = localStorage.getItem(storageKey(entity));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((key) => typeof key === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** The columns a list shows, remembered on this device per entity. */
export function useColumnChoice(entity: string, defaults: string[]): [string[], (columns: string[]) => void] {
  const [columns, setColumnsState] = useState<string[]>(() => read(entity) ?? defaults);
  const setColumns = useCallback(
    (next: string[]) => {
      setColumnsState(next);
      try {
        localStorage.setItem(storageKey(entity), JSON.stringify(next));
      } catch {
        // Storage disabled: the choice lasts for this page only.
      }
    },
    [entity],
  );
  return [columns, setColumns];
}
