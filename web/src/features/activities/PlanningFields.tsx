import { ActionIcon, Button, Checkbox, Chip, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../clients/FormSection';
import { PRIORITIES } from './activities.api';
import type { RecurrenceEvery, RecurrenceUnit } from './activityDraft';
import type { SectionProps } from './KindFields';

const REMINDERS = ['', '0', '5', '15', '30', '60', '120', '1440'];
const EVERY: RecurrenceEvery[] = ['none', 'daily', 'weekly', 'monthly', 'custom'];
const UNITS: RecurrenceUnit[] = ['day', 'week', 'month'];
// ISO weekdays, Monday first; their names come from the locale.
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function weekdayName(day: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

/** What planned work has: priority, a reminder, repetition and a checklist. */
export function PlanningFields({ draft, set, errors, clearError }: SectionProps) {
  const { t, i18n } = useTranslation();
  const reminderLabel = (value: string) => (value === '' ? t('activities.reminder.none') : value === '0' ? t('activities.reminder.atTime') : t('activities.reminder.before', { count: Number(value), minutes: Number(value) }));
  return (
    <FormSection title={t('activities.form.planning')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('activities.fields.priority')}
          data={PRIORITIES.map((value) => ({ value, label: t(`activities.priority.${value}`) }))}
          value={draft.priority}
          onChange={(value) => set({ priority: PRIORITIES.find((p) => p === value) ?? 'normal' })}
          allowDeselect={false}
          error={errors.priority}
        />
        <Select
          label={t('activities.fields.reminder')}
          data={REMINDERS.map((value) => ({ value, label: reminderLabel(value) }))}
          value={draft.reminder}
          onChange={(value) => {
            set({ reminder: value ?? '' });
            clearError('reminderMinutes');
          }}
          allowDeselect={false}
          error={errors.reminderMinutes}
          data-testid="activity-reminder"
        />
        <Select
          label={t('activities.fields.recurrence')}
          data={EVERY.map((value) => ({ value, label: t(`activities.recurrence.${value}`) }))}
          value={draft.every}
          onChange={(value) => set({ every: EVERY.find((e) => e === value) ?? 'none' })}
          allowDeselect={false}
          error={errors.recurrence ?? errors['recurrence.every']}
          data-testid="activity-recurrence"
        />
      </SimpleGrid>
      {draft.every === 'weekly' ? (
        <Chip.Group multiple value={draft.weekdays} onChange={(weekdays) => set({ weekdays })}>
          <Group gap={6}>
            {WEEKDAYS.map((day) => (
              <Chip key={day} value={String(day)} size="xs">
                {weekdayName(day, i18n.language)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : null}
      {draft.every !== 'none' ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {draft.every === 'custom' ? (
            <>
              <NumberInput label={t('activities.recurrence.interval')} value={draft.interval} onChange={(interval) => set({ interval })} min={1} max={366} allowDecimal={false} error={errors['recurrence.interval']} />
              <Select label={t('activities.recurrence.unit')} data={UNITS.map((value) => ({ value, label: t(`activities.recurrence.units.${value}`) }))} value={draft.unit} onChange={(value) => set({ unit: UNITS.find((u) => u === value) ?? 'week' })} allowDeselect={false} />
            </>
          ) : null}
          {draft.every === 'monthly' ? (
            <NumberInput label={t('activities.recurrence.monthDay')} value={draft.monthDay} onChange={(monthDay) => set({ monthDay })} min={1} max={31} allowDecimal={false} error={errors['recurrence.monthDay']} />
          ) : null}
          <DateField label={t('activities.recurrence.until')} value={draft.until} onChange={(until) => set({ until })} error={errors['recurrence.until']} />
        </SimpleGrid>
      ) : null}
      <Stack gap={6}>
        {draft.checklist.map((item, index) => (
          <Group key={index} gap={6} wrap="nowrap">
            <Checkbox
              checked={item.done}
              onChange={(event) => set({ checklist: draft.checklist.map((row, i) => (i === index ? { ...row, done: event.currentTarget.checked } : row)) })}
              aria-label={t('activities.checklist.doneLabel', { n: index + 1 })}
            />
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('activities.checklist.itemLabel', { n: index + 1 })}
              value={item.text}
              onChange={(event) => {
                const text = event.currentTarget.value;
                set({ checklist: draft.checklist.map((row, i) => (i === index ? { ...row, text } : row)) });
              }}
              error={errors[`checklist.${index}.text`]}
            />
            <ActionIcon variant="subtle" color="gray" aria-label={t('activities.checklist.remove', { n: index + 1 })} onClick={() => set({ checklist: draft.checklist.filter((_, i) => i !== index) })}>
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} style={{ alignSelf: 'flex-start' }} onClick={() => set({ checklist: [...draft.checklist, { text: '', done: false }] })}>
          {t('activities.checklist.add')}
        </Button>
      </Stack>
    </FormSection>
  );
}
