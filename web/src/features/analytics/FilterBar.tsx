import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { useDepartments } from '../departments/departments.api';
import { usePipelines } from '../pipelines/pipelines.api';
import { useAllUsers } from '../users/users.api';
import type { WidgetQuery } from './analytics.api';
import { PERIODS, periodRange, todayIn, type PeriodKind } from './period';

export interface Filters {
  period: PeriodKind;
  from: string;
  to: string;
  ownerId: string | null;
  departmentId: string | null;
  pipelineId: string | null;
  source: string;
}

/** The filters at first: this month, everyone the viewer may see. */
export function initialFilters(timeZone: string | undefined): Filters {
  return { period: 'thisMonth', ...periodRange('thisMonth', todayIn(timeZone)), ownerId: null, departmentId: null, pipelineId: null, source: '' };
}

/** The widget query the filters stand for. */
export function toQuery(filters: Filters): WidgetQuery {
  const query: WidgetQuery = { from: filters.from, to: filters.to };
  if (filters.ownerId) query.ownerId = filters.ownerId;
  if (filters.departmentId) query.departmentId = filters.departmentId;
  if (filters.pipelineId) query.pipelineId = filters.pipelineId;
  if (filters.source.trim()) query.source = filters.source.trim();
  return query;
}

/** Period and filter controls of a dashboard: owner, department, pipeline, source. */
export function FilterBar({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useAllUsers();
  const departments = useDepartments();
  const pipelines = usePipelines();
  const setPeriod = (period: string) => {
    const kind = period as PeriodKind;
    onChange(kind === 'custom' ? { ...value, period: kind } : { ...value, period: kind, ...periodRange(kind, todayIn(me.timeZone)) });
  };
  const invalid = value.to < value.from;
  return (
    <Group gap="xs" align="end" wrap="wrap">
      <SegmentedControl size="xs" value={value.period} onChange={setPeriod} data={PERIODS.map((p) => ({ value: p, label: t(`analytics.periods.${p}`) }))} aria-label={t('analytics.period')} />
      {value.period === 'custom' && (
        <>
          <TextInput size="xs" type="date" label={t('analytics.from')} value={value.from} onChange={(e) => onChange({ ...value, from: e.currentTarget.value })} w={150} />
          <TextInput size="xs" type="date" label={t('analytics.to')} value={value.to} onChange={(e) => onChange({ ...value, to: e.currentTarget.value })} w={150} error={invalid ? t('analytics.toBeforeFrom') : undefined} />
        </>
      )}
      <Select size="xs" clearable searchable w={170} placeholder={t('analytics.filters.owner')} aria-label={t('analytics.filters.owner')} value={value.ownerId} onChange={(ownerId) => onChange({ ...value, ownerId })} data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
      {(departments.data?.length ?? 0) > 0 && (
        <Select size="xs" clearable w={170} placeholder={t('analytics.filters.department')} aria-label={t('analytics.filters.department')} value={value.departmentId} onChange={(departmentId) => onChange({ ...value, departmentId })} data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
      )}
      {(pipelines.data?.items.length ?? 0) > 1 && (
        <Select size="xs" clearable w={170} placeholder={t('analytics.filters.pipeline')} aria-label={t('analytics.filters.pipeline')} value={value.pipelineId} onChange={(pipelineId) => onChange({ ...value, pipelineId })} data={(pipelines.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
      )}
      <TextInput size="xs" w={150} placeholder={t('analytics.filters.source')} aria-label={t('analytics.filters.source')} value={value.source} onChange={(e) => onChange({ ...value, source: e.currentTarget.value })} />
    </Group>
  );
}
