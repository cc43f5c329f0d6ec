import { FormError } from '../../components/FormError';
import { useMemo, useState } from 'react';
import { Button, Group, PasswordInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { departmentOptions, flattenTree } from '../departments/tree';
import { useDepartments } from '../departments/departments.api';
import { BUILT_IN_ROLE_KEYS, roleLabel } from '../roles/roleLabel';
import { useRoles } from '../roles/roles.api';
import { useWorkspace } from '../workspace/workspace.api';
import type { CreateUserInput, UserAdmin } from './users.api';

// The default of the sign-in policy, until the workspace's own minimum is known (the server checks it).
const PASSWORD_MIN = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS = ['name', 'email', 'role', 'departmentId', 'password'] as const;
type Field = (typeof FIELDS)[number];

export interface UserFormValues {
  name: string;
  email: string;
  role: string;
  departmentId: string | null;
  access: 'password' | 'invite';
  password: string;
}

interface UserFormProps {
  /** The user being edited; none when creating. */
  user?: UserAdmin;
  /** Saves; an ApiError it throws is shown on the fields it names. */
  onSubmit: (values: CreateUserInput) => Promise<void>;
  /** Reloads the person after a version conflict. */
  onReload?: () => unknown;
  onCancel: () => void;
  /** Whether the signed-in user may change this person (else the form is read-only). */
  readOnly?: boolean;
}

function validate(values: UserFormValues, creating: boolean, passwordMin: number): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) errors.name = 'required';
  if (!values.email.trim()) errors.email = 'required';
  else if (!EMAIL.test(values.email.trim())) errors.email = 'invalid_email';
  if (!values.role) errors.role = 'required';
  if (creating && values.access === 'password') {
    if (!values.password) errors.password = 'required';
    else if ([...values.password].length < passwordMin) errors.password = 'too_short';
  }
  return errors;
}

/** Name, email, role and department of a person; when creating, also how they get their password. */
export function UserForm({ user, onSubmit, onReload, onCancel, readOnly = false }: UserFormProps) {
  const { t, i18n } = useTranslation();
  const creating = !user;
  const roles = useRoles();
  const departments = useDepartments();
  const passwordMin = useWorkspace().data?.settings.signIn?.passwordMinLength ?? PASSWORD_MIN;
  const [values, setValues] = useState<UserFormValues>({
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? 'manager',
    departmentId: user?.departmentId ?? null,
    access: 'password',
    password: '',
  });
  const roleOptions = useMemo(() => {
    const items = roles.data?.items.map((role) => ({ value: role.key, label: roleLabel(t, role.key, role.name) }));
    const options = items ?? BUILT_IN_ROLE_KEYS.map((key) => ({ value: key, label: roleLabel(t, key) }));
    if (user && !options.some((o) => o.value === user.role)) options.push({ value: user.role, label: roleLabel(t, user.role, user.roleName) });
    return options;
  }, [roles.data, t, user]);
  const nodes = useMemo(() => flattenTree(departments.data ?? [], i18n.resolvedLanguage ?? 'en'), [departments.data, i18n.resolvedLanguage]);

  const form = useRecordForm({
    fields: FIELDS,
    values,
    validate: () => validate(values, creating, passwordMin),
    save: () =>
      onSubmit({
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        departmentId: values.departmentId,
        ...(creating && values.access === 'password' ? { password: values.password } : {}),
      }),
    onReload,
    fieldText: (code, path) => fieldErrorText(t, code, path === 'password' ? { min: passwordMin } : {}),
    guard: !readOnly,
  });
  const { errors } = form;

  function change<K extends keyof UserFormValues>(field: K, value: UserFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput
          label={t('users.form.name')}
          required
          value={values.name}
          onChange={(e) => change('name', e.currentTarget.value)}
          error={errors.name}
          readOnly={readOnly}
          data-autofocus
        />
        <TextInput
          label={t('users.form.email')}
          type="email"
          required
          value={values.email}
          onChange={(e) => change('email', e.currentTarget.value)}
          error={errors.email}
          readOnly={readOnly}
        />
        <Select
          label={t('users.form.role')}
          required
          data={roleOptions}
          value={values.role}
          onChange={(value) => value && change('role', value)}
          allowDeselect={false}
          error={errors.role}
          readOnly={readOnly}
        />
        <Select
          label={t('users.form.department')}
          placeholder={t('users.form.noDepartment')}
          data={departmentOptions(nodes)}
          value={values.departmentId}
          onChange={(value) => change('departmentId', value)}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors.departmentId}
          readOnly={readOnly}
        />
        {creating ? (
          <>
            <Radio.Group
              label={t('users.form.access')}
              value={values.access}
              onChange={(value) => change('access', value as UserFormValues['access'])}
            >
              <Stack gap={6} mt={6}>
                <Radio value="password" label={t('users.form.setPassword')} />
                <Radio value="invite" label={t('users.form.sendInvite')} description={t('users.form.sendInviteHint')} />
              </Stack>
            </Radio.Group>
            {values.access === 'password' ? (
              <PasswordInput
                label={t('users.form.password')}
                description={errors.password ? undefined : t('auth.setup.passwordHint', { count: passwordMin })}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => change('password', e.currentTarget.value)}
                error={errors.password}
              />
            ) : null}
          </>
        ) : null}
        {readOnly ? null : (
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.pending}>
              {creating ? t('users.form.create') : t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
