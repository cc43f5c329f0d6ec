import { useState } from 'react';
import { Alert, Badge, Divider, Drawer, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { useGuardedClose } from '../../components/form/useGuardedClose';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import { apiErrorText } from '../../app/errorText';
import { formatDateTime } from '../../i18n/format';
import { useAbilities } from '../settings/access';
import { UserActions } from './UserActions';
import { UserForm } from './UserForm';
import { STATUS_COLOR, userStatus } from './userStatus';
import { useAllUsers, useCreateUser, useReloadUsers, useUpdateUser, type CreateUserInput, type UpdateUserInput, type UserAdmin } from './users.api';
import { useRecordFieldFormat } from '../settings/recordFormat';

export type UserDrawerState = { mode: 'create' } | { mode: 'edit'; userId: string; notice?: string } | null;

interface UserDrawerProps {
  state: UserDrawerState;
  onClose: () => void;
  onCreated: (user: UserAdmin, notice: string) => void;
}

/** A person's card in a side panel: create, edit, account actions and history. */
export function UserDrawer({ state, onClose, onCreated }: UserDrawerProps) {
  const { t } = useTranslation();
  const createUser = useCreateUser();
  const title = state?.mode === 'create' ? t('users.createTitle') : t('users.editTitle');

  async function create(values: CreateUserInput) {
    const user = await createUser.mutateAsync(values);
    onCreated(user, values.password ? t('users.createdWithPassword', { name: user.name }) : t('users.createdInvited', { email: user.email }));
  }

  const guarded = useGuardedClose(state !== null, onClose);
  return (
    <>
      <Drawer
        opened={state !== null}
        onClose={guarded.close}
        position="right"
        size="lg"
        title={<Text fw={600}>{title}</Text>}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {state?.mode === 'create' ? <UserForm onSubmit={create} onCancel={onClose} /> : null}
        {state?.mode === 'edit' ? <EditUser userId={state.userId} notice={state.notice} onClose={onClose} /> : null}
      </Drawer>
      {guarded.question}
    </>
  );
}

function EditUser({ userId, notice, onClose }: { userId: string; notice?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  const users = useAllUsers();
  const updateUser = useUpdateUser(me.id);
  const reloadUsers = useReloadUsers();
  const [saved, setSaved] = useState<string | null>(notice ?? null);
  const formatField = useRecordFieldFormat();
  const user = users.data?.find((u) => u.id === userId);

  if (users.isPending) return <ContentSkeleton />;
  if (users.isError) return <ErrorState message={apiErrorText(t, users.error)} onRetry={() => void users.refetch()} />;
  if (!user) return <Text c="dimmed">{t('users.gone')}</Text>;

  async function save(values: Omit<UpdateUserInput, 'version'>) {
    setSaved(null);
    await updateUser.mutateAsync({ id: userId, input: { ...values, version: user!.version } });
    setSaved(t('users.saved'));
  }

  const status = userStatus(user);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={STATUS_COLOR[status]} variant="light">
          {t(`users.status.${status}`)}
        </Badge>
        {user.blocked ? (
          <Text size="xs" c="dimmed">
            {t('users.blockedAt', { date: formatDateTime(user.blocked.at, me.timeZone) })}
            {user.blocked.reason ? ` — ${user.blocked.reason}` : ''}
          </Text>
        ) : null}
      </Group>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('users.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack gap="lg">
            {saved ? (
              <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={() => setSaved(null)} closeButtonLabel={t('common.close')}>
                {saved}
              </Alert>
            ) : null}
            <UserForm key={user.version} user={user} onSubmit={save} onReload={reloadUsers} onCancel={onClose} readOnly={!abilities.can('users', 'edit')} />
            <Divider />
            <UserActions user={user} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel
            entityType="user"
            entityId={user.id}
            currentVersion={user.version}
            formatField={formatField}
            canRestore={abilities.can('users', 'edit')}
            onRestored={reloadUsers}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
