import { useState, type ReactNode } from 'react';
import { Box } from '@mantine/core';

interface DragListProps<T> {
  items: readonly T[];
  label: string;
  keyOf: (item: T) => string;
  /** Off while a change is on its way. */
  enabled: boolean;
  onMove: (from: number, to: number) => void;
  children: (item: T, index: number) => ReactNode;
}

/**
 * A list whose rows are dragged into a new order (the browser's own drag and drop); each row also
 * brings up/down buttons of its own, so the order is changed by keyboard too.
 */
export function DragList<T>({ items, label, keyOf, enabled, onMove, children }: DragListProps<T>) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const end = () => {
    setDragged(null);
    setOver(null);
  };
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item, index) => (
        <Box
          component="li"
          key={keyOf(item)}
          draggable={enabled}
          data-dragging={dragged === index || undefined}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', keyOf(item));
            setDragged(index);
          }}
          onDragOver={(event) => {
            if (dragged === null) return;
            event.preventDefault();
            setOver(index);
          }}
          onDrop={(event) => {
            event.preventDefault();
            if (dragged !== null && dragged !== index) onMove(dragged, index);
            end();
          }}
          onDragEnd={end}
          style={{
            borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)',
            cursor: enabled ? 'grab' : undefined,
            opacity: dragged === index ? 0.5 : 1,
            boxShadow: over === index && dragged !== index ? `inset 0 ${dragged !== null && dragged < index ? '-' : ''}3px 0 var(--mantine-color-blue-filled)` : undefined,
          }}
        >
          {children(item, index)}
        </Box>
      ))}
    </Box>
  );
}
