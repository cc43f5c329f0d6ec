import { useState } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../i18n/format';
import { useIssueInviteLink, type InviteLink, type UserAdmin } from './users.api';

/**
 * An administrator creates a fresh invitation link for someone who has not chosen a password yet
 * and copies it (without SMTP the mailed invite goes nowhere). The new link replaces earlier ones.
 */
export function InviteLinkDialog({ user, opened, onClose }: { user: UserAdmin; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const issueInviteLink = useIssueInviteLink();
  const [issued, setIssued] = useState<InviteLink | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (pending) return;
    setIssued(null);
    setError(null);
    onClose();
  }

  async function issue() {
    setPending(true);
    setError(null);
    try {
      setIssued(await issueInviteLink.mutateAsync(user.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('users.inviteLink.title', { name: user.name })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {issued ? (
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label={t('users.inviteLink.linkLabel')}>
              {issued.link}
            </Code>
            <CopyButton value={issued.link}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{t('users.inviteLink.validUntil', { date: formatDateTime(issued.expiresAt, me.timeZone) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('users.inviteLink.text', { name: user.name })}</Text>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('users.inviteLink.warning', { name: user.name })}
          </Alert>
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void issue()} loading={pending} data-autofocus>
              {t('users.inviteLink.create')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
