import { useState } from 'react';
import { Checkbox, SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { FormSection } from '../clients/FormSection';
import { OwnerSelect } from '../clients/OwnerSelect';
import { useSaveFlow } from '../clients/useSaveFlow';
import { ClientPicker } from '../deals/ClientPicker';
import { RecordForm } from '../../records/RecordForm';
import { recordPath } from '../../records/registry';
import { RecordFormModal } from '../../records/RecordFormModal';
import type { RecordFormProps } from '../../records/screens';
import { useSaveActivity, type Activity } from './activities.api';
import { defaultStatus, draftOf, inputOf, type ActivityDraft, type ActivityPreset } from './activityDraft';
import { CallFields, MeetingFields } from './KindFields';
import { useKindChoices } from './kindChoices';
import { PlanningFields } from './PlanningFields';

export type { ActivityPreset } from './activityDraft';

const FIELDS = ['kind', 'title', 'body', 'status', 'dueAt', 'dueDay', 'endsAt', 'place', 'participants', 'direction', 'durationSeconds', 'result', 'priority', 'checklist', 'recurrence', 'reminderMinutes', 'contactId', 'companyId', 'dealId', 'ownerId'];

type ActivityFormProps = Omit<RecordFormProps<Activity>, 'initialName'> & { initialName?: string; preset?: ActivityPreset };

/** Logs a call, a meeting, a letter or a note, or plans a task; edits one. In a dialog. */
export function ActivityForm({ opened, onClose, record, initialName, preset, onCreated, onReload }: ActivityFormProps) {
  const { t } = useTranslation();
  return (
    <RecordFormModal opened={opened} onClose={onClose} title={record ? t('activities.editTitle') : t('activities.createTitle')}>
      <ActivityFormBody key={record ? `${record.id}:${record.version}` : 'new'} activity={record ?? null} initialName={initialName} preset={preset} onClose={onClose} onCreated={onCreated} onReload={onReload} />
    </RecordFormModal>
  );
}

interface BodyProps extends Pick<ActivityFormProps, 'onClose' | 'onCreated' | 'onReload' | 'preset' | 'initialName'> {
  activity: Activity | null;
}

function ActivityFormBody({ activity, preset, initialName, onClose, onCreated, onReload }: BodyProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const save = useSaveActivity();
  const kinds = useKindChoices(activity?.kind);
  const [draft, setDraft] = useState<ActivityDraft>(() => ({ ...draftOf(activity, preset, me.id, me.timeZone), ...(initialName && !activity ? { title: initialName } : {}) }));
  const set = (patch: Partial<ActivityDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const known = new Set([...FIELDS, ...draft.checklist.map((_, i) => `checklist.${i}.text`), ...['every', 'interval', 'unit', 'weekdays', 'monthDay', 'until', 'count'].map((f) => `recurrence.${f}`)]);

  const flow = useSaveFlow<Activity>({
    known,
    values: draft,
    onReload,
    validate: (): Record<string, string> => ({
      ...(draft.title.trim() ? {} : { title: 'required' }),
      ...(draft.status === 'planned' && !draft.when ? { dueAt: 'required' } : {}),
    }),
    duplicateQuery: () => null,
    save: () => {
      const input = inputOf(draft, me.timeZone);
      return save.mutateAsync(activity ? { id: activity.id, input: { ...input, version: activity.version } } : { input });
    },
    onSaved: async (saved) => {
      if (activity) onClose();
      else if (onCreated) await onCreated(saved);
      else navigate(recordPath('activity', saved.id));
    },
  });
  const dueError = flow.errors.dueAt ?? flow.errors.dueDay;
  const planned = draft.status === 'planned';

  return (
    <RecordForm entityType="activity" flow={flow} onClose={onClose} saveLabel={activity ? t('common.save') : planned ? t('activities.form.plan') : t('activities.form.log')}>
      <FormSection title={t('clients.form.main')}>
        <SegmentedControl
          fullWidth
          value={draft.kind}
          data={kinds}
          onChange={(kind) => set({ kind, ...(activity ? {} : { status: defaultStatus(kind) }) })}
          aria-label={t('activities.fields.kind')}
          data-testid="activity-kind"
          styles={{ root: { flexWrap: 'wrap' } }}
        />
        <TextInput
          label={t('activities.fields.title')}
          withAsterisk
          value={draft.title}
          onChange={(event) => {
            set({ title: event.currentTarget.value });
            flow.clearError('title');
          }}
          error={flow.errors.title}
          data-testid="activity-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('activities.fields.status')}
            data={[
              { value: 'planned', label: t('activities.status.planned') },
              { value: 'done', label: t('activities.status.done') },
            ]}
            value={draft.status}
            onChange={(status) => set({ status: status === 'done' ? 'done' : 'planned' })}
            allowDeselect={false}
            error={flow.errors.status}
            data-testid="activity-status"
          />
          <OwnerSelect value={draft.ownerId} onChange={(ownerId) => set({ ownerId })} error={flow.errors.ownerId} current={activity?.owner} />
          <TextInput
            label={planned ? (draft.kind === 'meeting' ? t('activities.fields.startsAt') : t('activities.fields.dueAt')) : t('activities.fields.happenedAt')}
            withAsterisk={planned}
            type={draft.allDay ? 'date' : 'datetime-local'}
            value={draft.when}
            onChange={(event) => {
              set({ when: event.currentTarget.value });
              flow.clearError('dueAt');
              flow.clearError('dueDay');
            }}
            error={dueError}
            data-testid="activity-when"
          />
          <Checkbox
            mt={{ base: 0, sm: 30 }}
            label={t('activities.fields.allDay')}
            checked={draft.allDay}
            onChange={(event) => {
              const allDay = event.currentTarget.checked;
              set({ allDay, when: allDay ? draft.when.slice(0, 10) : draft.when ? `${draft.when.slice(0, 10)}T09:00` : '' });
            }}
            data-testid="activity-all-day"
          />
        </SimpleGrid>
      </FormSection>
      {draft.kind === 'meeting' ? <MeetingFields draft={draft} set={set} errors={flow.errors} clearError={flow.clearError} /> : null}
      {draft.kind === 'call' ? <CallFields draft={draft} set={set} errors={flow.errors} clearError={flow.clearError} /> : null}
      {planned ? <PlanningFields draft={draft} set={set} errors={flow.errors} clearError={flow.clearError} /> : null}
      <FormSection title={t('activities.form.links')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <ClientPicker entity="deal" label={t('activities.fields.deal')} value={draft.deal} onChange={(deal) => set({ deal })} error={flow.errors.dealId} testId="activity-deal" />
          <ClientPicker entity="contact" label={t('activities.fields.contact')} value={draft.contact} onChange={(contact) => set({ contact })} error={flow.errors.contactId} testId="activity-contact" />
          <ClientPicker entity="company" label={t('activities.fields.company')} value={draft.company} onChange={(company) => set({ company })} error={flow.errors.companyId} testId="activity-company" />
        </SimpleGrid>
      </FormSection>
      <FormSection title={t('clients.form.other')}>
        {!planned || draft.kind === 'call' ? (
          <Textarea label={t('activities.fields.result')} autosize minRows={2} maxRows={6} value={draft.result} onChange={(event) => set({ result: event.currentTarget.value })} error={flow.errors.result} data-testid="activity-result" />
        ) : null}
        <Textarea label={t('activities.fields.body')} autosize minRows={2} maxRows={10} value={draft.body} onChange={(event) => set({ body: event.currentTarget.value })} error={flow.errors.body} data-testid="activity-body" />
      </FormSection>
    </RecordForm>
  );
}
