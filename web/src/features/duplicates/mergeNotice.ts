import { useSyncExternalStore } from 'react';
import type { ClientEntity } from './duplicates.api';

/** What the notice in the corner says after a merge, or after it was undone. */
export type MergeNoticeState =
  | { kind: 'merged'; mergeId: string; entity: ClientEntity; title: string; /** How many records were merged away. */ count: number }
  | { kind: 'undone'; entity: ClientEntity; title: string };

/** `serial` changes with every notice shown, so the same words shown twice still restart the timer. */
export interface ShownMergeNotice {
  notice: MergeNoticeState;
  serial: number;
}

let current: ShownMergeNotice | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Shows (or replaces) the merge notice; it outlives the dialog and the screen that opened it. */
export function showMergeNotice(notice: MergeNoticeState): void {
  serial += 1;
  current = { notice, serial };
  emit();
}

export function dismissMergeNotice(): void {
  current = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMergeNotice(): ShownMergeNotice | null {
  return useSyncExternalStore(subscribe, () => current);
}
