import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { currencyOptions } from '../auth/setupOptions';

interface CurrencySelectProps {
  label?: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  /** Codes already taken elsewhere (another price row); they are not offered. */
  taken?: string[];
  testId?: string;
}

/** An ISO 4217 currency, searchable by code or by its name in the interface language. */
export function CurrencySelect({ label, value, onChange, error, taken = [], testId }: CurrencySelectProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => currencyOptions(currentLocale()), [i18n.resolvedLanguage]);
  return (
    <Select
      label={label}
      aria-label={label ? undefined : t('products.fields.currency')}
      data={options.filter((option) => option.value === value || !taken.includes(option.value))}
      value={value}
      onChange={(code) => code && onChange(code)}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
