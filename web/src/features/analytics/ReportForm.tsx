import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHART_KINDS, type ChartKind } from './chartOption';
import {
  BUCKETS, FILTER_OPS, MAX_MEASURES, isTimeKind, opsFor, withOp,
  type Bucket, type Draft, type FieldOption, type GroupSlot, type Op,
} from './reportDraft';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  entities: Array<{ value: string; label: string }>;
  fields: FieldOption[];
  onRun: () => void;
  running: boolean;
}

/** The report builder's controls: records, two groupings (each usable alone), measures, chart, filters. */
export function ReportForm({ draft, onChange, entities, fields, onRun, running }: Props) {
  const { t } = useTranslation();
  const kindOf = (field: string) => fields.find((f) => f.value === field)?.kind;
  const ops = opsFor(fields);
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const setGroup = (i: 0 | 1, slot: GroupSlot | null) => set({ groups: (i === 0 ? [slot, draft.groups[1]] : [draft.groups[0], slot]) as Draft['groups'] });
  const numberFields = fields.filter((f) => f.kind === 'number');
  const addMeasure = () => {
    // The next measure not yet shown: a sum of the first number field, else a conversion.
    const next = ops.map((op) => withOp({ op }, op, fields)).find((m) => !draft.measures.some((x) => x.op === m.op && x.field === m.field));
    if (next) set({ measures: [...draft.measures, next] });
  };

  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Group gap="xs" align="end" wrap="wrap">
          <Select
            label={t('analytics.report.entity')} value={draft.entity} allowDeselect={false} w={170} data={entities}
            onChange={(v) => { if (v && v !== draft.entity) onChange({ entity: v, groups: [null, null], measures: [{ op: 'count' }], conditions: [], chart: draft.chart }); }}
          />
          {([0, 1] as const).map((i) => {
            const slot = draft.groups[i];
            return (
              <Group key={i} gap={4} align="end" wrap="nowrap">
                <Select
                  // Picking the chosen field again keeps it (Mantine's default would clear it); the × clears.
                  label={t('analytics.report.groupBy', { n: i + 1 })} clearable allowDeselect={false} searchable w={180} value={slot?.field ?? null} data={fields}
                  onChange={(field) => setGroup(i, field ? { field, ...(isTimeKind(kindOf(field)) ? { bucket: slot?.bucket ?? 'month' } : {}) } : null)}
                />
                {slot && isTimeKind(kindOf(slot.field)) && (
                  <Select
                    label={t('analytics.report.bucketN', { n: i + 1 })} w={120} allowDeselect={false} value={slot.bucket ?? 'month'}
                    data={BUCKETS.map((b) => ({ value: b, label: t(`analytics.buckets.${b}`) }))}
                    onChange={(bucket) => setGroup(i, { ...slot, bucket: (bucket ?? 'month') as Bucket })}
                  />
                )}
              </Group>
            );
          })}
          <Select label={t('analytics.report.chart')} w={140} allowDeselect={false} value={draft.chart} data={CHART_KINDS.map((k) => ({ value: k, label: t(`analytics.charts.${k}`) }))} onChange={(k) => set({ chart: (k ?? 'bar') as ChartKind })} />
        </Group>
        <Group gap="xs" align="end" wrap="wrap">
          {draft.measures.map((m, i) => (
            <Group key={i} gap={4} align="end" wrap="nowrap">
              <Select
                label={t('analytics.report.measureN', { n: i + 1 })} w={150} allowDeselect={false} value={m.op}
                data={ops.map((o) => ({ value: o, label: t(`analytics.ops.${o}`) }))}
                onChange={(op) => set({ measures: draft.measures.map((x, j) => (j === i ? withOp(x, (op ?? 'count') as Op, fields) : x)) })}
              />
              {m.op !== 'count' && m.op !== 'conversion' && (
                <Select
                  label={t('analytics.report.ofField')} aria-label={t('analytics.report.ofFieldN', { n: i + 1 })} w={170} allowDeselect={false} value={m.field ?? null} data={numberFields}
                  onChange={(field) => set({ measures: draft.measures.map((x, j) => (j === i ? { ...x, field: field ?? undefined } : x)) })}
                />
              )}
              {draft.measures.length > 1 && (
                <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('analytics.report.removeMeasure', { n: i + 1 })} onClick={() => set({ measures: draft.measures.filter((_, j) => j !== i) })}>
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
          <Button size="xs" variant="subtle" mb={4} leftSection={<IconPlus size={14} />} disabled={draft.measures.length >= MAX_MEASURES} onClick={addMeasure}>{t('analytics.report.addMeasure')}</Button>
        </Group>
        {draft.conditions.length > 0 && <Text size="sm" fw={500}>{t('analytics.report.filters')}</Text>}
        {draft.conditions.map((c, i) => {
          const setCondition = (patch: Partial<typeof c>) => set({ conditions: draft.conditions.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <Group key={i} gap={4} align="end" wrap="wrap">
              <Select size="xs" w={180} searchable placeholder={t('analytics.report.field')} aria-label={t('analytics.report.filterField', { n: i + 1 })} value={c.field || null} data={fields} onChange={(field) => setCondition({ field: field ?? '' })} />
              <Select size="xs" w={140} allowDeselect={false} aria-label={t('analytics.report.filterOp', { n: i + 1 })} value={c.op} data={FILTER_OPS.map((o) => ({ value: o, label: t(`analytics.filterOps.${o}`) }))} onChange={(op) => setCondition({ op: op ?? 'eq' })} />
              {c.op !== 'empty' && c.op !== 'notEmpty' && (
                <TextInput size="xs" w={160} aria-label={t('analytics.report.filterValue', { n: i + 1 })} value={c.value ?? ''} type={isTimeKind(kindOf(c.field)) ? 'date' : 'text'} onChange={(e) => setCondition({ value: e.currentTarget.value })} />
              )}
              <ActionIcon variant="subtle" color="red" aria-label={t('analytics.report.removeFilter', { n: i + 1 })} onClick={() => set({ conditions: draft.conditions.filter((_, j) => j !== i) })}><IconTrash size={14} /></ActionIcon>
            </Group>
          );
        })}
        <Group gap="xs">
          <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => set({ conditions: [...draft.conditions, { field: '', op: 'eq' }] })}>{t('analytics.report.addFilter')}</Button>
          <Button size="xs" onClick={onRun} loading={running}>{t('analytics.report.run')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
