import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { displayName } from '../../i18n/format';

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
  const options = useMemo(() => currencyChoices(), [i18n.resolvedLanguage]);
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

// The code first, so a narrow input still shows it: "EUR — euro".
function currencyChoices(): Array<{ value: string; label: string }> {
  return Intl.supportedValuesOf('currency')
    .map((code) => ({ value: code, label: `${code} — ${displayName(code, 'currency')}` }))
    .sort((a, b) => a.value.localeCompare(b.value, currentLocale()));
}
