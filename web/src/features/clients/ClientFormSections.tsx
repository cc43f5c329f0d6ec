import type { ReactNode } from 'react';
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhoneCandidate } from './clientTypes';
import { CustomFieldsSection } from './CustomFieldsSection';
import type { FieldDef } from './fieldDefs';
import { FormSection } from './FormSection';
import { PointsFields } from './PointsFields';
import { TagsField } from './TagsField';
import type { PointDrafts } from './usePointDrafts';
import { LockedField } from '../../components/form/LockedField';
import type { FieldLocks } from '../../records/fieldLocks';

interface ClientFormSectionsProps {
  entity: string;
  points: PointDrafts;
  /** The website input (the form's own text input, wired to its state). */
  website: ReactNode;
  defs: FieldDef[];
  custom: { values: Record<string, unknown>; set: (key: string, value: unknown) => void };
  tags: string[];
  onTags: (tags: string[]) => void;
  notes: string;
  onNotes: (notes: string) => void;
  flow: { errors: Record<string, string>; codes: Record<string, string>; phoneCandidates: Record<string, PhoneCandidate[]> };
  /** The type's less used fields, shown after the contact details (a phone form starts with name, phone and e-mail). */
  details?: ReactNode;
  /** The viewer's field rights when editing (decision 0027): hidden fields left out, masked and read-only ones disabled. */
  locks?: FieldLocks;
}

/** What the forms of every client record follow their name with: contact details, the type's other fields, custom fields, tags and notes. */
export function ClientFormSections({ entity, points, website, details, defs: allDefs, custom, tags, onTags, notes, onNotes, flow, locks }: ClientFormSectionsProps) {
  const { t } = useTranslation();
  // Custom fields the role may not change are shown on the card only.
  const defs = allDefs.filter((def) => !locks?.rightOf(`custom.${def.key}`));
  return (
    <>
      <FormSection title={t('clients.form.contactDetails')}>
        <PointsFields points={points} errors={flow.errors} codes={flow.codes} phoneCandidates={flow.phoneCandidates} locks={locks} />
        {website}
      </FormSection>
      {details ? <FormSection title={t('clients.card.details')}>{details}</FormSection> : null}
      {defs.length > 0 ? (
        <FormSection title={t('clients.form.customFields')}>
          <CustomFieldsSection defs={defs} values={custom.values} onChange={custom.set} errors={flow.errors} />
        </FormSection>
      ) : null}
      <FormSection title={t('clients.form.other')}>
        <TagsField entity={entity} value={tags} onChange={onTags} error={flow.errors.tags} />
        <LockedField right={locks?.rightOf('notes')}>
        <Textarea
          label={t('clients.fields.notes')}
          autosize
          minRows={3}
          maxRows={10}
          value={notes}
          onChange={(event) => onNotes(event.currentTarget.value)}
          error={flow.errors.notes}
        />
        </LockedField>
      </FormSection>
    </>
  );
}
