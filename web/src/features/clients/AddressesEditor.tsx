import { useMemo } from 'react';
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_TYPES } from './clientTypes';
import { ADDRESS_PARTS, type AddressDraft } from './drafts';
import { countryOptions } from '../auth/setupOptions';

interface AddressesEditorProps {
  rows: AddressDraft[];
  onChange: (rows: AddressDraft[]) => void;
  errors: Record<string, string>;
}

const EMPTY: AddressDraft = { type: 'work', country: '', region: '', city: '', street: '', postcode: '' };

/** Postal addresses: a type and the usual parts, each optional. */
export function AddressesEditor({ rows, onChange, errors }: AddressesEditorProps) {
  const { t, i18n } = useTranslation();
  // The API takes an ISO country code; a name typed in an older version still shows until it is changed.
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const countryData = (current: string) => (current && !countries.some((c) => c.value === current) ? [{ value: current, label: current }, ...countries] : countries);
  const set = (index: number, patch: Partial<AddressDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('clients.fields.addresses')}
      </Text>
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Paper key={index} withBorder p="xs" radius="sm">
            <Group gap="xs" justify="space-between" mb="xs">
              <Select
                aria-label={t('clients.form.addressType', { n })}
                data={ADDRESS_TYPES.map((type) => ({ value: type, label: t(`clients.addressTypes.${type}`) }))}
                value={row.type}
                onChange={(type) => type && set(index, { type: type as AddressDraft['type'] })}
                allowDeselect={false}
                w={140}
              />
              <ActionIcon variant="subtle" color="gray" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('clients.form.removeAddress', { n })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              {ADDRESS_PARTS.map((part) => part === 'country' ? (
                <Select
                  key={part}
                  label={t(`clients.address.${part}`)}
                  data={countryData(row.country)}
                  value={row.country || null}
                  onChange={(value) => set(index, { country: value ?? '' })}
                  error={errors[`addresses.${index}.${part}`]}
                  searchable
                  clearable
                  size="xs"
                />
              ) : (
                <TextInput
                  key={part}
                  label={t(`clients.address.${part}`)}
                  value={row[part]}
                  onChange={(event) => set(index, { [part]: event.currentTarget.value })}
                  error={errors[`addresses.${index}.${part}`]}
                  size="xs"
                />
              ))}
            </SimpleGrid>
            {errors[`addresses.${index}`] ? (
              <Text size="xs" c="red" mt={4}>
                {errors[`addresses.${index}`]}
              </Text>
            ) : null}
          </Paper>
        );
      })}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { ...EMPTY }])} style={{ alignSelf: 'flex-start' }}>
        {t('clients.form.addAddress')}
      </Button>
    </Stack>
  );
}
