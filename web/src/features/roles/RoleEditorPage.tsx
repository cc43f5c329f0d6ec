import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Switch, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft, IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText, formErrors } from '../../app/errorText';
import type { PermissionMatrix as Matrix, Scope } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import { NotFoundPage } from '../../app/NotFoundPage';
import { NewRoleModal } from './NewRoleModal';
import { PermissionMatrix, ScopeLegend } from './PermissionMatrix';
import { useRecordFieldFormat } from '../settings/recordFormat';
import { roleLabel } from './roleLabel';
import { deleteRole, rolesKey, updateRole, useRoles, type Role, type RolesAnswer } from './roles.api';

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
  const queryClient = useQueryClient();
  const format = useRecordFieldFormat(role);
  return (
    <HistoryPanel
      entityType="role"
      entityId={role.id}
      currentVersion={role.version}
      formatField={format}
      onRestored={() => queryClient.invalidateQueries({ queryKey: rolesKey })}
    />
  );
}

function setCell(matrix: Matrix, module: string, action: string, scope: Scope): Matrix {
  return { ...matrix, [module]: { ...matrix[module], [action]: scope } };
}

function RoleForm({ role, meta, all }: { role: Role; meta: RolesAnswer; all: Role[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isAdmin = role.key === 'admin';
  const [name, setName] = useState(role.name);
  const [description, setDescription] = useState(role.description ?? '');
  const [requireTwoFactor, setRequireTwoFactor] = useState(role.requireTwoFactor);
  const [permissions, setPermissions] = useState<Matrix>(role.permissions);
  const [errors, setErrors] = useState<{ name?: string; description?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const [copying, setCopying] = useState(false);
  const [deleting, setDeleting] = useState(false);

  // A new version (saved here, restored from history, reloaded after a conflict) resets the form to it.
  useEffect(() => {
    setName(role.name);
    setDescription(role.description ?? '');
    setRequireTwoFactor(role.requireTwoFactor);
    setPermissions(role.permissions);
    setErrors({});
  }, [role]);

  const dirty =
    name !== role.name ||
    description !== (role.description ?? '') ||
    requireTwoFactor !== role.requireTwoFactor ||
    JSON.stringify(permissions) !== JSON.stringify(role.permissions);

  // Unsaved rights are easy to lose by closing the tab; the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  async function save() {
    setFailure(null);
    setSaved(false);
    setPending(true);
    try {
      await updateRole(role.id, {
        ...(role.isBuiltIn ? {} : { name: name.trim() }),
        description: description.trim() || null,
        requireTwoFactor,
        ...(isAdmin ? {} : { permissions }),
        version: role.version,
      });
      await queryClient.invalidateQueries({ queryKey: rolesKey });
      setSaved(true);
    } catch (error) {
      const split = formErrors(t, error, ['name', 'description'] as const);
      setErrors(split.fields);
      setFailure(split.form ? error : null);
    } finally {
      setPending(false);
    }
  }

  function discard() {
    setName(role.name);
    setDescription(role.description ?? '');
    setRequireTwoFactor(role.requireTwoFactor);
    setPermissions(role.permissions);
    setErrors({});
    setFailure(null);
  }

  async function reloadAfterConflict() {
    setFailure(null);
    // The fresh role has a new version, which remounts this form with its values.
    await queryClient.invalidateQueries({ queryKey: rolesKey });
  }

  async function remove() {
    await deleteRole(role.id);
    await queryClient.invalidateQueries({ queryKey: rolesKey });
    navigate('/settings/roles', { replace: true });
  }

  const conflict = isApiError(failure, 'conflict') && !errors.name;
  return (
    <Stack gap="lg">
      {conflict ? (
        <Alert color="orange" icon={<IconAlertCircle size={18} />} role="alert" title={t('roles.conflictTitle')}>
          <Text size="sm">{t('roles.conflictText')}</Text>
          <Button size="xs" mt="sm" variant="white" color="orange" onClick={() => void reloadAfterConflict()}>
            {t('roles.conflictReload')}
          </Button>
        </Alert>
      ) : failure ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
          {apiErrorText(t, failure)}
        </Alert>
      ) : null}
      {saved && !dirty ? (
        <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={() => setSaved(false)} closeButtonLabel={t('common.close')}>
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
            <TextInput label={t('roles.form.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} maw={420} />
          )}
          <Textarea
            label={t('roles.form.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
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
            onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
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
            onChange={isAdmin ? undefined : (module, action, scope) => setPermissions((current) => setCell(current, module, action, scope))}
          />
        </Paper>
      </Stack>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm">
          <Button onClick={() => void save()} loading={pending} disabled={!dirty}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={discard} disabled={!dirty || pending}>
            {t('roles.discard')}
          </Button>
          {dirty ? (
            <Text size="sm" c="orange" role="status">
              {t('roles.unsaved')}
            </Text>
          ) : null}
        </Group>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setCopying(true)}>
            {t('roles.copy')}
          </Button>
          {role.isBuiltIn ? null : (
            <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
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
