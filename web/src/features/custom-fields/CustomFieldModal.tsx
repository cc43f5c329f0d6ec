import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { FormError } from '../../components/FormError';
import { CustomFieldInput } from './CustomFieldInput';
import {
  CUSTOM_FIELD_TYPES, createCustomField, updateCustomField, type CustomField, type CustomFieldEntity, type CustomFieldType,
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
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={state?.mode === 'edit' ? t('customFields.form.editTitle') : t('customFields.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
      size="lg"
    >
      {state ? <FieldForm key={state.mode === 'edit' ? state.field.id : 'new'} state={state} onClose={onClose} /> : null}
    </Modal>
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
  const queryClient = useQueryClient();
  const editing = state.mode === 'edit' ? state.field : null;
  const entity = editing ? editing.entity : state.mode === 'create' ? state.entity : 'contact';
  const [label, setLabel] = useState(editing?.label ?? '');
  const [type, setType] = useState<CustomFieldType>(editing?.type ?? 'text');
  const [options, setOptions] = useState<OptionDraft[]>(() => (editing ? editing.options.map((o) => newOptionDraft(o.label, o.key)) : [newOptionDraft()]));
  const [required, setRequired] = useState(editing?.required ?? false);
  const [defaultValue, setDefaultValue] = useState<unknown>(editing?.defaultValue ?? null);
  const [helpText, setHelpText] = useState(editing?.helpText ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const withOptions = hasOptions(type);
  const filled = options.filter((o) => o.label.trim() !== '');
  // The default is picked among the choices as they stand in the form, new ones included.
  const draftDef = { key: '_default', label: t('customFields.form.defaultValue'), type, required: false, helpText: null, options: filled.map((o) => ({ key: o.key ?? o.uid, label: o.label })) };
  const clear = (field: Field) => setErrors((current) => ({ ...current, [field]: undefined }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const local: Partial<Record<Field, string>> = {};
    if (!label.trim()) local.label = customFieldErrorText(t, 'required');
    if (withOptions && filled.length === 0) local.options = customFieldErrorText(t, 'required');
    if (Object.keys(local).length) return setErrors(local);
    setErrors({});
    setPending(true);
    const mapped = withOptions ? defaultForServer(defaultValue, filled) : { value: defaultValue, pendingLabels: [] };
    const body = {
      label: label.trim(),
      ...(withOptions ? { options: filled.map((o) => ({ ...(o.key ? { key: o.key } : {}), label: o.label.trim() })) } : {}),
      required: type === 'checkbox' ? false : required,
      defaultValue: mapped.value,
      helpText: helpText.trim() || null,
    };
    try {
      let field = editing ? await updateCustomField(editing.id, { ...body, version: editing.version }) : await createCustomField({ ...body, entity, type });
      if (mapped.pendingLabels.length) {
        // A new choice made the default: it has a key only now.
        const keys = mapped.pendingLabels.map((l) => field.options.find((o) => o.label === l)?.key).filter(Boolean) as string[];
        const combined = Array.isArray(defaultValue) ? [...((mapped.value as string[] | null) ?? []), ...keys] : keys[0];
        field = await updateCustomField(field.id, { defaultValue: combined, version: field.version });
      }
      await queryClient.invalidateQueries({ queryKey: ['custom-fields', entity] });
      onClose();
    } catch (error) {
      const fields: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      if (isApiError(error)) {
        for (const [path, code] of Object.entries(error.fields)) {
          if ((FIELDS as readonly string[]).includes(path)) fields[path as Field] = customFieldErrorText(t, code);
          else rest.push(customFieldErrorText(t, code));
        }
      }
      setErrors(fields);
      const placed = Object.keys(fields).length > 0;
      setFormError(placed && rest.length === 0 ? null : rest.length ? rest.join(' ') : apiErrorText(t, error));
      if (isApiError(error, 'conflict')) await queryClient.invalidateQueries({ queryKey: ['custom-fields', entity] });
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
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
          <Button type="submit" loading={pending}>{editing ? t('common.save') : t('customFields.form.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
