import type { ReactNode } from 'react';
import { Divider, Stack } from '@mantine/core';

/** A titled group of inputs inside a long form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Divider label={title} labelPosition="left" styles={{ label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }} />
      {children}
    </Stack>
  );
}
