import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
import type { Choice } from '../../records/screens';
import { startBulk, type BulkAnswer } from '../jobs/jobs.api';

interface BulkConfirmProps {
  entityType: string;
  /** `assign_owner`, `add_tags`, `remove_tags`, `delete` or `set_<field>`. */
  action: string;
  /** The records: picked ids, or every record the list's filter matches. */
  selection: { ids: string[] } | { match: Record<string, string> };
  /** How many records, worded (`1,234`), and the number for plurals. */
  size: number;
  count: string;
  users: Choice[];
  tagSuggestions: string[];
  /** The field a `set_<field>` action sets, with its label and choices. */
  setField?: { name: string; label: string; choices: Choice[] };
  onClose: () => void;
  onStarted: (answer: BulkAnswer) => void | Promise<void>;
}

// The list opens inside the dialog, always below its input: measured while the dialog is still
// opening, the room above can look larger, and a list flipped over the dialog's title cannot be clicked.
const DROPDOWN = { withinPortal: false, middlewares: { flip: false, shift: true } };

/** Asks before a bulk action, with the value it needs (owner, tags, a field's value); sends it through the one form hook. */
export function BulkConfirm({ entityType, action, selection, size, count, users, tagSuggestions, setField, onClose, onStarted }: BulkConfirmProps) {
  const { t } = useTranslation();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [value, setValue] = useState<string | null>(null);
  const isTags = action === 'add_tags' || action === 'remove_tags';
  const valueField = action === 'assign_owner' ? 'ownerId' : isTags ? 'tags' : setField ? setField.name : null;

  const form = useRecordForm({
    fields: valueField ? [valueField] : [],
    values: { ownerId, tags, value },
    // A choice in a small dialog is not work to lose: closing it needs no warning.
    guard: false,
    validate: () => {
      const missing = action === 'assign_owner' ? ownerId === null : isTags ? tags.length === 0 : setField ? value === null : false;
      return missing && valueField ? { [valueField]: 'required' } : {};
    },
    fieldText: (code) => (code === 'required' ? t('clients.bulk.pickValue') : fieldErrorText(t, code)),
    save: () =>
      startBulk(entityType, {
        ...selection,
        action,
        ...(action === 'assign_owner' ? { ownerId: ownerId ?? '' } : {}),
        ...(isTags ? { tags } : {}),
        ...(setField ? { [setField.name]: value ?? '' } : {}),
      }),
    onSaved: async (answer) => {
      onClose();
      await onStarted(answer);
    },
  });

  const close = () => {
    if (!form.pending) onClose();
  };
  const isDelete = action === 'delete';

  return (
    <Modal opened onClose={close} title={t(`clients.bulk.titles.${action}`, { count: size, n: count })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          {action === 'assign_owner' ? (
            <Select
              label={t('clients.fields.owner')}
              data={users}
              value={ownerId}
              onChange={(next) => {
                setOwnerId(next);
                form.clearError('ownerId');
              }}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              error={form.errors.ownerId}
              comboboxProps={DROPDOWN}
            />
          ) : isTags ? (
            <TagsInput
              label={t('clients.fields.tags')}
              data={tagSuggestions}
              value={tags}
              onChange={(next) => {
                setTags(next);
                form.clearError('tags');
              }}
              error={form.errors.tags}
              comboboxProps={DROPDOWN}
            />
          ) : setField ? (
            <Select
              label={setField.label}
              data={setField.choices}
              value={value}
              onChange={(next) => {
                setValue(next);
                form.clearError(setField.name);
              }}
              error={form.errors[setField.name]}
              comboboxProps={DROPDOWN}
            />
          ) : (
            <Text size="sm">{t('clients.bulk.deleteText', { count: size, n: count })}</Text>
          )}
          <FormError message={form.formError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={form.pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={isDelete ? 'red' : undefined} loading={form.pending} data-autofocus>
              {isDelete ? t('common.delete') : t('clients.bulk.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
