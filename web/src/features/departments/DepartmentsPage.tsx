import { useMemo, useState } from 'react';
import { ActionIcon, Badge, Box, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconHierarchy2, IconPencil, IconPlus, IconSubtask, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { useAllUsers } from '../users/users.api';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { DepartmentModal, type DepartmentModalState } from './DepartmentModal';
import { useDeleteDepartment, useDepartments, type Department } from './departments.api';
import { flattenTree } from './tree';

/** The company's structure: departments inside departments, each with a head and its people. */
export default function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const departments = useDepartments();
  const deleteDepartment = useDeleteDepartment();
  const users = useAllUsers();
  const [modal, setModal] = useState<DepartmentModalState>(null);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const nodes = useMemo(() => flattenTree(departments.data ?? [], i18n.resolvedLanguage ?? 'en'), [departments.data, i18n.resolvedLanguage]);
  const userName = (id: string | null) => (id ? users.data?.find((user) => user.id === id)?.name : undefined);

  if (isApiError(departments.error) && departments.error.status === 403) return <NoAccess />;

  async function remove(department: Department) {
    await deleteDepartment.mutateAsync(department.id);
  }

  return (
    <SettingsPage
      title={t('settings.sections.departments')}
      description={t('departments.description')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ mode: 'create', parentId: null })}>
          {t('departments.add')}
        </Button>
      }
    >
      <Paper withBorder radius="md">
        {departments.isPending ? (
          <ContentSkeleton />
        ) : departments.isError ? (
          <ErrorState message={apiErrorText(t, departments.error)} onRetry={() => void departments.refetch()} />
        ) : nodes.length === 0 ? (
          <EmptyState order={3} icon={<IconHierarchy2 size={32} />} title={t('departments.empty')}>
            {t('departments.emptyText')}
          </EmptyState>
        ) : (
          <Box component="ul" aria-label={t('settings.sections.departments')} m={0} p={0} style={{ listStyle: 'none' }}>
            {nodes.map(({ department, depth }, index) => {
              const head = userName(department.headUserId);
              return (
                <Box
                  component="li"
                  key={department.id}
                  py="sm"
                  pr="sm"
                  pl={`calc(var(--mantine-spacing-md) + ${depth} * 1.5rem)`}
                  style={{ borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
                >
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                      {depth > 0 ? <IconSubtask size={16} color="var(--mantine-color-dimmed)" aria-hidden /> : <IconHierarchy2 size={16} aria-hidden />}
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text fw={500} truncate>
                          {department.name}
                        </Text>
                        <Text size="xs" c="dimmed" truncate>
                          {head ? t('departments.head', { name: head }) : t('departments.noHead')}
                        </Text>
                      </Stack>
                      <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                        {t('departments.people', { count: department.userCount })}
                      </Badge>
                    </Group>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('departments.addSub')}>
                        <ActionIcon variant="subtle" aria-label={t('departments.addSubOf', { name: department.name })} onClick={() => setModal({ mode: 'create', parentId: department.id })}>
                          <IconPlus size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon variant="subtle" aria-label={t('departments.editNamed', { name: department.name })} onClick={() => setModal({ mode: 'edit', department })}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('departments.deleteNamed', { name: department.name })} onClick={() => setDeleting(department)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                </Box>
              );
            })}
          </Box>
        )}
      </Paper>
      <DepartmentModal state={modal} departments={departments.data ?? []} nodes={nodes} onClose={() => setModal(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('departments.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(null)}
        onConfirm={() => remove(deleting!)}
      >
        {t('departments.deleteText')}
      </ConfirmDialog>
    </SettingsPage>
  );
}
