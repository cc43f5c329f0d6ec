import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Row {
  type: string;
  value: string;
}

interface TypedRowsEditorProps<R extends Row> {
  /** `emails` or `messengers`: the API's list name, also the i18n key part. */
  list: 'emails' | 'messengers';
  types: readonly R['type'][];
  rows: R[];
  onChange: (rows: R[]) => void;
  errors: Record<string, string>;
  inputType?: string;
  placeholder?: string;
}

/** Rows of a type and a value (emails, messengers) with add and remove. */
export function TypedRowsEditor<R extends Row>({ list, types, rows, onChange, errors, inputType, placeholder }: TypedRowsEditorProps<R>) {
  const { t } = useTranslation();
  const typeKey = list === 'emails' ? 'emailTypes' : 'messengerTypes';
  const set = (index: number, patch: Partial<R>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t(`clients.fields.${list}`)}
      </Text>
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <Select
              aria-label={t(`clients.form.${list}Type`, { n })}
              data={types.map((type) => ({ value: type, label: t(`clients.${typeKey}.${type}`) }))}
              value={row.type}
              onChange={(type) => type && set(index, { type } as Partial<R>)}
              allowDeselect={false}
              w={{ base: 112, xs: 136 }}
              style={{ flexShrink: 0 }}
            />
            <TextInput
              aria-label={t(`clients.form.${list}Value`, { n })}
              type={inputType}
              placeholder={placeholder}
              value={row.value}
              onChange={(event) => set(index, { value: event.currentTarget.value } as Partial<R>)}
              error={errors[`${list}.${index}.value`] ?? errors[`${list}.${index}.type`]}
              style={{ flex: 1, minWidth: 0 }}
              data-testid={`${list}-${index}`}
            />
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t(`clients.form.${list}Remove`, { n })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...rows, { type: types[0], value: '' } as R])}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`clients.form.${list}Add`)}
      </Button>
    </Stack>
  );
}
