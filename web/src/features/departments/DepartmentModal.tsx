import { FormError } from '../../components/FormError';
import { useMemo, useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useUsers } from '../users/users.api';
import { useSaveDepartment, type Department } from './departments.api';
import { departmentOptions, subtreeIds, type DepartmentNode } from './tree';

const FIELDS = ['name', 'parentId', 'headUserId'] as const;

export type DepartmentModalState = { mode: 'create'; parentId: string | null } | { mode: 'edit'; department: Department } | null;

interface DepartmentModalProps {
  state: DepartmentModalState;
  departments: Department[];
  nodes: DepartmentNode[];
  onClose: () => void;
}

/** Creates a department or renames, moves and sets the head of one. */
export function DepartmentModal({ state, departments, nodes, onClose }: DepartmentModalProps) {
  const { t } = useTranslation();
  const title = state?.mode === 'edit' ? t('departments.editTitle') : t('departments.createTitle');
  return (
    <GuardedModal opened={state !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {state ? <DepartmentForm key={state.mode === 'edit' ? state.department.id : 'new'} state={state} departments={departments} nodes={nodes} onClose={onClose} /> : null}
    </GuardedModal>
  );
}

function DepartmentForm({ state, departments, nodes, onClose }: DepartmentModalProps & { state: NonNullable<DepartmentModalState> }) {
  const { t } = useTranslation();
  const editing = state.mode === 'edit' ? state.department : null;
  const users = useUsers({ status: 'all' });
  const [name, setName] = useState(editing?.name ?? '');
  const [parentId, setParentId] = useState<string | null>(editing ? editing.parentId : state.mode === 'create' ? state.parentId : null);
  const [headUserId, setHeadUserId] = useState<string | null>(editing?.headUserId ?? null);
  const [version, setVersion] = useState(editing?.version);
  const saveDepartment = useSaveDepartment();
  const form = useRecordForm({
    fields: FIELDS,
    values: { name, parentId, headUserId },
    validate: (): Record<string, string> => (name.trim() ? {} : { name: 'required' }),
    save: () => {
      const input = { name: name.trim(), parentId, headUserId };
      return saveDepartment.mutateAsync(editing ? { id: editing.id, input: { ...input, version: version ?? editing.version } } : { input });
    },
    onSaved: onClose,
    // The server's copy of the department as it is now: its values and version replace the form's.
    onReload: (current) => {
      const fresh = current as Department;
      setName(fresh.name);
      setParentId(fresh.parentId);
      setHeadUserId(fresh.headUserId);
      setVersion(fresh.version);
    },
  });
  const { errors } = form;

  // A department cannot go under itself or anything below it.
  const parentOptions = useMemo(
    () => departmentOptions(nodes, editing ? subtreeIds(departments, editing.id) : new Set()),
    [nodes, departments, editing],
  );
  const headOptions = (users.data ?? [])
    .filter((user) => user.isActive || user.id === editing?.headUserId)
    .map((user) => ({ value: user.id, label: user.name }));

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput
          label={t('departments.form.name')}
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
          label={t('departments.form.parent')}
          placeholder={t('departments.form.topLevel')}
          data={parentOptions}
          value={parentId}
          onChange={(value) => {
            setParentId(value);
            form.clearError('parentId');
          }}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.parentId}
        />
        <Select
          label={t('departments.form.head')}
          placeholder={t('departments.form.noHead')}
          data={headOptions}
          value={headUserId}
          onChange={(value) => {
            setHeadUserId(value);
            form.clearError('headUserId');
          }}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.headUserId}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {editing ? t('common.save') : t('departments.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
