import { Button, Checkbox, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { hasParam } from '../../records/recordTypes.api';
import { useRecordType } from '../../records/recordTypeContext';
import { useTags } from './clients.api';
import { CustomFilterRow } from './CustomFilterRow';
import type { FieldDef } from './fieldDefs';
import { EMPTY_FILTERS, isFiltered, type ListFilters } from './listQuery';
import type { ChoiceField } from '../../records/screens';

const width = { base: '100%', xs: 200 };

interface FilterBarProps {
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  defs: FieldDef[];
  users: Array<{ value: string; label: string }>;
}

/**
 * The conditions of a record list: the type's own parameters (status), owner, tags, dates, activity
 * and custom fields; each shows only where the type's metadata has it.
 */
export function FilterBar({ filters, onChange, defs, users }: FilterBarProps) {
  const { t } = useTranslation();
  const { registration, screens, meta } = useRecordType();
  const tags = useTags(registration.entityType, meta.features.tags);
  const paramFilters = Object.entries(screens.paramFilters ?? {}).filter(([name]) => hasParam(meta, name));
  const tagOptions = [...new Set([...(tags.data ?? []).map((item) => item.tag), ...filters.tags])];
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  return (
    <Stack gap="sm" data-testid="filter-bar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        {paramFilters.map(([name, field]) => (
          <ParamFilter key={name} field={field} value={filters.params[name] ?? []} onChange={(values) => set({ params: { ...filters.params, [name]: values } })} />
        ))}
        <MultiSelect
          label={t('clients.filters.owner')}
          placeholder={filters.ownerIds.length ? undefined : t('clients.filters.any')}
          data={[{ value: 'me', label: t('clients.filters.me') }, ...users]}
          value={filters.ownerIds}
          onChange={(ownerIds) => set({ ownerIds })}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          w={width}
        />
        {meta.features.tags ? (
          <MultiSelect
            label={t('clients.filters.tags')}
            placeholder={filters.tags.length ? undefined : t('clients.filters.any')}
            data={tagOptions}
            value={filters.tags}
            onChange={(next) => set({ tags: next })}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            w={width}
          />
        ) : null}
        <Select
          label={t('clients.filters.created')}
          data={[
            { value: '', label: t('clients.filters.anyTime') },
            { value: '7', label: t('clients.filters.last7') },
            { value: '30', label: t('clients.filters.last30') },
          ]}
          value={filters.createdWithin ? String(filters.createdWithin) : ''}
          onChange={(value) => set({ createdWithin: value === '7' ? 7 : value === '30' ? 30 : null })}
          allowDeselect={false}
          w={width}
        />
        {meta.features.timeline ? (
          <Checkbox
            label={t('clients.filters.noActivity')}
            checked={filters.noActivity}
            onChange={(event) => set({ noActivity: event.currentTarget.checked })}
            mb={8}
          />
        ) : null}
      </Group>
      {filters.custom.map((filter, index) => (
        <CustomFilterRow
          key={index}
          index={index}
          filter={filter}
          defs={defs}
          users={users}
          onChange={(next) => set({ custom: filters.custom.map((f, i) => (i === index ? next : f)) })}
          onRemove={() => set({ custom: filters.custom.filter((_, i) => i !== index) })}
        />
      ))}
      <Group gap="xs">
        {defs.length > 0 ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => set({ custom: [...filters.custom, { field: '', op: 'eq' }] })}
            data-testid="add-custom-filter"
          >
            {t('clients.filters.addCondition')}
          </Button>
        ) : null}
        {isFiltered(filters) || filters.custom.length > 0 ? (
          <Button variant="subtle" size="xs" color="gray" leftSection={<IconFilterOff size={14} />} onClick={() => onChange({ ...EMPTY_FILTERS, q: filters.q })}>
            {t('clients.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function staticChoices(field: ChoiceField) {
  return (t: Parameters<ChoiceField['choices']>[0]) => field.choices(t);
}

/** One of the type's own list parameters as a multi-select; its choices may come from the server (a hook). */
function ParamFilter({ field, value, onChange }: { field: ChoiceField; value: string[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation();
  // The same field always brings the same hook (or none), so the hooks' order never changes.
  const useChoices = field.useChoices ?? staticChoices(field);
  const choices = useChoices(t);
  return (
    <MultiSelect
      label={field.label(t)}
      placeholder={value.length ? undefined : t('clients.filters.any')}
      data={choices}
      value={value}
      onChange={onChange}
      searchable
      w={width}
      clearable
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
