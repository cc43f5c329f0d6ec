import type { ReactNode } from 'react';
import { Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** A Mantine colour for the icon, e.g. `red` for failures. */
  color?: string;
  /** The heading level, to fit under the page's own headings (2 for a whole page). */
  order?: 2 | 3 | 4;
}

/** A calm, centred message for a screen with nothing to show yet. */
export function EmptyState({ icon, title, children, action, color, order = 2 }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center" maw={520} mx="auto">
      <ThemeIcon size={64} radius="xl" variant="light" color={color} aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={order} size="h3">
        {title}
      </Title>
      {children ? (
        <Text c="dimmed" size="sm">
          {children}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
