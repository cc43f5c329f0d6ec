import { useState } from 'react';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { COMPANY_SIZES, type Company, type CompanySize } from '../clients/clientTypes';
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
import { useSaveCompany, type CompanyInput } from './companies.api';
import { useFieldLocks } from '../../records/fieldLocks';
import { LockedField } from '../../components/form/LockedField';

export type CompanyFormProps = RecordFormProps<Company>;

const TEXT_FIELDS = ['name', 'legalName', 'taxId', 'website', 'industry', 'size', 'source', 'ownerId', 'tags', 'notes'] as const;

/** Creates a company or edits one, in a dialog. */
export function CompanyForm({ opened, onClose, record: company, initialName, onCreated, onReload }: CompanyFormProps) {
  const { t } = useTranslation();
  return (
    <RecordFormModal opened={opened} onClose={onClose} title={company ? t('companies.editTitle') : t('companies.createTitle')}>
      <CompanyFormBody key={company ? `${company.id}:${company.version}` : 'new'} onClose={onClose} company={company ?? null} initialName={initialName} onCreated={onCreated} onReload={onReload} />
    </RecordFormModal>
  );
}

type BodyProps = Omit<CompanyFormProps, 'opened' | 'record'> & { company: Company | null };

function CompanyFormBody({ onClose, company, initialName, onCreated, onReload }: BodyProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const saveCompany = useSaveCompany();
  const { defs } = useFieldDefs('company');
  const [fields, setFields] = useState(() => ({
    name: company?.name ?? initialName?.trim() ?? '',
    legalName: company?.legalName ?? '',
    taxId: company?.taxId ?? '',
    website: company?.website ?? '',
    industry: company?.industry ?? '',
    source: company?.source ?? '',
    notes: company?.notes ?? '',
  }));
  const [size, setSize] = useState<CompanySize | null>(company?.size ?? null);
  const [ownerId, setOwnerId] = useState<string | null>(company?.owner.id ?? me.id);
  const [tags, setTags] = useState<string[]>(company?.tags ?? []);
  const points = usePointDrafts(company);
  const locks = useFieldLocks('company', Boolean(company));
  const custom = useCustomDrafts(defs, company);
  const known = new Set<string>([...TEXT_FIELDS, ...points.known, ...custom.known]);

  function input(): CompanyInput {
    return {
      name: fields.name.trim(),
      legalName: orNull(fields.legalName),
      taxId: orNull(fields.taxId),
      website: orNull(fields.website),
      industry: orNull(fields.industry),
      size,
      source: orNull(fields.source),
      notes: orNull(fields.notes),
      tags,
      ...points.inputs(),
      ...(custom.input() ? { custom: custom.input() } : {}),
      ...(ownerId ? { ownerId } : {}),
    };
  }

  const flow = useSaveFlow<Company>({
    known,
    values: { fields, size, ownerId, tags, points: points.inputs(), custom: custom.values },
    onReload,
    remap: points.remap,
    validate: (): Record<string, string> => (fields.name.trim() ? {} : { name: 'required' }),
    duplicateQuery: () => {
      const body = input();
      const phones = (body.phones ?? []).map((p) => p.value);
      const emails = (body.emails ?? []).map((e) => e.value);
      if (company) {
        const same =
          fields.name.trim() === company.name &&
          (body.taxId ?? null) === company.taxId &&
          JSON.stringify(phones) === JSON.stringify((company.phones ?? []).map((p) => p.value)) &&
          JSON.stringify(emails) === JSON.stringify((company.emails ?? []).map((e) => e.value));
        if (same) return null;
      }
      return { entity: 'company', id: company?.id, name: body.name, taxId: body.taxId ?? undefined, phones, emails };
    },
    save: () => saveCompany.mutateAsync(company ? { id: company.id, input: { ...locks.strip(input()), version: company.version } } : { input: locks.strip(input()) }),
    onSaved: async (saved) => {
      if (company) onClose();
      else if (onCreated) await onCreated(saved);
      else navigate(recordPath('company', saved.id));
    },
  });

  const text = (name: keyof typeof fields, props: { label: string; required?: boolean; placeholder?: string; type?: string }) => (
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
      error={flow.errors[name]}
      data-testid={`company-${name}`}
    />
  );


  return (
    <RecordForm entityType="company" flow={flow} onClose={onClose} saveLabel={company ? t('common.save') : t('companies.form.create')}>
    <FormSection title={t('clients.form.main')}>
      {text('name', { label: t('companies.fields.name'), required: true })}
    </FormSection>
    <ClientFormSections
      entity="company"
      points={points}
      website={text('website', { label: t('clients.fields.website'), placeholder: 'https://', type: 'url' })}
      details={
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('legalName', { label: t('companies.fields.legalName') })}
          <LockedField right={locks.rightOf('taxId')}>{text('taxId', { label: t('companies.fields.taxId') })}</LockedField>
          {text('industry', { label: t('companies.fields.industry') })}
          <Select
            label={t('companies.fields.size')}
            placeholder={t('companies.form.sizeUnknown')}
            data={COMPANY_SIZES.map((value) => ({ value, label: t('companies.sizeOption', { size: value }) }))}
            value={size}
            onChange={(value) => setSize(value as CompanySize | null)}
            clearable
            error={flow.errors.size}
            data-testid="company-size"
          />
          <OwnerSelect value={ownerId} onChange={setOwnerId} error={flow.errors.ownerId} current={company?.owner} />
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
