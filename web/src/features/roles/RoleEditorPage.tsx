import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Switch, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { SaveBar } from '../../components/form/SaveBar';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';
import type { PermissionMatrix as Matrix, Scope } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PipelineRightsField } from '../pipelines/PipelineRightsField';
import { NewRoleModal } from './NewRoleModal';
import { FieldRightsGrid, fieldRightsPatch, type FieldRights } from './FieldRightsGrid';
import { PermissionMatrix, ScopeLegend } from './PermissionMatrix';
import { useRecordFieldFormat } from '../settings/recordFormat';
import { roleLabel } from './roleLabel';
import { useDeleteRole, useReloadRoles, useRoles, useUpdateRole, type Role, type RolesAnswer } from './roles.api';

/** One role: its name, whether it requires two-factor sign-in, its rights matrix and its history. */
export default function RoleEditorPage() {
  const { roleId } = useParams();
  const { t } = useTranslation();
  const roles = useRoles();
  const role = roles.data?.items.find((r) => r.id === roleId);
  const [tab, setTab] = useState<string | null>('rights');

  if (roles.isPending) return <ContentSkeleton />;
  if (roles.isError) return <ErrorState message={apiErrorText(t, roles.error)} onRetry={() => void roles.refetch()} />;
  if (!role) return <NotFoundPage />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/settings/roles" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={14} aria-hidden />
        {t('roles.backToList')}
      </Anchor>
      <Group gap="sm" wrap="wrap">
        <Title order={2} size="h3">
          {roleLabel(t, role.key, role.name)}
        </Title>
        <Badge variant="light" color="gray">
          {role.isBuiltIn ? t('roles.builtInBadge') : t('roles.customBadge')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('roles.people', { count: role.userCount })}
        </Text>
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="rights">{t('roles.tabs.rights')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rights" pt="md">
          <RoleForm key={role.id} role={role} meta={roles.data} all={roles.data.items} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <RoleHistory role={role} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function RoleHistory({ role }: { role: Role }) {
  const reloadRoles = useReloadRoles();
  const format = useRecordFieldFormat(role);
  return (
    <HistoryPanel
      entityType="role"
      entityId={role.id}
      currentVersion={role.version}
      formatField={format}
      onRestored={reloadRoles}
    />
  );
}

function setCell(matrix: Matrix, module: string, action: string, scope: Scope): Matrix {
  return { ...matrix, [module]: { ...matrix[module], [action]: scope } };
}

interface RoleValues {
  name: string;
  description: string;
  requireTwoFactor: boolean;
  permissions: Matrix;
  dealPipelineIds: string[] | null;
  fieldRights: FieldRights;
}

function valuesOf(role: Role): RoleValues {
  return {
    name: role.name, description: role.description ?? '', requireTwoFactor: role.requireTwoFactor, permissions: role.permissions,
    dealPipelineIds: role.dealPipelineIds, fieldRights: role.fieldRights,
  };
}

function RoleForm({ role, meta, all }: { role: Role; meta: RolesAnswer; all: Role[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateRole();
  const deleteRole = useDeleteRole();
  const reloadRoles = useReloadRoles();
  const isAdmin = role.key === 'admin';
  const [values, setValues] = useState(() => valuesOf(role));
  const { name, description, requireTwoFactor, permissions, dealPipelineIds, fieldRights } = values;
  const [copying, setCopying] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const set = <K extends keyof RoleValues>(field: K, value: RoleValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const form = useRecordForm({
    fields: ['name', 'description', 'dealPipelineIds', 'fieldRights'],
    values,
    baseline: valuesOf(role),
    save: () =>
      update.mutateAsync({
        id: role.id,
        ...(role.isBuiltIn ? {} : { name: name.trim() }),
        description: description.trim() || null,
        requireTwoFactor,
        ...(isAdmin ? {} : { permissions, dealPipelineIds, fieldRights: fieldRightsPatch(role.fieldRights, fieldRights) }),
        version: role.version,
      }),
    // The fresh role has a new version, which resets this form to its values.
    onReload: () => reloadRoles(),
  });

  // A new version (saved here, restored from history, reloaded after a conflict) resets the form to it.
  useEffect(() => {
    setValues(valuesOf(role));
  }, [role]);

  function discard() {
    setValues(valuesOf(role));
    form.clear();
  }

  async function remove() {
    await deleteRole.mutateAsync(role.id);
    navigate('/settings/roles', { replace: true });
  }

  const { dirty, errors } = form;
  return (
    <Stack gap="lg">
      {form.conflict ? (
        <ConflictAlert
          title={t('roles.conflictTitle')}
          text={t('roles.conflictText')}
          reloadLabel={t('roles.conflictReload')}
          reloading={form.reloading}
          onReload={() => void form.reload()}
        />
      ) : (
        <FormError message={form.formError} />
      )}
      {form.saved && !dirty ? (
        <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={form.dismissSaved} closeButtonLabel={t('common.close')}>
          {t('roles.saved')}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          {role.isBuiltIn ? (
            <Text size="sm" c="dimmed">
              {t('roles.builtInNameHint')}
            </Text>
          ) : (
            <TextInput label={t('roles.form.name')} required value={name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} maw={420} />
          )}
          <Textarea
            label={t('roles.form.description')}
            value={description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={2}
            maxRows={5}
            maw={640}
          />
          <Switch
            label={t('roles.form.requireTwoFactor')}
            description={t('roles.form.requireTwoFactorHint')}
            checked={requireTwoFactor}
            onChange={(e) => set('requireTwoFactor', e.currentTarget.checked)}
          />
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('roles.matrix.title')}
        </Title>
        {isAdmin ? (
          <Text size="sm" c="dimmed">
            {t('roles.matrix.adminLocked')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('roles.matrix.hint')}
          </Text>
        )}
        <ScopeLegend scopes={meta.scopes} />
        <Paper withBorder radius="md" p={4}>
          <PermissionMatrix
            label={t('roles.matrix.label', { name: roleLabel(t, role.key, role.name) })}
            modules={meta.modules}
            actions={meta.actions}
            scopes={meta.scopes}
            value={permissions}
            saved={role.permissions}
            onChange={isAdmin ? undefined : (module, action, scope) => setValues((current) => ({ ...current, permissions: setCell(current.permissions, module, action, scope) }))}
          />
        </Paper>
      </Stack>
      <PipelineRightsField
        value={dealPipelineIds}
        onChange={isAdmin ? undefined : (ids) => {
          set('dealPipelineIds', ids);
          form.clearError('dealPipelineIds');
        }}
        error={errors.dealPipelineIds}
      />
      <FieldRightsGrid
        value={fieldRights}
        onChange={isAdmin ? undefined : (next) => {
          set('fieldRights', next);
          form.clearError('fieldRights');
        }}
        error={errors.fieldRights}
      />
      <SaveBar
        dirty={dirty}
        pending={form.pending}
        onSave={() => void form.submit()}
        onDiscard={discard}
        extra={
          <>
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setCopying(true)}>
              {t('roles.copy')}
            </Button>
            {role.isBuiltIn ? null : (
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                {t('common.delete')}
              </Button>
            )}
          </>
        }
      />
      <NewRoleModal opened={copying} roles={all} copyFrom={role} onClose={() => setCopying(false)} />
      <ConfirmDialog
        opened={deleting}
        title={t('roles.deleteTitle', { name: roleLabel(t, role.key, role.name) })}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(false)}
        onConfirm={remove}
      >
        {t('roles.deleteText')}
      </ConfirmDialog>
    </Stack>
  );
}
