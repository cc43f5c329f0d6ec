import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCheck,
  IconDeviceDesktopOff,
  IconKey,
  IconLink,
  IconLockOpen,
  IconPlayerPlay,
  IconShieldOff,
  IconUserOff,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAbilities } from '../settings/access';
import { InviteLinkDialog } from './InviteLinkDialog';
import { TransferDialog } from './TransferDialog';
import { useUserCommand, type UserAdmin, type UserCommand } from './users.api';

type Action = 'deactivate' | 'activate' | 'unblock' | 'signOut' | 'resetPassword' | 'resetTwoFactor';

const COMMANDS: Record<Action, UserCommand> = {
  deactivate: 'deactivate',
  activate: 'activate',
  unblock: 'unblock',
  signOut: 'sign-out-everywhere',
  resetPassword: 'reset-password',
  resetTwoFactor: 'reset-two-factor',
};

function actionErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error, 'conflict') && Object.keys(error.fields).length === 0) return t('users.actions.conflict');
  return apiErrorText(t, error);
}

/** What an administrator can do to a person's account besides editing it; each step asks first. */
export function UserActions({ user }: { user: UserAdmin }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  const command = useUserCommand();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [transferring, setTransferring] = useState(false);
  const [copyingLink, setCopyingLink] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const isSelf = user.id === me.id;
  const canEdit = abilities.can('users', 'edit');
  // Deactivating is the users module's "delete": records stay, the account stops.
  const canDeactivate = abilities.can('users', 'delete');
  // The link lets whoever holds it become the user, so only the Administrator role may copy one.
  const canCopyInviteLink = me.role === 'admin' && user.invitePending && user.isActive;

  if (!canEdit && !canDeactivate) return null;

  async function run(action: Action) {
    setDone(null);
    await command.mutateAsync({ user, command: COMMANDS[action] });
    setDone(t(`users.actions.${action}Done`, { name: user.name, email: user.email }));
  }

  const buttons: { action: Action; icon: typeof IconKey; color?: string; show: boolean }[] = [
    { action: 'unblock', icon: IconLockOpen, show: canEdit && Boolean(user.blocked) && user.isActive },
    { action: 'resetPassword', icon: IconKey, show: canEdit && user.isActive },
    { action: 'signOut', icon: IconDeviceDesktopOff, show: canEdit && user.isActive },
    // Your own second factor is reset from your account page, which asks for your password.
    { action: 'resetTwoFactor', icon: IconShieldOff, show: canEdit && user.twoFactorEnabled && !isSelf },
    { action: 'activate', icon: IconPlayerPlay, show: canDeactivate && !user.isActive },
    { action: 'deactivate', icon: IconUserOff, color: 'red', show: canDeactivate && user.isActive && !isSelf },
  ];

  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('users.actions.title')}
      </Text>
      {done ? (
        <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('common.close')}>
          {done}
        </Alert>
      ) : null}
      <Group gap="xs">
        {buttons
          .filter((button) => button.show)
          .map(({ action, icon: ActionIcon, color }) => (
            <Button key={action} variant="light" color={color} size="xs" leftSection={<ActionIcon size={14} />} onClick={() => setConfirming(action)}>
              {t(`users.actions.${action}`)}
            </Button>
          ))}
        {canCopyInviteLink ? (
          <Button variant="light" size="xs" leftSection={<IconLink size={14} />} onClick={() => setCopyingLink(true)}>
            {t('users.actions.copyInviteLink')}
          </Button>
        ) : null}
        {canEdit ? (
          <Button variant="light" size="xs" leftSection={<IconArrowsExchange size={14} />} onClick={() => setTransferring(true)}>
            {t('users.actions.transfer')}
          </Button>
        ) : null}
      </Group>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? t(`users.actions.${confirming}Title`, { name: user.name }) : ''}
        confirmLabel={confirming ? t(`users.actions.${confirming}`) : ''}
        color={confirming === 'deactivate' ? 'red' : undefined}
        onClose={() => setConfirming(null)}
        onConfirm={() => run(confirming!)}
        errorText={(error) => actionErrorText(t, error)}
      >
        {confirming ? t(`users.actions.${confirming}Text`, { name: user.name, email: user.email }) : ''}
      </ConfirmDialog>
      <TransferDialog user={user} opened={transferring} onClose={() => setTransferring(false)} />
      <InviteLinkDialog user={user} opened={copyingLink} onClose={() => setCopyingLink(false)} />
    </Stack>
  );
}
