import { memo, useMemo } from 'react';
import { Fieldset, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_NAMES, isLocale } from '../../i18n/i18n';
import { HINT_BELOW, LEGEND_STYLES, useSetupErrorText } from './setupFields';
import type { SetupErrors, WorkspaceValues } from './setupForm';
import { countryOptions, currencyOptions, timeZoneOptions } from './setupOptions';

interface WorkspaceFieldsProps {
  values: WorkspaceValues;
  errors: SetupErrors;
  onChange: (field: keyof WorkspaceValues, value: string) => void;
  /** The group's title; "Workspace" unless given (the settings screen calls it "General"). */
  legend?: string;
  /** A line under the title on what these values are for. */
  description?: string;
}

/**
 * Workspace name, language, time zone, default country and currency.
 * Memoized: its selects hold hundreds of options, so typing in the admin fields must not re-render them.
 */
export const WorkspaceFields = memo(function WorkspaceFields({ values, errors, onChange, legend, description }: WorkspaceFieldsProps) {
  const { t, i18n } = useTranslation();
  const errorText = useSetupErrorText(errors);
  const lang = i18n.resolvedLanguage ?? 'en';
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const currencies = useMemo(() => currencyOptions(lang), [lang]);
  const timeZones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const languages = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));
  const selectProps = { searchable: true, allowDeselect: false, nothingFoundMessage: t('auth.setup.nothingFound') };

  return (
    <Fieldset legend={legend ?? t('auth.setup.workspaceSection')} variant="unstyled" styles={LEGEND_STYLES}>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput
          style={{ gridColumn: '1 / -1' }}
          label={t('auth.setup.workspaceName')}
          placeholder={t('auth.setup.workspaceNamePlaceholder')}
          required
          autoComplete="organization"
          value={values.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          error={errorText('workspace.name')}
        />
        <Select
          label={t('auth.setup.language')}
          data={languages}
          allowDeselect={false}
          value={values.locale}
          onChange={(value) => isLocale(value) && onChange('locale', value)}
          error={errorText('workspace.locale')}
        />
        <Select
          {...selectProps}
          label={t('auth.setup.timeZone')}
          data={timeZones}
          limit={80}
          value={values.timeZone}
          onChange={(value) => value && onChange('timeZone', value)}
          error={errorText('workspace.timeZone')}
        />
        <Select
          {...selectProps}
          label={t('auth.setup.defaultCountry')}
          inputWrapperOrder={HINT_BELOW}
          description={t('auth.setup.defaultCountryHint')}
          data={countries}
          value={values.defaultCountry}
          onChange={(value) => value && onChange('defaultCountry', value)}
          error={errorText('workspace.defaultCountry')}
        />
        <Select
          {...selectProps}
          label={t('auth.setup.defaultCurrency')}
          inputWrapperOrder={HINT_BELOW}
          description={t('auth.setup.defaultCurrencyHint')}
          data={currencies}
          value={values.defaultCurrency}
          onChange={(value) => value && onChange('defaultCurrency', value)}
          error={errorText('workspace.defaultCurrency')}
        />
      </SimpleGrid>
    </Fieldset>
  );
});
