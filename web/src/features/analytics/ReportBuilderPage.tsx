import { ActionIcon, Alert, Button, Grid, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useRecordTypes } from '../../records/recordTypes.api';
import type { ChartHandle } from './Chart';
import { CHART_KINDS, type ChartKind } from './chartOption';
import { downloadReport, saveAs, useRunReport, useSaveReport, useSavedReports, type ReportDefinition } from './reports.api';
import { FiguresView } from './WidgetBody';

const ENTITIES = ['deals', 'contacts', 'companies', 'activities'];
const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const OPS = ['count', 'sum', 'avg', 'median', 'conversion'] as const;
const FILTER_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'empty', 'notEmpty'] as const;

type Group = { field: string; bucket?: (typeof BUCKETS)[number] };
type Condition = { field: string; op: string; value?: string };

/** The report builder: an entity, filters, up to two groupings, measures and a chart; a table with totals beside it; save and export. */
export default function ReportBuilderPage() {
  const { t } = useTranslation();
  const types = useRecordTypes();
  const run = useRunReport();
  const save = useSaveReport();
  const saved = useSavedReports();
  const chart = useRef<ChartHandle | null>(null);
  const [entity, setEntity] = useState('deals');
  const [groups, setGroups] = useState<Group[]>([{ field: 'ownerId' }]);
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [measure, setMeasure] = useState<{ op: (typeof OPS)[number]; field?: string }>({ op: 'count' });
  const [kind, setKind] = useState<ChartKind>('bar');
  const [name, setName] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const meta = types.data?.find((m) => m.plural === entity);
  const fields = (meta?.filters ?? []).map((f) => ({ value: f.field, label: t(`analytics.fields.${f.field}`, { defaultValue: f.field }), kind: f.kind }));
  const kindOf = (field: string) => fields.find((f) => f.value === field)?.kind;

  const definition = (): ReportDefinition => ({
    entity,
    filters: conditions.filter((c) => c.field).map((c) => (c.op === 'empty' || c.op === 'notEmpty' ? { field: c.field, op: c.op } : { field: c.field, op: c.op, value: kindOf(c.field) === 'number' ? Number(c.value) : c.value ?? '' })),
    groupBy: groups.filter((g) => g.field).map((g) => (kindOf(g.field) === 'date' || kindOf(g.field) === 'time' ? { field: g.field, bucket: g.bucket ?? 'month' } : { field: g.field })),
    measures: [measure.op === 'count' ? { op: 'count' } : { op: measure.op, field: measure.field }],
    chart: kind,
  });
  const load = (id: string | null) => {
    const report = saved.data?.find((r) => r.id === id);
    if (!report) return;
    const d = report.definition as ReportDefinition;
    setEntity(d.entity);
    setGroups((d.groupBy ?? []) as Group[]);
    setConditions((d.filters ?? []).map((f) => ({ field: f.field, op: f.op, value: f.value === undefined ? undefined : String(f.value) })));
    setMeasure((d.measures?.[0] ?? { op: 'count' }) as typeof measure);
    setKind((d.chart ?? 'table') as ChartKind);
    setName(report.name);
    run.mutate(d);
  };
  const exportAs = (format: 'csv' | 'xlsx') => {
    setExportError(null);
    downloadReport(definition(), format, name.trim() || t('analytics.report.defaultName')).catch(() => setExportError(t('analytics.report.exportFailed')));
  };
  const png = () => {
    const url = chart.current?.png();
    if (url) saveAs(url, `${name.trim() || t('analytics.report.defaultName')}.png`);
  };
  const dateFields = fields.filter((f) => f.kind === 'date' || f.kind === 'time');
  const numberFields = fields.filter((f) => f.kind === 'number');

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('analytics.report.title')}</Title>
        {(saved.data?.length ?? 0) > 0 && (
          <Select size="xs" w={240} placeholder={t('analytics.report.open')} aria-label={t('analytics.report.open')} data={(saved.data ?? []).map((r) => ({ value: r.id, label: r.name }))} onChange={load} />
        )}
      </Group>
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Group gap="xs" align="end" wrap="wrap">
            <Select label={t('analytics.report.entity')} value={entity} allowDeselect={false} w={170} onChange={(v) => { if (v) { setEntity(v); setGroups([]); setConditions([]); setMeasure({ op: 'count' }); } }} data={ENTITIES.filter((e) => types.data?.some((m) => m.plural === e)).map((e) => ({ value: e, label: t(`nav.${e}`) }))} />
            {[0, 1].map((i) => (
              <Group key={i} gap={4} align="end" wrap="nowrap">
                <Select label={t('analytics.report.groupBy', { n: i + 1 })} clearable searchable w={180} value={groups[i]?.field ?? null} data={fields} disabled={i === 1 && !groups[0]}
                  onChange={(field) => setGroups(field ? Object.assign([...groups], { [i]: { field } }) : groups.slice(0, i))} />
                {groups[i] && (kindOf(groups[i]!.field) === 'date' || kindOf(groups[i]!.field) === 'time') && (
                  <Select label={t('analytics.report.bucket')} w={120} allowDeselect={false} value={groups[i]!.bucket ?? 'month'} data={BUCKETS.map((b) => ({ value: b, label: t(`analytics.buckets.${b}`) }))}
                    onChange={(bucket) => setGroups(Object.assign([...groups], { [i]: { ...groups[i]!, bucket: bucket as Group['bucket'] } }))} />
                )}
              </Group>
            ))}
            <Select label={t('analytics.report.measure')} w={150} allowDeselect={false} value={measure.op} data={OPS.map((o) => ({ value: o, label: t(`analytics.ops.${o}`) }))} onChange={(op) => setMeasure({ op: op as typeof measure.op, field: op === 'count' ? undefined : measure.field ?? numberFields[0]?.value })} />
            {measure.op !== 'count' && (
              <Select label={t('analytics.report.ofField')} w={170} value={measure.field ?? null} data={measure.op === 'conversion' ? dateFields : numberFields} onChange={(field) => setMeasure({ ...measure, field: field ?? undefined })} />
            )}
            <Select label={t('analytics.report.chart')} w={130} allowDeselect={false} value={kind} data={CHART_KINDS.map((k) => ({ value: k, label: t(`analytics.charts.${k}`) }))} onChange={(k) => setKind(k as ChartKind)} />
          </Group>
          {conditions.map((c, i) => (
            <Group key={i} gap={4} align="end" wrap="nowrap">
              <Select size="xs" w={180} searchable placeholder={t('analytics.report.field')} aria-label={t('analytics.report.field')} value={c.field || null} data={fields} onChange={(field) => setConditions(conditions.map((x, j) => (j === i ? { ...x, field: field ?? '' } : x)))} />
              <Select size="xs" w={140} allowDeselect={false} aria-label={t('analytics.report.op')} value={c.op} data={FILTER_OPS.map((o) => ({ value: o, label: t(`analytics.filterOps.${o}`) }))} onChange={(op) => setConditions(conditions.map((x, j) => (j === i ? { ...x, op: op ?? 'eq' } : x)))} />
              {c.op !== 'empty' && c.op !== 'notEmpty' && (
                <TextInput size="xs" w={160} aria-label={t('analytics.report.value')} value={c.value ?? ''} type={kindOf(c.field) === 'date' ? 'date' : 'text'} onChange={(e) => { const value = e.currentTarget.value; setConditions(conditions.map((x, j) => (j === i ? { ...x, value } : x))); }} />
              )}
              <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => setConditions(conditions.filter((_, j) => j !== i))}><IconTrash size={14} /></ActionIcon>
            </Group>
          ))}
          <Group gap="xs">
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setConditions([...conditions, { field: '', op: 'eq' }])}>{t('analytics.report.addFilter')}</Button>
            <Button size="xs" onClick={() => run.mutate(definition())} loading={run.isPending}>{t('analytics.report.run')}</Button>
          </Group>
        </Stack>
      </Paper>
      {run.error && <Alert color="red" variant="light">{apiErrorText(t, run.error)}</Alert>}
      {exportError && <Alert color="red" variant="light">{exportError}</Alert>}
      {run.data && (
        <>
          <Group gap="xs" wrap="wrap">
            <TextInput size="xs" w={220} placeholder={t('analytics.report.name')} aria-label={t('analytics.report.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button size="xs" variant="default" disabled={!name.trim()} loading={save.isPending} onClick={() => save.mutate({ name: name.trim(), definition: definition() })}>{t('analytics.report.save')}</Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => exportAs('xlsx')}>XLSX</Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => exportAs('csv')}>CSV</Button>
            {kind !== 'table' && <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={png}>PNG</Button>}
          </Group>
          {save.isSuccess && <Alert variant="light" color="green">{t('analytics.report.saved')}</Alert>}
          <Grid>
            <Grid.Col span={{ base: 12, md: kind === 'table' ? 12 : 7 }}>
              <FiguresView table={run.data.data} currency={run.data.currency} kind={kind} height={360} label={name || t('analytics.report.title')} emptyText={t('analytics.report.empty')} handle={(h) => { chart.current = h; }} />
            </Grid.Col>
            {kind !== 'table' && (
              <Grid.Col span={{ base: 12, md: 5 }}>
                <FiguresView table={run.data.data} currency={run.data.currency} kind="table" height={360} label={name} emptyText="" />
              </Grid.Col>
            )}
          </Grid>
        </>
      )}
    </Stack>
  );
}
