import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useRecordSearch } from '../clients/clients.api';
import { recordTitle } from '../clients/clientTypes';

export interface PickedRef {
  id: string;
  name: string;
}

interface ClientPickerProps {
  /** `company` or `contact`: whose records are searched. */
  entity: string;
  label?: string;
  value: PickedRef | null;
  onChange: (value: PickedRef | null) => void;
  error?: string;
  testId?: string;
}

/** A company or a person searched by name, phone or email (the global search index), as a select. */
export function ClientPicker({ entity, label, value, onChange, error, testId }: ClientPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useRecordSearch<{ id: string; displayName?: string; name?: string }>(entity, q);
  const data = (found.data ?? []).map((item) => ({ value: item.id, label: recordTitle(item) }));
  if (value && !data.some((option) => option.value === value.id)) data.unshift({ value: value.id, label: value.name });
  return (
    <Select
      label={label}
      aria-label={label ? undefined : t('deals.fields.person')}
      placeholder={t('clients.links.searchPlaceholder')}
      data={data}
      value={value?.id ?? null}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id) => onChange(id ? { id, name: data.find((option) => option.value === id)?.label ?? '' } : null)}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
