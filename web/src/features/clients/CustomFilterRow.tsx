import { ActionIcon, Group, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { currencyDigits, opsForType } from './filterOps';
import type { FieldDef } from './fieldDefs';
import type { FieldFilter, FilterOp } from './listQuery';

interface CustomFilterRowProps {
  index: number;
  filter: FieldFilter;
  defs: FieldDef[];
  users: Array<{ value: string; label: string }>;
  onChange: (filter: FieldFilter) => void;
  onRemove: () => void;
}

/** One condition on a custom field: which field, how to compare, and with what. */
export function CustomFilterRow({ index, filter, defs, users, onChange, onRemove }: CustomFilterRowProps) {
  const { t } = useTranslation();
  const def = defs.find((d) => `custom.${d.key}` === filter.field);
  const ops = def ? opsForType(def.type) : [];
  const n = index + 1;

  function pickField(key: string | null) {
    const next = defs.find((d) => d.key === key);
    if (!next) return;
    const op = opsForType(next.type)[0] ?? 'eq';
    onChange({ field: `custom.${next.key}`, op, value: next.type === 'checkbox' ? true : undefined });
  }

  return (
    <Group gap="xs" wrap="wrap" align="flex-end" data-testid="custom-filter-row">
      <Select
        aria-label={t('clients.filters.customField', { n })}
        placeholder={t('clients.filters.pickField')}
        data={defs.map((d) => ({ value: d.key, label: d.label }))}
        value={def?.key ?? null}
        onChange={pickField}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={{ base: '100%', xs: 200 }}
        data-testid="custom-filter-field"
      />
      {def ? (
        <Select
          aria-label={t('clients.filters.operator', { n })}
          data={ops.map((op) => ({ value: op, label: t(`clients.ops.${op}`) }))}
          value={filter.op}
          onChange={(op) => op && onChange({ ...filter, op: op as FilterOp, value: op === 'in' ? [] : filter.op === 'in' ? undefined : filter.value })}
          allowDeselect={false}
          w={{ base: '100%', xs: 170 }}
          data-testid="custom-filter-op"
        />
      ) : null}
      {def && filter.op !== 'empty' && filter.op !== 'notEmpty' ? (
        <FilterValue def={def} filter={filter} users={users} label={t('clients.filters.value', { n })} onChange={(value) => onChange({ ...filter, value })} />
      ) : null}
      <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('clients.filters.removeCondition', { n })} mb={4}>
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}

interface FilterValueProps {
  def: FieldDef;
  filter: FieldFilter;
  users: Array<{ value: string; label: string }>;
  label: string;
  onChange: (value: unknown) => void;
}

function FilterValue({ def, filter, users, label, onChange }: FilterValueProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const common = { 'aria-label': label, w: { base: '100%', xs: 200 }, 'data-testid': 'custom-filter-value' };
  const options = def.options.map((o) => ({ value: o.key, label: o.label }));
  const value = filter.value;

  switch (def.type) {
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(v) => onChange(typeof v === 'number' ? v : undefined)} />;
    case 'money': {
      const digits = currencyDigits(me.workspace.defaultCurrency);
      const factor = 10 ** digits;
      return (
        <NumberInput
          {...common}
          decimalScale={digits}
          rightSection={<span style={{ fontSize: 12 }}>{me.workspace.defaultCurrency}</span>}
          value={typeof value === 'number' ? value / factor : ''}
          onChange={(v) => onChange(typeof v === 'number' ? Math.round(v * factor) : undefined)}
        />
      );
    }
    case 'date':
    case 'datetime':
      return <TextInput {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} />;
    case 'select':
    case 'multi_select':
      return filter.op === 'in' ? (
        <MultiSelect {...common} data={options} value={Array.isArray(value) ? (value as string[]) : []} onChange={onChange} />
      ) : (
        <Select {...common} data={options} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} />
      );
    case 'checkbox':
      return (
        <Select
          {...common}
          data={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
          value={value === false ? 'false' : 'true'}
          allowDeselect={false}
          onChange={(v) => onChange(v !== 'false')}
        />
      );
    case 'user':
      return <Select {...common} data={users} searchable value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} />;
    default:
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
