import { Badge, Group, Text } from '@mantine/core';

interface TagListProps {
  tags: string[];
  /** Keep the badges on one line (table cells). */
  nowrap?: boolean;
  /** Show at most this many, then "+N". */
  max?: number;
}

/** Tags as small badges; long lists are cut to `max` with the rest counted. */
export function TagList({ tags, max, nowrap = false }: TagListProps) {
  if (tags.length === 0) return null;
  const shown = max ? tags.slice(0, max) : tags;
  const rest = tags.length - shown.length;
  return (
    <Group gap={4} wrap={nowrap ? 'nowrap' : 'wrap'}>
      {shown.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" size="sm" radius="sm" tt="none" fw={500} style={{ flexShrink: 0, width: 'max-content', maxWidth: 160 }}>
          {tag}
        </Badge>
      ))}
      {rest > 0 ? (
        <Text span size="xs" c="dimmed">
          +{rest}
        </Text>
      ) : null}
    </Group>
  );
}
