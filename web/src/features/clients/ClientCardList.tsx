import type { ReactNode } from 'react';
import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ClientCardListProps<T extends { id: string }> {
  items: T[];
  href: (item: T) => string;
  title: (item: T) => string;
  /** Lines under the title: phone, company, ... */
  details: (item: T) => ReactNode;
  selection?: { selected: Set<string>; onToggle: (id: string) => void };
}

/** The list on phones: one card per record (name, phone, company) instead of a wide table. */
export function ClientCardList<T extends { id: string }>({ items, href, title, details, selection }: ClientCardListProps<T>) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} data-testid="client-cards">
      {items.map((item) => (
        <Paper key={item.id} p="sm" radius={0} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            {selection ? (
              <Checkbox
                mt={2}
                aria-label={t('clients.list.selectRow', { name: title(item) })}
                checked={selection.selected.has(item.id)}
                onChange={() => selection.onToggle(item.id)}
              />
            ) : null}
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text component={Link} to={href(item)} fw={600} size="sm" c="var(--mantine-color-anchor)" truncate>
                {title(item)}
              </Text>
              {details(item)}
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
