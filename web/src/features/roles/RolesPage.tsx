import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCopy, IconPlus, IconShieldCheck, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { NewRoleModal } from './NewRoleModal';
import { roleLabel } from './roleLabel';
import { useDeleteRole, useRoles, type Role } from './roles.api';

/** Roles and how many people hold each; opening one shows its rights. */
export default function RolesPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  const deleteRole = useDeleteRole();
  const [creating, setCreating] = useState<{ copyFrom: Role | null } | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);

  if (isApiError(roles.error) && roles.error.status === 403) return <NoAccess />;

  async function remove(role: Role) {
    await deleteRole.mutateAsync(role.id);
  }

  return (
    <SettingsPage
      title={t('settings.sections.roles')}
      description={t('roles.description')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating({ copyFrom: null })}>
          {t('roles.add')}
        </Button>
      }
    >
      <Paper withBorder radius="md">
        {roles.isPending ? (
          <ContentSkeleton />
        ) : roles.isError ? (
          <ErrorState message={apiErrorText(t, roles.error)} onRetry={() => void roles.refetch()} />
        ) : roles.data.items.length === 0 ? (
          <EmptyState order={3} icon={<IconShieldLock size={32} />} title={t('roles.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('settings.sections.roles')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.columns.name')}</Table.Th>
                  <Table.Th>{t('roles.columns.people')}</Table.Th>
                  <Table.Th>{t('roles.columns.twoFactor')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.data.items.map((role) => {
                  const name = roleLabel(t, role.key, role.name);
                  return (
                    <Table.Tr key={role.id}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Anchor component={Link} to={`/settings/roles/${role.id}`} fw={500}>
                            {name}
                          </Anchor>
                          {role.isBuiltIn ? (
                            <Badge size="xs" variant="light" color="gray">
                              {t('roles.builtInBadge')}
                            </Badge>
                          ) : null}
                        </Group>
                        {role.description ? (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {role.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{t('roles.people', { count: role.userCount })}</Table.Td>
                      <Table.Td>
                        {role.requireTwoFactor ? (
                          <Badge variant="light" color="teal" leftSection={<IconShieldCheck size={12} />}>
                            {t('roles.twoFactorRequired')}
                          </Badge>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('roles.twoFactorOptional')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Tooltip label={t('roles.copy')}>
                            <ActionIcon variant="subtle" aria-label={t('roles.copyNamed', { name })} onClick={() => setCreating({ copyFrom: role })}>
                              <IconCopy size={16} />
                            </ActionIcon>
                          </Tooltip>
                          {role.isBuiltIn ? null : (
                            <Tooltip label={t('common.delete')}>
                              <ActionIcon variant="subtle" color="red" aria-label={t('roles.deleteNamed', { name })} onClick={() => setDeleting(role)}>
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <NewRoleModal opened={creating !== null} roles={roles.data?.items ?? []} copyFrom={creating?.copyFrom ?? null} onClose={() => setCreating(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('roles.deleteTitle', { name: deleting ? roleLabel(t, deleting.key, deleting.name) : '' })}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(null)}
        onConfirm={() => remove(deleting!)}
      >
        {t('roles.deleteText')}
      </ConfirmDialog>
    </SettingsPage>
  );
}
