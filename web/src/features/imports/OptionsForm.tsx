import { useMemo } from 'react';
import { Chip, Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../auth/setupOptions';
import { useAllUsers } from '../users/users.api';
import type { Import, ImportPatch, MatchBy } from './imports.api';

const MATCH_KEYS: Record<string, MatchBy[]> = {
  contacts: ['phone', 'email', 'externalId'],
  companies: ['taxId', 'phone', 'email', 'externalId'],
  deals: ['externalId'],
  activities: ['externalId'],
};

/** What to do with a row that matches an existing record, what matches, and the defaults for rows that say nothing. */
export function OptionsForm({ imp, pending, onChange }: { imp: Import; pending: boolean; onChange: (patch: ImportPatch) => void }) {
  const { t, i18n } = useTranslation();
  const users = useAllUsers();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const { options } = imp;
  const keys = MATCH_KEYS[imp.entity] ?? ['externalId'];
  return (
    <Stack>
      <Radio.Group
        label={t('imports.duplicatePolicy')}
        value={options.duplicatePolicy}
        onChange={(value) => onChange({ options: { duplicatePolicy: value as Import['options']['duplicatePolicy'] } })}
      >
        <Stack gap={6} mt={6}>
          {(['skip', 'update', 'create'] as const).map((policy) => (
            <Radio key={policy} value={policy} label={t(`imports.policies.${policy}`)} description={t(`imports.policyHints.${policy}`)} disabled={pending} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap={6}>
        <Text size="sm" fw={500} id="import-match-label">{t('imports.matchByLabel')}</Text>
        <Chip.Group multiple value={options.matchBy} onChange={(value) => onChange({ options: { matchBy: value as MatchBy[] } })}>
          <Group gap="xs" role="group" aria-labelledby="import-match-label">
            {keys.map((key) => (
              <Chip key={key} value={key} disabled={pending}>
                {t(`imports.matchKeys.${key}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('imports.defaultCountry')}
          description={t('imports.defaultCountryHint')}
          data={countries}
          value={options.defaultCountry || null}
          onChange={(value) => value && onChange({ options: { defaultCountry: value } })}
          searchable
          allowDeselect={false}
          disabled={pending}
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="import-country"
        />
        <Select
          label={t('imports.defaultOwner')}
          description={t('imports.defaultOwnerHint')}
          placeholder={t('imports.ownerMe')}
          data={(users.data ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: u.name }))}
          value={options.defaultOwnerId}
          onChange={(value) => onChange({ options: { defaultOwnerId: value } })}
          searchable
          clearable
          disabled={pending}
          nothingFoundMessage={t('common.nothingFound')}
        />
      </SimpleGrid>
      {imp.entity === 'deals' ? (
        <Choices label={t('imports.unknownStage')} value={options.unknownStage ?? 'fail'} choices={['fail', 'firstStage'] as const} textKey="imports.unknownStages"
          pending={pending} testId="import-unknown-stage" onPick={(unknownStage) => onChange({ options: { unknownStage } })} />
      ) : null}
      {imp.entity !== 'companies' ? (
        <Choices label={t('imports.missingLinks')} value={options.missingLinks ?? 'fail'} choices={['fail', 'skipLink'] as const} textKey="imports.missingLinkChoices"
          pending={pending} testId="import-missing-links" onPick={(missingLinks) => onChange({ options: { missingLinks } })} />
      ) : null}
    </Stack>
  );
}

/** One option of a few choices, each a radio labelled from `textKey.<choice>`. */
function Choices<T extends string>({ label, value, choices, textKey, pending, testId, onPick }: {
  label: string; value: T; choices: readonly T[]; textKey: string; pending: boolean; testId: string; onPick: (value: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value} onChange={(picked) => onPick(picked as T)}>
      <Stack gap={6} mt={6}>
        {choices.map((choice) => (
          <Radio key={choice} value={choice} label={t(`${textKey}.${choice}`)} disabled={pending} data-testid={`${testId}-${choice}`} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
