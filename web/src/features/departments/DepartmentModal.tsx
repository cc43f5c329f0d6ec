import { FormError } from '../../components/FormError';
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, formErrors } from '../../app/errorText';
import { useUsers } from '../users/users.api';
import { createDepartment, departmentsKey, updateDepartment, type Department } from './departments.api';
import { departmentOptions, subtreeIds, type DepartmentNode } from './tree';

const FIELDS = ['name', 'parentId', 'headUserId'] as const;
type Field = (typeof FIELDS)[number];

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
    <Modal opened={state !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {state ? <DepartmentForm key={state.mode === 'edit' ? state.department.id : 'new'} state={state} departments={departments} nodes={nodes} onClose={onClose} /> : null}
    </Modal>
  );
}

function DepartmentForm({ state, departments, nodes, onClose }: DepartmentModalProps & { state: NonNullable<DepartmentModalState> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editing = state.mode === 'edit' ? state.department : null;
  const users = useUsers({ status: 'all' });
  const [name, setName] = useState(editing?.name ?? '');
  const [parentId, setParentId] = useState<string | null>(editing ? editing.parentId : state.mode === 'create' ? state.parentId : null);
  const [headUserId, setHeadUserId] = useState<string | null>(editing?.headUserId ?? null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // A department cannot go under itself or anything below it.
  const parentOptions = useMemo(
    () => departmentOptions(nodes, editing ? subtreeIds(departments, editing.id) : new Set()),
    [nodes, departments, editing],
  );
  const headOptions = (users.data ?? [])
    .filter((user) => user.isActive || user.id === editing?.headUserId)
    .map((user) => ({ value: user.id, label: user.name }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!name.trim()) {
      setErrors({ name: fieldErrorText(t, 'required') });
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const input = { name: name.trim(), parentId, headUserId };
      if (editing) await updateDepartment(editing.id, { ...input, version: editing.version });
      else await createDepartment(input);
      await queryClient.invalidateQueries({ queryKey: departmentsKey });
      onClose();
    } catch (error) {
      const split = formErrors(t, error, FIELDS);
      setErrors(split.fields);
      setFormError(split.form);
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <TextInput
          label={t('departments.form.name')}
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setErrors((current) => ({ ...current, name: undefined }));
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
            setErrors((current) => ({ ...current, parentId: undefined }));
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
            setErrors((current) => ({ ...current, headUserId: undefined }));
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
          <Button type="submit" loading={pending}>
            {editing ? t('common.save') : t('departments.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
