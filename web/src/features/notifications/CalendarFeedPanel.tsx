import { useState } from 'react';
import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../i18n/format';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './notifications.api';

/** The user's secret calendar (ICS) address: make it, copy it (shown once), make a new one, revoke it. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const active = feed.data?.active ?? false;

  async function make() {
    const created = await create.mutateAsync().catch(() => null);
    if (created) setUrl(created.url);
  }

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('notifications.feed.title')}</Text>
      <Text size="sm" c="dimmed">{t('notifications.feed.hint')}</Text>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          {url ? (
            <>
              <Alert color="yellow" title={t('notifications.feed.onceTitle')}>{t('notifications.feed.onceText')}</Alert>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput label={t('notifications.feed.url')} value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                      {copied ? t('notifications.feed.copied') : t('notifications.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </>
          ) : (
            <Text size="sm">
              {active && feed.data
                ? t('notifications.feed.active', {
                    created: feed.data.createdAt ? formatDateTime(feed.data.createdAt, me.timeZone) : '',
                    used: feed.data.lastUsedAt ? formatDateTime(feed.data.lastUsedAt, me.timeZone) : t('notifications.feed.never'),
                  })
                : t('notifications.feed.none')}
            </Text>
          )}
          <Group gap="xs">
            <Button leftSection={<IconCalendarShare size={16} />} loading={create.isPending} onClick={() => void make()}>
              {active || url ? t('notifications.feed.renew') : t('notifications.feed.create')}
            </Button>
            {active || url ? (
              <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                {t('notifications.feed.revoke')}
              </Button>
            ) : null}
          </Group>
          <FormError message={create.isError ? apiErrorText(t, create.error) : null} />
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirming}
        title={t('notifications.feed.revokeTitle')}
        confirmLabel={t('notifications.feed.revoke')}
        color="red"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await revoke.mutateAsync();
          setUrl(null);
          setConfirming(false);
        }}
      >
        {t('notifications.feed.revokeText')}
      </ConfirmDialog>
    </Stack>
  );
}
