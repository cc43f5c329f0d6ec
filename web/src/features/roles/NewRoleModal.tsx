import { FormError } from '../../components/FormError';
import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRecordForm } from '../../components/form/useRecordForm';
import { roleLabel } from './roleLabel';
import { useCreateRole, type Role } from './roles.api';

interface NewRoleModalProps {
  opened: boolean;
  roles: Role[];
  /** Preselected role to copy from ("Copy" on a role). */
  copyFrom: Role | null;
  onClose: () => void;
}

/** A new role, empty or as a copy of another, then straight on to its rights. */
export function NewRoleModal({ opened, roles, copyFrom, onClose }: NewRoleModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={copyFrom ? t('roles.copyTitle') : t('roles.newTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {opened ? <NewRoleForm roles={roles} copyFrom={copyFrom} onClose={onClose} /> : null}
    </GuardedModal>
  );
}

function NewRoleForm({ roles, copyFrom, onClose }: Omit<NewRoleModalProps, 'opened'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createRole = useCreateRole();
  const [name, setName] = useState(copyFrom ? t('roles.copyName', { name: roleLabel(t, copyFrom.key, copyFrom.name) }) : '');
  const [sourceId, setSourceId] = useState<string | null>(copyFrom?.id ?? null);
  const form = useRecordForm({
    fields: ['name', 'copyFromId'],
    values: { name, sourceId },
    validate: (): Record<string, string> => (name.trim() ? {} : { name: 'required' }),
    save: () => createRole.mutateAsync({ name: name.trim(), ...(sourceId ? { copyFromId: sourceId } : {}) }),
    onSaved: (role) => {
      onClose();
      navigate(`/settings/roles/${role.id}`);
    },
  });
  const { errors } = form;

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <TextInput
          label={t('roles.form.name')}
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            form.clearError('name');
          }}
          error={errors.name}
          data-autofocus
        />
        <Select
          label={t('roles.form.copyFrom')}
          placeholder={t('roles.form.startEmpty')}
          description={t('roles.form.copyFromHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={roles.map((role) => ({ value: role.id, label: roleLabel(t, role.key, role.name) }))}
          value={sourceId}
          onChange={setSourceId}
          clearable
          error={errors.copyFromId}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {t('roles.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
