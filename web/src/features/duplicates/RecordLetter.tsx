import { Badge } from '@mantine/core';

const COLORS = ['blue', 'grape', 'orange', 'teal', 'pink', 'indigo', 'lime', 'cyan', 'red', 'yellow', 'violet'];

/** "A", "B", "C"...: which record a value comes from, the same letter and colour everywhere in the dialog. */
export function recordLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26));
}

export function RecordLetter({ index }: { index: number }) {
  return (
    <Badge size="sm" circle variant="filled" color={COLORS[index % COLORS.length]} aria-hidden style={{ flexShrink: 0 }}>
      {recordLetter(index)}
    </Badge>
  );
}
