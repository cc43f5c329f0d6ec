import { Button, Checkbox, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ColumnChooserProps {
  columns: Array<{ key: string; label: string }>;
  value: string[];
  onChange: (keys: string[]) => void;
  defaults: string[];
}

/** Which columns the list shows (the name always is); standard fields first, then custom fields. */
export function ColumnChooser({ columns, value, onChange, defaults }: ColumnChooserProps) {
  const { t } = useTranslation();
  // Keep the table's column order whatever order boxes are ticked in.
  const ordered = (keys: string[]) => columns.map((c) => c.key).filter((key) => keys.includes(key));
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />} data-testid="column-chooser">
          {t('clients.columns.choose')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={360} type="auto">
          <Checkbox.Group value={value} onChange={(keys) => onChange(ordered(keys))} label={t('clients.columns.title')}>
            <Stack gap={6} mt="xs">
              {columns.map((column) => (
                <Checkbox key={column.key} value={column.key} label={column.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
        <Text size="xs" mt="sm">
          <Button variant="subtle" size="compact-xs" onClick={() => onChange(defaults)}>
            {t('clients.columns.reset')}
          </Button>
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
