import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

export interface FieldRow {
  key: string;
  label: string;
  value: ReactNode;
}

/** Label and value pairs of a record card; rows without a value are left out. */
export function FieldRows({ rows }: { rows: FieldRow[] }) {
  const shown = rows.filter((row) => row.value !== null && row.value !== undefined && row.value !== '' && row.value !== false);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {shown.map((row) => (
        <div key={row.key} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
            {row.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {row.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
