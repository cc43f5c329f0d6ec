/**
 * The cards the user opened last, newest first, kept in this browser per user (like a browser's
 * history: nothing a colleague should see, nothing worth a server round trip on every card view).
 * Only ids are kept; the home page asks the server for the names, through visibility.
 */
import type { RecordRef } from '../../components/history/recordNames.api';

const MAX = 12;
const key = (userId: string) => `kartoteka.recent.${userId}`;

export function recentRecords(userId: string): RecordRef[] {
  try {
    const raw = JSON.parse(localStorage.getItem(key(userId)) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((r): r is RecordRef => typeof r?.entityType === 'string' && typeof r?.id === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts a record first in the user's recently viewed cards. */
export function rememberRecord(userId: string, ref: RecordRef): void {
  const rest = recentRecords(userId).filter((r) => r.entityType !== ref.entityType || r.id !== ref.id);
  try {
    localStorage.setItem(key(userId), JSON.stringify([{ entityType: ref.entityType, id: ref.id }, ...rest].slice(0, MAX)));
  } catch {
    // Storage full or off (private mode): the home page simply shows fewer recent cards.
  }
}
