import { Autocomplete, Badge, Button, Group, Select, em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconFilterOff, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { useRecordTypes } from '../../records/recordTypes.api';

export interface AuditFilterValues {
  userId: string | null;
  action: string;
  entityType: string | null;
  /** One record's entries only (set from an entry or a record's card, not typed). */
  entityId: string | null;
  /** `YYYY-MM-DD` in the user's time zone, both days included. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilterValues = { userId: null, action: '', entityType: null, entityId: null, from: '', to: '' };

const ACTION_PREFIXES = ['auth.', 'user.', 'role.', 'department.', 'api_token.', 'session.', 'two_factor.', 'security.', 'audit.', 'workspace.'];
// The kinds of record besides the record types (whose list comes from the server's metadata).
const SYSTEM_TYPES = ['user', 'role', 'department', 'workspace', 'api_token'];

interface AuditFiltersProps {
  values: AuditFilterValues;
  users: { value: string; label: string }[];
  onChange: (values: AuditFilterValues) => void;
  /** The name of the record filtered to, when the screen knows it. */
  recordLabel?: string;
}

/** Who, what kind of action, which kind of record and when; folded behind one button on phones. */
export function AuditFilters({ values, users, onChange, recordLabel }: AuditFiltersProps) {
  const { t } = useTranslation();
  const recordTypes = useRecordTypes();
  const entityTypes = [...SYSTEM_TYPES, ...(recordTypes.data ?? []).map((type) => type.entityType)];
  const theme = useMantineTheme();
  const phone = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 1)})`);
  const [shown, { toggle }] = useDisclosure(false);
  const set = <K extends keyof AuditFilterValues>(key: K, value: AuditFilterValues[K]) => onChange({ ...values, [key]: value });
  const count = (Object.keys(EMPTY_FILTERS) as (keyof AuditFilterValues)[]).filter((key) => values[key] !== EMPTY_FILTERS[key]).length;
  const active = count > 0;
  if (phone && !shown) {
    return (
      <Button
        variant="default"
        leftSection={<IconFilter size={16} />}
        rightSection={active ? <Badge size="sm" circle>{count}</Badge> : null}
        onClick={toggle}
        aria-expanded={false}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('audit.filters.show')}
      </Button>
    );
  }
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('audit.filters.user')}
        placeholder={t('audit.filters.anyone')}
        data={users}
        value={values.userId}
        onChange={(value) => set('userId', value)}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={{ base: '100%', xs: 200 }}
      />
      <Autocomplete
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.actionPlaceholder')}
        data={ACTION_PREFIXES}
        value={values.action}
        onChange={(value) => set('action', value)}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('audit.filters.entityType')}
        placeholder={t('audit.filters.anyType')}
        data={entityTypes.map((type) => ({ value: type, label: entityTypeLabel(t, type) }))}
        value={values.entityType}
        onChange={(value) => set('entityType', value)}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      {values.entityId ? (
        <Button
          variant="light"
          rightSection={<IconX size={14} aria-hidden />}
          onClick={() => set('entityId', null)}
          aria-label={t('audit.filters.anyRecord')}
          data-testid="audit-record-filter"
        >
          {t('audit.filters.oneRecord', { name: recordLabel ?? values.entityId.slice(-8) })}
        </Button>
      ) : null}
      <DateField
        strict
        label={t('audit.filters.from')}
        value={values.from}
        onChange={(value) => set('from', value)}
        w={{ base: 'calc(50% - var(--mantine-spacing-sm) / 2)', xs: 150 }}
      />
      <DateField
        strict
        label={t('audit.filters.to')}
        value={values.to}
        onChange={(value) => set('to', value)}
        w={{ base: 'calc(50% - var(--mantine-spacing-sm) / 2)', xs: 150 }}
      />
      {active ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(EMPTY_FILTERS)}>
          {t('audit.filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
