import type { ReactNode } from 'react';
import { Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** A Mantine colour for the icon, e.g. `red` for failures. */
  color?: string;
}

/** A calm, centred message for a screen with nothing to show yet. */
export function EmptyState({ icon, title, children, action, color }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center" maw={520} mx="auto">
      <ThemeIcon size={64} radius="xl" variant="light" color={color} aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={2} size="h3">
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
