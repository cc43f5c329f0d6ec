import { useState } from 'react';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { CONTACT_STATUSES, type Contact, type ContactStatus } from '../clients/clientTypes';
import { DateField } from '../../components/form/DateField';
import { ClientFormSections } from '../clients/ClientFormSections';
import { orNull } from '../clients/drafts';
import { useFieldDefs } from '../clients/fieldDefs';
import { FormSection } from '../clients/FormSection';
import { OwnerSelect } from '../clients/OwnerSelect';
import { useCustomDrafts } from '../clients/useCustomDrafts';
import { usePointDrafts } from '../clients/usePointDrafts';
import { useSaveFlow } from '../clients/useSaveFlow';
import { RecordForm } from '../../records/RecordForm';
import { recordPath } from '../../records/registry';
import { RecordFormModal } from '../../records/RecordFormModal';
import type { RecordFormProps } from '../../records/screens';
import { useSaveContact, type ContactInput } from './contacts.api';
import { useFieldLocks } from '../../records/fieldLocks';

export type ContactFormProps = RecordFormProps<Contact>;

const TEXT_FIELDS = ['firstName', 'middleName', 'lastName', 'displayName', 'position', 'birthday', 'status', 'source', 'ownerId', 'website', 'tags', 'notes'] as const;

/** Creates a contact or edits one, in a dialog. */
export function ContactForm({ opened, onClose, record: contact, initialName, onCreated, onReload }: ContactFormProps) {
  const { t } = useTranslation();
  return (
    <RecordFormModal opened={opened} onClose={onClose} title={contact ? t('contacts.editTitle') : t('contacts.createTitle')}>
      <ContactFormBody key={contact ? `${contact.id}:${contact.version}` : 'new'} onClose={onClose} contact={contact ?? null} initialName={initialName} onCreated={onCreated} onReload={onReload} />
    </RecordFormModal>
  );
}

type BodyProps = Omit<ContactFormProps, 'opened' | 'record'> & { contact: Contact | null };

function ContactFormBody({ onClose, contact, initialName, onCreated, onReload }: BodyProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const saveContact = useSaveContact();
  const { defs } = useFieldDefs('contact');
  const [nameFirst, ...nameRest] = (initialName ?? '').trim().split(/\s+/);
  const [fields, setFields] = useState(() => ({
    firstName: contact?.firstName ?? nameFirst ?? '',
    middleName: contact?.middleName ?? '',
    lastName: contact?.lastName ?? nameRest.join(' '),
    displayName: contact && contact.displayName !== autoName(contact) ? contact.displayName : '',
    position: contact?.position ?? '',
    birthday: contact?.birthday ?? '',
    source: contact?.source ?? '',
    website: contact?.website ?? '',
    notes: contact?.notes ?? '',
  }));
  const [status, setStatus] = useState<ContactStatus>(contact?.status ?? 'lead');
  const [ownerId, setOwnerId] = useState<string | null>(contact?.owner.id ?? me.id);
  const [tags, setTags] = useState<string[]>(contact?.tags ?? []);
  const points = usePointDrafts(contact);
  const locks = useFieldLocks('contact', Boolean(contact));
  const custom = useCustomDrafts(defs, contact);
  const known = new Set<string>([...TEXT_FIELDS, ...points.known, ...custom.known]);

  function input(): ContactInput {
    return {
      firstName: orNull(fields.firstName),
      middleName: orNull(fields.middleName),
      lastName: orNull(fields.lastName),
      displayName: orNull(fields.displayName),
      position: orNull(fields.position),
      birthday: orNull(fields.birthday),
      status,
      source: orNull(fields.source),
      website: orNull(fields.website),
      notes: orNull(fields.notes),
      tags,
      ...points.inputs(),
      ...(custom.input() ? { custom: custom.input() } : {}),
      ...(ownerId ? { ownerId } : {}),
    };
  }

  const flow = useSaveFlow<Contact>({
    known,
    values: { fields, status, ownerId, tags, points: points.inputs(), custom: custom.values },
    onReload,
    remap: points.remap,
    validate: (): Record<string, string> => (fields.firstName.trim() || fields.lastName.trim() || fields.displayName.trim() ? {} : { firstName: 'required' }),
    duplicateQuery: () => {
      const body = input();
      const phones = (body.phones ?? []).map((p) => p.value);
      const emails = (body.emails ?? []).map((e) => e.value);
      if (contact) {
        const same =
          fields.firstName === (contact.firstName ?? '') &&
          fields.lastName === (contact.lastName ?? '') &&
          JSON.stringify(phones) === JSON.stringify((contact.phones ?? []).map((p) => p.value)) &&
          JSON.stringify(emails) === JSON.stringify((contact.emails ?? []).map((e) => e.value));
        if (same) return null;
      }
      return { entity: 'contact', id: contact?.id, firstName: body.firstName ?? undefined, lastName: body.lastName ?? undefined, displayName: body.displayName ?? undefined, phones, emails };
    },
    save: () => saveContact.mutateAsync(contact ? { id: contact.id, input: { ...locks.strip(input()), version: contact.version } } : { input: locks.strip(input()) }),
    onSaved: async (saved) => {
      if (contact) onClose();
      else if (onCreated) await onCreated(saved);
      else navigate(recordPath('contact', saved.id));
    },
  });

  const text = (name: keyof typeof fields, props: { label: string; required?: boolean; placeholder?: string; type?: string; testId?: string }) => (
    <TextInput
      label={props.label}
      withAsterisk={props.required}
      placeholder={props.placeholder}
      type={props.type}
      value={fields[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((current) => ({ ...current, [name]: value }));
        flow.clearError(name);
      }}
      error={name === 'firstName' && flow.codes.firstName === 'required' ? t('contacts.form.nameRequired') : flow.errors[name]}
      data-testid={props.testId ?? `contact-${name}`}
    />
  );


  return (
    <RecordForm entityType="contact" flow={flow} onClose={onClose} saveLabel={contact ? t('common.save') : t('contacts.form.create')}>
    <FormSection title={t('clients.form.main')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {text('firstName', { label: t('contacts.fields.firstName') })}
        {text('lastName', { label: t('contacts.fields.lastName') })}
      </SimpleGrid>
    </FormSection>
    <ClientFormSections
      entity="contact"
      points={points}
      website={text('website', { label: t('clients.fields.website'), placeholder: 'https://', type: 'url' })}
      details={
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('middleName', { label: t('contacts.fields.middleName') })}
          {text('displayName', { label: t('contacts.fields.displayName'), placeholder: t('contacts.form.displayNameAuto') })}
          {text('position', { label: t('contacts.fields.position') })}
          <DateField
            label={t('contacts.fields.birthday')}
            value={fields.birthday}
            onChange={(value) => {
              setFields((current) => ({ ...current, birthday: value }));
              flow.clearError('birthday');
            }}
            error={flow.errors.birthday}
            data-testid="contact-birthday"
          />
          <Select
            label={t('clients.fields.status')}
            data={CONTACT_STATUSES.map((value) => ({ value, label: t(`clients.status.${value}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value as ContactStatus)}
            allowDeselect={false}
            error={flow.errors.status}
            data-testid="contact-status"
          />
          <OwnerSelect value={ownerId} onChange={setOwnerId} error={flow.errors.ownerId} current={contact?.owner} />
          {text('source', { label: t('clients.fields.source'), placeholder: t('clients.form.sourcePlaceholder') })}
        </SimpleGrid>
      }
      defs={defs}
      custom={custom}
      tags={tags}
      onTags={setTags}
      notes={fields.notes}
      onNotes={(notes) => setFields((current) => ({ ...current, notes }))}
      flow={flow}
      locks={locks}
    />
    </RecordForm>
  );
}

/** The display name the server makes from the parts; a contact whose name is exactly that has no name of its own. */
function autoName(contact: Contact): string {
  return [contact.firstName, contact.middleName, contact.lastName].filter(Boolean).join(' ');
}
