import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

interface SettingsPageProps {
  title: string;
  description?: string;
  /** Buttons on the right of the title (wrap under it on phones). */
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of one settings screen: its title, what it is for, and its main actions. */
export function SettingsPage({ title, description, actions, children }: SettingsPageProps) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Title order={2} size="h3">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
      {children}
    </Stack>
  );
}
