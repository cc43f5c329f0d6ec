import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ClientPicker, type PickedRef } from './ClientPicker';

/** One person on a deal as typed: the contact (none yet on a new row) and their role. */
export interface PersonDraft {
  contact: PickedRef | null;
  role: string;
}

interface DealPeopleProps {
  rows: PersonDraft[];
  onChange: (rows: PersonDraft[]) => void;
  errors: Record<string, string>;
}

/** The people of a deal, each with their role in it ("decision maker", "accountant"). */
export function DealPeople({ rows, onChange, errors }: DealPeopleProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<PersonDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('deals.fields.people')}
      </Text>
      {rows.map((row, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid={`person-${index}`}>
          <div style={{ flex: '1 1 55%', minWidth: 0 }}>
            <ClientPicker entity="contact" value={row.contact} onChange={(contact) => set(index, { contact })} error={errors[`people.${index}.contactId`]} testId={`person-contact-${index}`} />
          </div>
          <TextInput
            aria-label={t('deals.fields.role')}
            placeholder={t('deals.form.rolePlaceholder')}
            value={row.role}
            onChange={(event) => set(index, { role: event.currentTarget.value })}
            error={errors[`people.${index}.role`]}
            style={{ flex: '1 1 45%', minWidth: 0 }}
            data-testid={`person-role-${index}`}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" mt={2} aria-label={t('deals.form.removePerson')} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { contact: null, role: '' }])} style={{ alignSelf: 'flex-start' }} data-testid="add-person">
        {t('deals.form.addPerson')}
      </Button>
    </Stack>
  );
}
