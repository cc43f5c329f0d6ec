import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface HomeCardProps {
  title: string;
  /** "Open the list" link in the corner. */
  more?: { to: string; label: string };
  /** Controls beside the title (the days of "no activity"). */
  extra?: ReactNode;
  pending?: boolean;
  /** Shown when there is nothing to list. */
  empty: string;
  count: number;
  testId: string;
  children: ReactNode;
}

/** One block of the home page: a title, its rows, or a line that says there is nothing. */
export function HomeCard({ title, more, extra, pending, empty, count, testId, children }: HomeCardProps) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" gap="xs" mb="sm" align="flex-start">
        <Title order={2} size="h5">
          {title}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {extra}
          {more ? (
            <Anchor component={Link} to={more.to} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {more.label}
            </Anchor>
          ) : null}
        </Group>
      </Group>
      {pending ? (
        <Stack gap="xs">
          <Skeleton h={18} />
          <Skeleton h={18} />
          <Skeleton h={18} w="70%" />
        </Stack>
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

/** One line of a home block: a record's name as a link, and a note on the right (a date, an amount). */
export function HomeRowLink({ to, name, note, noteColor, icon }: { to: string; name: string; note?: string; noteColor?: string; icon?: ReactNode }) {
  return (
    <Group component="li" justify="space-between" gap="xs" wrap="nowrap">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        {icon}
        <Anchor component={Link} to={to} size="sm" truncate="end">
          {name}
        </Anchor>
      </Group>
      {note ? (
        <Text size="xs" c={noteColor ?? 'dimmed'} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {note}
        </Text>
      ) : null}
    </Group>
  );
}
