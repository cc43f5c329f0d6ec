import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { timeZoneOptions } from '../auth/setupOptions';
import { SettingsPage } from '../settings/SettingsPage';
import { useEscalationSettings, useSaveEscalationSettings, type EscalationSettings } from './escalations.api';

const FIELDS = ['enabled', 'minutes', 'weekdays', 'from', 'to', 'timeZone'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function RuleForm({ current, reload }: { current: EscalationSettings; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const save = useSaveEscalationSettings();
  const [values, setValues] = useState(current);
  useEffect(() => setValues(current), [current]);
  const zones = useMemo(() => timeZoneOptions(current.timeZone), [current.timeZone]);
  const set = <K extends keyof EscalationSettings>(key: K, value: EscalationSettings[K]) => setValues((v) => ({ ...v, [key]: value }));
  // Monday first, named in the interface language.
  const dayName = (d: number) => new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d)));

  const form = useRecordForm({
    fields: FIELDS,
    values,
    baseline: current,
    validate: () => {
      const errors: Record<string, string> = {};
      if (!Number.isInteger(values.minutes) || values.minutes < 1) errors.minutes = 'too_small';
      else if (values.minutes > 10080) errors.minutes = 'too_big';
      if (values.weekdays.length === 0) errors.weekdays = 'required';
      if (!HHMM.test(values.from)) errors.from = 'invalid_time';
      if (!HHMM.test(values.to) && values.to !== '24:00') errors.to = 'invalid_time';
      else if (HHMM.test(values.from) && values.from >= values.to) errors.to = 'not_after_from';
      return errors;
    },
    save: () => save.mutateAsync({ enabled: values.enabled, minutes: values.minutes, weekdays: values.weekdays, from: values.from, to: values.to, timeZone: values.timeZone, version: current.version }),
    // The rule as it is now comes back through the query; the effect above puts it into the form.
    onReload: () => reload(),
    fieldText: (code) => t(`escalations.errors.${code}`, { defaultValue: t('escalations.errors.invalid') }),
  });

  return (
    <Paper withBorder radius="md" p="md" maw={640}>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="sm">
          {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
          {form.saved ? <Alert color="green" icon={<IconCheck size={18} />} role="status">{t('escalations.settings.saved')}</Alert> : null}
          <Switch label={t('escalations.settings.enabled')} checked={values.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
          <NumberInput label={t('escalations.settings.minutes')} description={t('escalations.settings.minutesHint')} min={1} max={10080} allowDecimal={false}
            value={values.minutes} onChange={(v) => set('minutes', typeof v === 'number' ? v : Number(v))} error={form.errors.minutes} inputWrapperOrder={['label', 'input', 'description', 'error']} />
          <Checkbox.Group label={t('escalations.settings.weekdays')} value={values.weekdays.map(String)} onChange={(v) => set('weekdays', v.map(Number).sort((a, b) => a - b))} error={form.errors.weekdays}>
            <Group gap="md" mt={4}>
              {WEEKDAYS.map((d) => <Checkbox key={d} value={String(d)} label={dayName(d)} />)}
            </Group>
          </Checkbox.Group>
          <Group grow>
            <TextInput label={t('escalations.settings.from')} placeholder="09:00" value={values.from} onChange={(e) => set('from', e.currentTarget.value)} error={form.errors.from} />
            <TextInput label={t('escalations.settings.to')} placeholder="18:00" value={values.to} onChange={(e) => set('to', e.currentTarget.value)} error={form.errors.to} />
          </Group>
          <Select label={t('escalations.settings.timeZone')} data={zones} value={values.timeZone} onChange={(v) => v && set('timeZone', v)} searchable limit={80} allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')} error={form.errors.timeZone} />
          <Text size="sm" c="dimmed">{t('escalations.settings.example', { minutes: values.minutes })}</Text>
          <Group justify="flex-end">
            <Button type="submit" loading={form.pending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Settings → Escalation: the rule that passes an unhandled new request to its owner, then the department head. */
export default function EscalationSettingsPage() {
  const { t } = useTranslation();
  const settings = useEscalationSettings();
  return (
    <SettingsPage title={t('escalations.settings.title')} description={t('escalations.settings.description')}>
      {settings.isPending ? <ContentSkeleton /> : settings.isError ? <ErrorState message={apiErrorText(t, settings.error)} onRetry={() => void settings.refetch()} /> : <RuleForm current={settings.data} reload={() => settings.refetch()} />}
    </SettingsPage>
  );
}
