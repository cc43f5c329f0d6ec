import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Focus is where a person types: keys there are theirs, not the list's. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null;
}

/**
 * Keyboard row navigation of a table: `j` / `k` anywhere on the page (not while typing), the arrow
 * keys inside the table, and Enter on a row to open it. The active row takes the focus, so a screen
 * reader follows it and the browser scrolls it into view.
 */
export function useRowKeys(count: number, onOpen: (index: number) => void): { active: number; setActive: (index: number, focus?: boolean) => void; bodyRef: RefObject<HTMLTableSectionElement | null> } {
  const [active, setActiveState] = useState(-1);
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const activeRef = useRef(active);
  activeRef.current = active;

  // `focus: false` when the focus is already inside the row (a click on its checkbox or link keeps it there).
  const setActive = useCallback((index: number, focus = true) => {
    setActiveState(index);
    if (!focus) return;
    const row = bodyRef.current?.querySelectorAll<HTMLElement>('tr[data-row]')[index];
    row?.focus({ preventScroll: false });
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || count === 0 || isTyping(event.target)) return;
      const inTable = event.target instanceof Node && bodyRef.current?.contains(event.target) === true;
      const current = activeRef.current;
      const down = event.key === 'j' || (inTable && event.key === 'ArrowDown');
      const up = event.key === 'k' || (inTable && event.key === 'ArrowUp');
      if (down || up) {
        event.preventDefault();
        setActive(current < 0 ? 0 : Math.max(0, Math.min(count - 1, current + (down ? 1 : -1))));
      } else if (event.key === 'Enter' && current >= 0 && event.target instanceof HTMLElement && event.target.matches('tr[data-row]')) {
        event.preventDefault();
        onOpen(current);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, onOpen, setActive]);

  // A shorter list (a new search) never leaves the active row past its end.
  useEffect(() => {
    if (active >= count) setActiveState(count - 1);
  }, [active, count]);

  return { active, setActive, bodyRef };
}
