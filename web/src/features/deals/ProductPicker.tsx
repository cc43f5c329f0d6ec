import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useActiveProducts, type ProductListItem } from '../products/products.api';

interface ProductPickerProps {
  /** The line's product and its name, shown even when the product is no longer offered. */
  value: { id: string; name: string } | null;
  onPick: (product: ProductListItem | null) => void;
  error?: string;
  testId?: string;
}

/** A catalog product for a deal line: active products, searched by name; clearing makes it a free line. */
export function ProductPicker({ value, onPick, error, testId }: ProductPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const products = useActiveProducts(q);
  const items = products.data ?? [];
  const data = items.map((item) => ({ value: item.id, label: item.sku ? `${item.name} · ${item.sku}` : item.name }));
  if (value && !data.some((option) => option.value === value.id)) data.unshift({ value: value.id, label: value.name });
  return (
    <Select
      aria-label={t('deals.items.product')}
      placeholder={t('deals.items.freeLine')}
      data={data}
      value={value?.id ?? null}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id) => onPick(id ? items.find((item) => item.id === id) ?? null : null)}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
