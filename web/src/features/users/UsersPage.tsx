import { useMemo, useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { departmentOptions, departmentPath, flattenTree } from '../departments/tree';
import { useDepartments } from '../departments/departments.api';
import { useAbilities } from '../settings/access';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { UserDrawer, type UserDrawerState } from './UserDrawer';
import { UsersTable } from './UsersTable';
import { useUsers, type UserAdmin, type UserStatusFilter } from './users.api';

/** The team: who has an account, in which role and department, and whether they can sign in. */
export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const abilities = useAbilities();
  const [status, setStatus] = useState<UserStatusFilter>('active');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [drawer, setDrawer] = useState<UserDrawerState>(null);

  const users = useUsers({ status, departmentId, q });
  const departments = useDepartments();
  const nodes = useMemo(() => flattenTree(departments.data ?? [], i18n.resolvedLanguage ?? 'en'), [departments.data, i18n.resolvedLanguage]);
  const departmentName = (id: string | null) => {
    const node = id ? nodes.find((n) => n.department.id === id) : undefined;
    return node ? departmentPath(node) : null;
  };

  if (isApiError(users.error) && users.error.status === 403) return <NoAccess />;
  const filtered = status !== 'active' || departmentId !== null || q.trim() !== '';

  return (
    <SettingsPage
      title={t('settings.sections.users')}
      description={t('users.description')}
      actions={
        abilities.can('users', 'create') ? (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDrawer({ mode: 'create' })}>
            {t('users.add')}
          </Button>
        ) : null
      }
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('users.filters.status')}
          value={status}
          onChange={(value) => setStatus(value as UserStatusFilter)}
          data={[
            { value: 'active', label: t('users.filters.active') },
            { value: 'deactivated', label: t('users.filters.deactivated') },
            { value: 'all', label: t('users.filters.all') },
          ]}
        />
        <Select
          aria-label={t('users.filters.department')}
          placeholder={t('users.filters.anyDepartment')}
          data={departmentOptions(nodes)}
          value={departmentId}
          onChange={setDepartmentId}
          clearable
          searchable
          w={{ base: '100%', xs: 220 }}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <TextInput
          aria-label={t('users.filters.search')}
          placeholder={t('users.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 200px' }}
        />
      </Group>
      <Paper withBorder radius="md">
        {users.isPending ? (
          <ContentSkeleton />
        ) : users.isError ? (
          <ErrorState message={apiErrorText(t, users.error)} onRetry={() => void users.refetch()} />
        ) : users.data.length === 0 ? (
          <EmptyState order={3} icon={<IconUsers size={32} />} title={filtered ? t('users.emptyFiltered') : t('users.empty')} />
        ) : (
          <UsersTable users={users.data} departmentName={departmentName} onOpen={(user: UserAdmin) => setDrawer({ mode: 'edit', userId: user.id })} />
        )}
      </Paper>
      <UserDrawer state={drawer} onClose={() => setDrawer(null)} onCreated={(user, notice) => setDrawer({ mode: 'edit', userId: user.id, notice })} />
    </SettingsPage>
  );
}
