const STORAGE_KEY = 'kt_recent_searches';
const MAX_RECENT = 5;

/** What this browser searched for last (and then opened), newest first. */
export function readRecentSearches(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

function write(items: string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  } catch {
    // Private mode or storage disabled: recent searches last for this page only.
  }
}

/** Puts a search on top of the recent ones (once, ignoring case) and returns the new list. */
export function rememberSearch(query: string): string[] {
  const text = query.trim();
  if (!text) return readRecentSearches();
  const items = [text, ...readRecentSearches().filter((item) => item.toLocaleLowerCase() !== text.toLocaleLowerCase())].slice(0, MAX_RECENT);
  write(items);
  return items;
}

export function clearRecentSearches(): void {
  write([]);
}
