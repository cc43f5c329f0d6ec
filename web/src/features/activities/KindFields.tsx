import { ActionIcon, Group, MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../clients/FormSection';
import { ClientPicker } from '../deals/ClientPicker';
import { useAllUsers } from '../users/users.api';
import type { ActivityDraft } from './activityDraft';

export interface SectionProps {
  draft: ActivityDraft;
  set: (patch: Partial<ActivityDraft>) => void;
  errors: Record<string, string | undefined>;
  clearError: (path: string) => void;
}

/** A meeting's end, place and participants: colleagues, and contact persons the user can see (found by search). */
export function MeetingFields({ draft, set, errors, clearError }: SectionProps) {
  const { t } = useTranslation();
  const users = useAllUsers();
  const colleagues = (users.data ?? []).filter((user) => user.isActive || draft.userIds.includes(user.id)).map((user) => ({ value: user.id, label: user.name }));
  return (
    <FormSection title={t('activities.form.meeting')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {!draft.allDay ? (
          <TextInput
            label={t('activities.fields.endsAt')}
            type="datetime-local"
            value={draft.ends}
            onChange={(event) => {
              set({ ends: event.currentTarget.value });
              clearError('endsAt');
            }}
            error={errors.endsAt}
            data-testid="activity-ends"
          />
        ) : null}
        <TextInput label={t('activities.fields.place')} value={draft.place} onChange={(event) => set({ place: event.currentTarget.value })} error={errors.place} />
      </SimpleGrid>
      <MultiSelect
        label={t('activities.fields.colleagues')}
        data={colleagues}
        value={draft.userIds}
        onChange={(userIds) => {
          set({ userIds });
          clearError('participants');
        }}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        error={errors.participants}
      />
      <Stack gap={6}>
        <ClientPicker
          entity="contact"
          label={t('activities.fields.people')}
          value={null}
          onChange={(person) => {
            if (person && !draft.people.some((p) => p.id === person.id)) set({ people: [...draft.people, person] });
          }}
          testId="activity-person"
        />
        {draft.people.map((person) => (
          <Group key={person.id} gap={4} wrap="nowrap">
            <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
              {person.name}
            </Text>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('activities.form.removePerson', { name: person.name })} onClick={() => set({ people: draft.people.filter((p) => p.id !== person.id) })}>
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </FormSection>
  );
}

/** A call's direction and length. */
export function CallFields({ draft, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('activities.form.call')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SegmentedControl
          value={draft.direction}
          onChange={(direction) => set({ direction: direction === 'in' ? 'in' : 'out' })}
          data={[
            { value: 'out', label: t('activities.direction.out') },
            { value: 'in', label: t('activities.direction.in') },
          ]}
          aria-label={t('activities.fields.direction')}
        />
        <NumberInput
          label={t('activities.fields.durationMinutes')}
          value={draft.durationMinutes}
          onChange={(durationMinutes) => set({ durationMinutes })}
          min={0}
          max={10_080}
          allowDecimal={false}
          error={errors.durationSeconds}
        />
      </SimpleGrid>
    </FormSection>
  );
}
