import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceDesktop, IconDevices } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser, useForgetSession } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { useRevokeSession, useSessions, type Session } from './account.api';
import { describeUserAgent } from './userAgent';
import { useSignOutOthers } from '../signin/signin.api';

/** Where this account is signed in; any of them can be signed out from here. */
export function SessionsPanel() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const revokeSession = useRevokeSession();
  const forgetSession = useForgetSession();
  const navigate = useNavigate();
  const sessions = useSessions();
  const [revoking, setRevoking] = useState<Session | null>(null);
  const [endingOthers, setEndingOthers] = useState(false);
  const signOutOthers = useSignOutOthers();

  async function revoke(session: Session) {
    await revokeSession.mutateAsync(session.id);
    if (session.current) {
      forgetSession();
      navigate('/sign-in', { replace: true });
    }
  }

  if (sessions.isPending) return <ContentSkeleton />;
  if (sessions.isError) return <ErrorState message={apiErrorText(t, sessions.error)} onRetry={() => void sessions.refetch()} />;
  if (sessions.data.length === 0) return <EmptyState order={3} icon={<IconDevices size={32} />} title={t('account.sessions.empty')} />;

  const device = (session: Session) => {
    const { browser, os } = describeUserAgent(session.userAgent);
    if (browser && os) return t('account.sessions.browserOn', { browser, os });
    return browser ?? os ?? t('account.sessions.unknownDevice');
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('account.sessions.hint')}
        </Text>
        {sessions.data.length > 1 ? (
          <Button size="xs" variant="light" color="red" onClick={() => setEndingOthers(true)}>
            {t('signin.sessions.signOutOthers')}
          </Button>
        ) : null}
      </Group>
      <Paper withBorder radius="md">
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('account.tabs.sessions')}>
          {sessions.data.map((session, index) => (
            <Group
              component="li"
              key={session.id}
              justify="space-between"
              wrap="wrap"
              gap="sm"
              p="md"
              style={{ borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconDeviceDesktop size={24} stroke={1.4} aria-hidden style={{ flexShrink: 0 }} />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={500} size="sm" title={session.userAgent ?? undefined}>
                      {device(session)}
                    </Text>
                    {session.current ? (
                      <Badge size="sm" color="green" variant="light">
                        {t('account.sessions.thisDevice')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[
                      session.ip,
                      t('account.sessions.signedIn', { date: formatDateTime(session.createdAt, me.timeZone) }),
                      session.lastSeenAt ? t('account.sessions.lastSeen', { when: formatRelativeTime(session.lastSeenAt) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Group>
              <Button size="xs" variant="light" color="red" onClick={() => setRevoking(session)}>
                {session.current ? t('account.sessions.signOutHere') : t('account.sessions.revoke')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={revoking !== null}
        title={revoking?.current ? t('account.sessions.signOutHereTitle') : t('account.sessions.revokeTitle')}
        confirmLabel={revoking?.current ? t('account.sessions.signOutHere') : t('account.sessions.revoke')}
        color="red"
        onClose={() => setRevoking(null)}
        onConfirm={() => revoke(revoking!)}
      >
        {revoking?.current ? t('account.sessions.signOutHereText') : t('account.sessions.revokeText', { device: revoking ? device(revoking) : '' })}
      </ConfirmDialog>
      <ConfirmDialog
        opened={endingOthers}
        title={t('signin.sessions.signOutOthersTitle')}
        confirmLabel={t('signin.sessions.signOutOthers')}
        color="red"
        onClose={() => setEndingOthers(false)}
        onConfirm={() => signOutOthers.mutateAsync()}
      >
        {t('signin.sessions.signOutOthersText')}
      </ConfirmDialog>
    </Stack>
  );
}
