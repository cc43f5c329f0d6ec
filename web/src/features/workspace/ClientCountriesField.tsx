import { memo, useMemo } from 'react';
import { Fieldset, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { LEGEND_STYLES } from '../auth/setupFields';
import { countryOptions } from '../auth/setupOptions';

interface ClientCountriesFieldProps {
  value: string[];
  /** The workspace's own country: what an empty list means. */
  defaultCountry: string;
  error?: string;
  onChange: (value: string[]) => void;
}

/**
 * The countries the clients come from: a phone typed without a country code is tried in each,
 * in this order. Empty means the workspace's own country only.
 */
export const ClientCountriesField = memo(function ClientCountriesField({ value, defaultCountry, error, onChange }: ClientCountriesFieldProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const own = countries.find((c) => c.value === defaultCountry)?.label ?? defaultCountry;
  return (
    <Fieldset legend={t('workspace.clientCountries.title')} variant="unstyled" styles={LEGEND_STYLES}>
      <MultiSelect
        label={t('workspace.clientCountries.label')}
        description={t('workspace.clientCountries.hint')}
        placeholder={value.length === 0 ? t('workspace.clientCountries.onlyOwn', { country: own }) : undefined}
        data={countries}
        value={value}
        onChange={onChange}
        searchable
        clearable
        maxValues={30}
        error={error ? fieldErrorText(t, error) : undefined}
        data-testid="client-countries"
      />
    </Fieldset>
  );
});
