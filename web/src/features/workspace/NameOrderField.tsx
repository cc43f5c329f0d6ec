import { memo } from 'react';
import { Fieldset, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGEND_STYLES } from '../auth/setupFields';
import type { NameOrderChoice } from './workspaceForm';

interface NameOrderFieldProps {
  value: NameOrderChoice;
  /** The workspace's language: what "by language" means. */
  locale: string;
  onChange: (value: NameOrderChoice) => void;
}

/**
 * How people's names are written: "Surname First Patronymic" or "First Surname" (decision 0038),
 * or as the workspace's language writes them. Lists sort people by surname either way.
 */
export const NameOrderField = memo(function NameOrderField({ value, locale, onChange }: NameOrderFieldProps) {
  const { t } = useTranslation();
  const byLanguage = locale === 'ru' || locale === 'bg' ? 'surname_first' : 'first_surname';
  return (
    <Fieldset legend={t('workspace.nameOrder.title')} variant="unstyled" styles={LEGEND_STYLES}>
      <Radio.Group value={value} onChange={(next) => onChange(next as NameOrderChoice)} description={t('workspace.nameOrder.hint')} data-testid="name-order">
        <Stack gap="xs" mt="xs">
          <Radio value="auto" label={t('workspace.nameOrder.auto', { example: t(`workspace.nameOrder.example.${byLanguage}`) })} data-testid="name-order-auto" />
          <Radio value="surname_first" label={t('workspace.nameOrder.surname_first', { example: t('workspace.nameOrder.example.surname_first') })} data-testid="name-order-surname_first" />
          <Radio value="first_surname" label={t('workspace.nameOrder.first_surname', { example: t('workspace.nameOrder.example.first_surname') })} data-testid="name-order-first_surname" />
        </Stack>
      </Radio.Group>
    </Fieldset>
  );
});
