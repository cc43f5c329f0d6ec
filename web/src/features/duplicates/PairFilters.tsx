import { Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PairFilter } from './duplicates.api';
import { evidenceLabel, KNOWN_EVIDENCE } from './evidenceText';

interface PairFiltersProps {
  value: PairFilter;
  onChange: (next: PairFilter) => void;
  /** The people whose records can be picked, by id and name. */
  owners: Array<{ id: string; name: string }>;
}

/** Narrows the pairs to those with every chosen kind of evidence, and to one owner's records. */
export function PairFilters({ value, onChange, owners }: PairFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        label={t('duplicates.filters.evidence')}
        placeholder={value.evidence.length === 0 ? t('duplicates.filters.anyEvidence') : undefined}
        data={KNOWN_EVIDENCE.map((kind) => ({ value: kind, label: evidenceLabel(t, kind) }))}
        value={value.evidence}
        onChange={(evidence) => onChange({ ...value, evidence })}
        clearable
        comboboxProps={{ withinPortal: true }}
        style={{ flex: '1 1 240px', maxWidth: 420 }}
        data-testid="pair-filter-evidence"
      />
      <Select
        label={t('duplicates.filters.owner')}
        placeholder={t('duplicates.filters.anyOwner')}
        data={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        value={value.ownerId}
        onChange={(ownerId) => onChange({ ...value, ownerId })}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        style={{ flex: '1 1 200px', maxWidth: 300 }}
        data-testid="pair-filter-owner"
      />
    </Group>
  );
}
