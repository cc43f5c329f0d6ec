import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';
import { useReloadPipelines } from './pipelines.api';

interface NameModalProps {
  opened: boolean;
  title: string;
  label: string;
  submitLabel: string;
  initial: string;
  onClose: () => void;
  /** Saves the name; a 409 offers a reload, which closes the dialog so the list shows the fresh copy. */
  onSave: (name: string) => Promise<unknown>;
  takenText?: string;
}

/** A dialog with one name: a new pipeline or lost reason, or a new name for one. */
export function NameModal({ opened, title, onClose, ...rest }: NameModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {opened ? <NameForm onClose={onClose} {...rest} /> : null}
    </GuardedModal>
  );
}

function NameForm({ label, submitLabel, initial, onClose, onSave, takenText }: Omit<NameModalProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const reload = useReloadPipelines();
  const [name, setName] = useState(initial);
  const form = useRecordForm({
    fields: ['name'],
    values: { name },
    validate: (): Record<string, string> => (name.trim() ? {} : { name: 'required' }),
    save: () => onSave(name.trim()),
    onSaved: onClose,
    // Someone changed it first: the lists reload and the dialog closes on the fresh copy.
    onReload: async () => {
      await reload();
      onClose();
    },
    fieldText: (code) => (code === 'taken' && takenText ? takenText : t(`errors.field.${code}`, { defaultValue: t('errors.field.invalid') })),
  });
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput
          label={label}
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            form.clearError('name');
          }}
          error={form.errors.name}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
