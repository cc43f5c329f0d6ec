import { useState, type ReactNode } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { useRecordSearch } from '../clients/clients.api';
import { recordTitle } from '../clients/clientTypes';
import { useRecordForm } from '../../components/form/useRecordForm';
import { clientFieldErrorText } from '../clients/formErrorMap';
import type { LinkInput } from './contactLinks.api';

/** The two sides of a contact–company link. */
export type LinkSide = 'contact' | 'company';

export interface LinkModalState {
  /** Pick a record of this entity (a company for a contact, a person for a company); absent when editing a link. */
  pick?: LinkSide;
  linkId?: string;
  role?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
}

interface LinkModalProps {
  state: LinkModalState | null;
  onClose: () => void;
  /** `pickedId` is the chosen record when picking. May throw an ApiError, shown in place. */
  onSubmit: (input: LinkInput, pickedId: string | null) => Promise<void>;
  /** Under the form, e.g. "or create a new contact". */
  footer?: ReactNode;
}

const FIELDS = ['companyId', 'contactId', 'role', 'startedOn', 'endedOn'];

/** Links a contact and a company (role, from, to), or changes such a link. */
export function LinkModal({ state, onClose, onSubmit, footer }: LinkModalProps) {
  const { t } = useTranslation();
  const title = state?.linkId ? t('clients.links.editTitle') : state?.pick === 'company' ? t('clients.links.addCompanyTitle') : t('clients.links.addPersonTitle');
  return (
    <GuardedModal opened={state !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {state ? <LinkForm state={state} onClose={onClose} onSubmit={onSubmit} footer={footer} /> : null}
    </GuardedModal>
  );
}

function LinkForm({ state, onClose, onSubmit, footer }: LinkModalProps & { state: LinkModalState }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const options = useRecordSearch<{ id: string; displayName?: string; name?: string }>(state.pick ?? 'company', q, !!state.pick);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [role, setRole] = useState(state.role ?? '');
  const [startedOn, setStartedOn] = useState(state.startedOn ?? '');
  const [endedOn, setEndedOn] = useState(state.endedOn ?? '');
  const pickField = state.pick === 'company' ? 'companyId' : 'contactId';
  const form = useRecordForm({
    fields: FIELDS,
    values: { pickedId, role, startedOn, endedOn },
    validate: (): Record<string, string> => (state.pick && !pickedId ? { [pickField]: 'required' } : {}),
    save: () => onSubmit({ role: role.trim() || null, startedOn: startedOn || null, endedOn: endedOn || null }, pickedId),
    onSaved: onClose,
    fieldText: (code) => clientFieldErrorText(t, code),
  });
  const { errors } = form;

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        {state.pick ? (
          <Select
            label={state.pick === 'company' ? t('clients.links.company') : t('clients.links.person')}
            placeholder={t('clients.links.searchPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            data={(options.data ?? []).map((item) => ({ value: item.id, label: recordTitle(item) }))}
            value={pickedId}
            onChange={setPickedId}
            nothingFoundMessage={options.isFetching ? t('common.loading') : t('common.nothingFound')}
            error={errors[pickField]}
            withAsterisk
            data-testid="link-pick"
          />
        ) : null}
        <TextInput label={t('clients.links.role')} placeholder={t('clients.links.rolePlaceholder')} value={role} onChange={(e) => setRole(e.currentTarget.value)} error={errors.role} maxLength={200} data-testid="link-role" />
        <SimpleGrid cols={2} spacing="sm">
          <DateField label={t('clients.links.startedOn')} value={startedOn} onChange={setStartedOn} error={errors.startedOn} />
          <DateField label={t('clients.links.endedOn')} value={endedOn} onChange={setEndedOn} error={errors.endedOn} />
        </SimpleGrid>
        <Group justify="space-between" gap="sm" mt="xs">
          <div>{footer}</div>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.pending} data-testid="link-save">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
