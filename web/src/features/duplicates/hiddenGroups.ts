import { useState } from 'react';
import type { ClientEntity } from './duplicates.api';

const STORAGE_KEY = 'kt_not_duplicates';

/** A group is the same group whatever order the server lists its records in. */
export function groupKey(entity: ClientEntity, ids: string[]): string {
  return `${entity}:${[...ids].sort().join(',')}`;
}

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function write(keys: string[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
  } catch {
    // Storage disabled: hidden groups come back with the next page load anyway.
  }
}

/** Groups marked "not duplicates": hidden in this browser tab until it is closed. */
export function useHiddenGroups() {
  const [hidden, setHidden] = useState<string[]>(read);
  return {
    isHidden: (key: string) => hidden.includes(key),
    hide: (key: string) => {
      const next = [...new Set([...hidden, key])];
      write(next);
      setHidden(next);
    },
    showAll: (entity: ClientEntity) => {
      const next = hidden.filter((key) => !key.startsWith(`${entity}:`));
      write(next);
      setHidden(next);
    },
  };
}
