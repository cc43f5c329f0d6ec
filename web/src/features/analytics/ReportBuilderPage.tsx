import { Alert, Button, Grid, Group, Stack, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useRecordTypes } from '../../records/recordTypes.api';
import { useCustomFields } from '../custom-fields/customFields.api';
import type { ChartHandle } from './Chart';
import { ENTITIES, emptyDraft, fromDefinition, relabel, toDefinition, type Draft, type FieldOption } from './reportDraft';
import { ReportForm } from './ReportForm';
import { downloadReport, saveAs, useRunReport, useSaveReport, useUpdateReport, type ReportDefinition, type SavedReport } from './reports.api';
import { SavedReports } from './SavedReports';
import { FiguresView } from './WidgetBody';

// Custom field types as the report groups and measures them (the server's own mapping, report-run.service.ts).
const CUSTOM_KIND: Record<string, string> = { number: 'number', money: 'number', date: 'date', datetime: 'time', checkbox: 'enum', select: 'enum', user: 'id' };

/** The fields a report on a record type offers: its list's filter fields, then its active custom fields. */
function useReportFields(entity: string): FieldOption[] {
  const { t } = useTranslation();
  const types = useRecordTypes();
  const meta = types.data?.find((m) => m.plural === entity);
  const custom = useCustomFields(meta?.entityType ?? '', false, Boolean(meta?.features.customFields));
  return useMemo(() => [
    ...(meta?.filters ?? []).map((f) => ({ value: f.field, label: t(`analytics.fields.${f.field}`, { defaultValue: f.field }), kind: f.kind })),
    ...(meta?.features.customFields ? custom.data ?? [] : []).filter((f) => f.type !== 'long_text').map((f) => ({ value: `custom.${f.key}`, label: f.label, kind: CUSTOM_KIND[f.type] ?? 'text' })),
  ], [meta, custom.data, t]);
}

/** The report builder: records, filters, up to two groupings, measures and a chart; a table with totals beside it; saved reports; exports. */
export default function ReportBuilderPage() {
  const { t } = useTranslation();
  const types = useRecordTypes();
  const run = useRunReport();
  const create = useSaveReport();
  const update = useUpdateReport();
  const chart = useRef<ChartHandle | null>(null);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [ran, setRan] = useState<ReportDefinition | null>(null);
  const [current, setCurrent] = useState<SavedReport | null>(null);
  const [name, setName] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const fields = useReportFields(draft.entity);
  const fieldLabel = (field: string) => fields.find((f) => f.value === field)?.label ?? field;
  const entities = ENTITIES.filter((e) => types.data?.some((m) => m.plural === e)).map((e) => ({ value: e, label: t(`nav.${e}`) }));
  const fileName = name.trim() || t('analytics.report.defaultName');

  const build = (definition: ReportDefinition) => {
    setRan(definition);
    run.mutate(definition);
  };
  const open = (report: SavedReport) => {
    const next = fromDefinition(report.definition);
    setDraft(next);
    setCurrent(report);
    setName(report.name);
    create.reset();
    update.reset();
    build(report.definition as ReportDefinition);
  };
  const saveNew = () => create.mutate({ name: name.trim(), definition: toDefinition(draft, fields) }, { onSuccess: (report) => { setCurrent(report); update.reset(); } });
  const saveChanges = () => current && update.mutate(
    { id: current.id, change: { name: name.trim(), definition: toDefinition(draft, fields), version: current.version } },
    { onSuccess: (report) => { setCurrent(report); create.reset(); } },
  );
  const exportAs = (format: 'csv' | 'xlsx') => {
    setExportError(null);
    downloadReport(toDefinition(draft, fields), format, fileName).catch(() => setExportError(t('analytics.report.exportFailed')));
  };
  const png = () => {
    const url = chart.current?.png();
    if (url) saveAs(url, `${fileName}.png`);
  };
  const table = run.data && ran ? relabel(run.data.data, ran, fieldLabel, t) : null;
  const kind = ran?.chart ?? draft.chart;
  const saveError = create.error ?? update.error;
  // Beside the chart the table has room for three columns; a wider one goes under it.
  const wide = (table?.columns.length ?? 0) > 3;

  return (
    <Stack gap="md">
      <Title order={2}>{t('analytics.report.title')}</Title>
      <ReportForm draft={draft} onChange={setDraft} entities={entities} fields={fields} running={run.isPending} onRun={() => build(toDefinition(draft, fields))} />
      {run.error && <Alert color="red" variant="light">{apiErrorText(t, run.error)}</Alert>}
      {exportError && <Alert color="red" variant="light">{exportError}</Alert>}
      {run.data && table && (
        <>
          <Group gap="xs" wrap="wrap">
            <TextInput size="xs" w={220} placeholder={t('analytics.report.name')} aria-label={t('analytics.report.name')} value={name} maxLength={120} onChange={(e) => setName(e.currentTarget.value)} />
            {current?.canEdit && (
              <Button size="xs" variant="default" disabled={!name.trim()} loading={update.isPending} onClick={saveChanges}>{t('analytics.report.saveChanges')}</Button>
            )}
            <Button size="xs" variant="default" disabled={!name.trim()} loading={create.isPending} onClick={saveNew}>{current?.canEdit ? t('analytics.report.saveAsNew') : t('analytics.report.save')}</Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => exportAs('xlsx')}>XLSX</Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => exportAs('csv')}>CSV</Button>
            {kind !== 'table' && <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={png}>PNG</Button>}
          </Group>
          {saveError && <Alert color="red" variant="light">{apiErrorText(t, saveError)}</Alert>}
          {(create.isSuccess || update.isSuccess) && <Alert variant="light" color="green">{t('analytics.report.saved')}</Alert>}
          <Grid>
            <Grid.Col span={{ base: 12, md: kind === 'table' || wide ? 12 : 7 }}>
              <FiguresView table={table} currency={run.data.currency} kind={kind} height={360} label={name || t('analytics.report.title')} emptyText={t('analytics.report.empty')} plainTable handle={(h) => { chart.current = h; }} />
            </Grid.Col>
            {kind !== 'table' && table.rows.length > 0 && (
              <Grid.Col span={{ base: 12, md: wide ? 12 : 5 }}>
                <FiguresView table={table} currency={run.data.currency} kind="table" height={360} label={name} emptyText="" plainTable />
              </Grid.Col>
            )}
          </Grid>
        </>
      )}
      <SavedReports currentId={current?.id ?? null} onOpen={open} onDeleted={(id) => { if (current?.id === id) setCurrent(null); }} />
    </Stack>
  );
}
