import { ActionIcon, Button, Checkbox, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../i18n/format';
import { PHONE_TYPES, type PhoneCandidate } from './clientTypes';
import type { PhoneDraft } from './drafts';

interface PhonesEditorProps {
  rows: PhoneDraft[];
  onChange: (rows: PhoneDraft[]) => void;
  errors: Record<string, string>;
  codes: Record<string, string>;
  /** Readings of numbers valid in several client countries, by path (`phones.0.value`). */
  candidates?: Record<string, PhoneCandidate[]>;
}

/**
 * Phone rows: type, number, and "keep as typed" once the server could not read a number
 * (or it was kept that way before), so a foreign or odd number can still be saved. A number
 * valid in several of the clients' countries offers its readings to choose the country from.
 */
export function PhonesEditor({ rows, onChange, errors, codes, candidates = {} }: PhonesEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<PhoneDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('clients.fields.phones')}
      </Text>
      {rows.map((row, index) => {
        const n = index + 1;
        const code = codes[`phones.${index}.value`];
        const invalid = code === 'invalid_phone' || code === 'ambiguous_phone';
        const readings = code === 'ambiguous_phone' ? (candidates[`phones.${index}.value`] ?? []) : [];
        return (
          <Stack key={index} gap={4}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Select
                aria-label={t('clients.form.phoneType', { n })}
                data={PHONE_TYPES.map((type) => ({ value: type, label: t(`clients.phoneTypes.${type}`) }))}
                value={row.type}
                onChange={(type) => type && set(index, { type: type as PhoneDraft['type'] })}
                allowDeselect={false}
                w={{ base: 112, xs: 136 }}
                style={{ flexShrink: 0 }}
              />
              <TextInput
                aria-label={t('clients.form.phoneValue', { n })}
                placeholder="+7 912 345-67-89"
                type="tel"
                value={row.value}
                onChange={(event) => set(index, { value: event.currentTarget.value, country: undefined })}
                error={errors[`phones.${index}.value`]}
                style={{ flex: 1, minWidth: 0 }}
                data-testid={`phone-${index}`}
              />
              <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('clients.form.removePhone', { n })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            {readings.length > 0 ? (
              <Radio.Group
                ml={{ base: 120, xs: 144 }}
                label={t('clients.form.phoneCountry', { n })}
                value={row.country ?? null}
                onChange={(country) => set(index, { country, keepAsTyped: false })}
                data-testid={`phone-${index}-country`}
              >
                <Stack gap={4} mt={4}>
                  {readings.map((reading) => (
                    <Radio
                      key={reading.country}
                      size="xs"
                      value={reading.country}
                      label={t('clients.form.phoneCountryOption', { country: displayName(reading.country, 'region'), number: reading.display })}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
            {invalid || row.keepAsTyped ? (
              <Checkbox
                ml={{ base: 120, xs: 144 }}
                size="xs"
                label={t('clients.form.keepAsTyped')}
                checked={row.keepAsTyped}
                onChange={(event) => set(index, { keepAsTyped: event.currentTarget.checked, ...(event.currentTarget.checked ? { country: undefined } : {}) })}
                data-testid={`phone-${index}-keep`}
              />
            ) : null}
          </Stack>
        );
      })}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { type: 'mobile', value: '', keepAsTyped: false }])} style={{ alignSelf: 'flex-start' }}>
        {t('clients.form.addPhone')}
      </Button>
    </Stack>
  );
}
