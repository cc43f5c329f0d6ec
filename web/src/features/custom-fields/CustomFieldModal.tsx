import { useState } from 'react';
import { Button, Checkbox, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';
import { CustomFieldInput } from './CustomFieldInput';
import {
  CUSTOM_FIELD_TYPES, useSaveCustomField, type CustomField, type CustomFieldEntity, type CustomFieldType,
} from './customFields.api';
import { customFieldErrorText } from './errorText';
import { hasOptions } from './fieldTypes';
import { OptionsEditor, newOptionDraft, type OptionDraft } from './OptionsEditor';

export type CustomFieldModalState = { mode: 'create'; entity: CustomFieldEntity } | { mode: 'edit'; field: CustomField } | null;

const FIELDS = ['label', 'type', 'options', 'required', 'defaultValue', 'helpText'] as const;
type Field = (typeof FIELDS)[number];

/** Creates a custom field or edits one (its type stays what it was). */
export function CustomFieldModal({ state, onClose }: { state: CustomFieldModalState; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal
      opened={state !== null}
      onClose={onClose}
      title={state?.mode === 'edit' ? t('customFields.form.editTitle') : t('customFields.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
      size="lg"
    >
      {state ? <FieldForm key={state.mode === 'edit' ? state.field.id : 'new'} state={state} onClose={onClose} /> : null}
    </GuardedModal>
  );
}

/** Option keys (saved options) or draft uids (new ones) in a default value, mapped to what the server knows. */
function defaultForServer(value: unknown, options: OptionDraft[]): { value: unknown; pendingLabels: string[] } {
  const toKey = (ref: string) => options.find((o) => o.uid === ref || o.key === ref);
  const refs = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  const found = refs.map(toKey).filter((o): o is OptionDraft => o !== undefined);
  const saved = found.filter((o) => o.key).map((o) => o.key!);
  const pendingLabels = found.filter((o) => !o.key).map((o) => o.label.trim());
  return { value: Array.isArray(value) ? (saved.length ? saved : null) : (saved[0] ?? null), pendingLabels };
}

function FieldForm({ state, onClose }: { state: NonNullable<CustomFieldModalState>; onClose: () => void }) {
  const { t } = useTranslation();
  const editing = state.mode === 'edit' ? state.field : null;
  const entity = state.mode === 'edit' ? state.field.entity : state.entity;
  const [label, setLabel] = useState(editing?.label ?? '');
  const [type, setType] = useState<CustomFieldType>(editing?.type ?? 'text');
  const [options, setOptions] = useState<OptionDraft[]>(() => (editing ? editing.options.map((o) => newOptionDraft(o.label, o.key)) : [newOptionDraft()]));
  const [required, setRequired] = useState(editing?.required ?? false);
  const [defaultValue, setDefaultValue] = useState<unknown>(editing?.defaultValue ?? null);
  const [helpText, setHelpText] = useState(editing?.helpText ?? '');
  const [version, setVersion] = useState(editing?.version);
  const saveField = useSaveCustomField(entity);

  const withOptions = hasOptions(type);
  const filled = options.filter((o) => o.label.trim() !== '');
  // The default is picked among the choices as they stand in the form, new ones included.
  const draftDef = { key: '_default', label: t('customFields.form.defaultValue'), type, required: false, helpText: null, options: filled.map((o) => ({ key: o.key ?? o.uid, label: o.label })) };

  const form = useRecordForm({
    fields: FIELDS,
    values: { label, type, options: options.map((o) => o.label), required, defaultValue, helpText },
    validate: () => {
      const local: Record<string, string> = {};
      if (!label.trim()) local.label = 'required';
      if (withOptions && filled.length === 0) local.options = 'required';
      return local;
    },
    save: () => {
      const mapped = withOptions ? defaultForServer(defaultValue, filled) : { value: defaultValue, pendingLabels: [] };
      const body = {
        label: label.trim(),
        ...(withOptions ? { options: filled.map((o) => ({ ...(o.key ? { key: o.key } : {}), label: o.label.trim() })) } : {}),
        required: type === 'checkbox' ? false : required,
        defaultValue: mapped.value,
        helpText: helpText.trim() || null,
      };
      // A new choice made the default: it has a key only once saved, so the default follows in a second change.
      const then = mapped.pendingLabels.length
        ? (field: CustomField) => {
            const keys = mapped.pendingLabels.map((l) => field.options.find((o) => o.label === l)?.key).filter(Boolean) as string[];
            const combined = Array.isArray(defaultValue) ? [...((mapped.value as string[] | null) ?? []), ...keys] : keys[0];
            return { defaultValue: combined, version: field.version };
          }
        : undefined;
      return editing
        ? saveField.mutateAsync({ id: editing.id, input: { ...body, version: version ?? editing.version }, then })
        : saveField.mutateAsync({ input: { ...body, entity, type }, then });
    },
    onSaved: onClose,
    // The server's copy of the field as it is now replaces the form's values and version.
    onReload: (current) => {
      const fresh = current as CustomField;
      setLabel(fresh.label);
      setOptions(fresh.options.map((o) => newOptionDraft(o.label, o.key)));
      setRequired(fresh.required);
      setDefaultValue(fresh.defaultValue ?? null);
      setHelpText(fresh.helpText ?? '');
      setVersion(fresh.version);
    },
    fieldText: (code) => customFieldErrorText(t, code),
  });
  const { errors } = form;
  const clear = (field: Field) => form.clearError(field);

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput label={t('customFields.form.label')} required maxLength={100} value={label} error={errors.label} data-autofocus
          onChange={(e) => { setLabel(e.currentTarget.value); clear('label'); }} />
        <Select
          label={t('customFields.form.type')}
          description={editing ? t('customFields.form.typeFixed') : undefined}
          data={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: t(`customFields.types.${value}`) }))}
          value={type}
          disabled={editing !== null}
          allowDeselect={false}
          error={errors.type}
          onChange={(value) => {
            if (!value) return;
            setType(value as CustomFieldType);
            setDefaultValue(null);
            clear('type');
          }}
        />
        {withOptions ? <OptionsEditor options={options} error={errors.options} onChange={(next) => { setOptions(next); clear('options'); }} /> : null}
        {type !== 'checkbox' ? (
          <Checkbox label={t('customFields.form.required')} description={t('customFields.form.requiredHelp')} checked={required} error={errors.required}
            onChange={(e) => { setRequired(e.currentTarget.checked); clear('required'); }} />
        ) : null}
        <CustomFieldInput key={type} def={draftDef} value={defaultValue} error={errors.defaultValue} label={t('customFields.form.defaultValue')}
          onChange={(value) => { setDefaultValue(value); clear('defaultValue'); }} />
        <Textarea label={t('customFields.form.helpText')} description={t('customFields.form.helpTextHelp')} maxLength={500} autosize minRows={1} maxRows={4}
          value={helpText} error={errors.helpText} onChange={(e) => { setHelpText(e.currentTarget.value); clear('helpText'); }} />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={form.pending}>{editing ? t('common.save') : t('customFields.form.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
