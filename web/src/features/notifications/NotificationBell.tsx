import { useState } from 'react';
import { ActionIcon, Anchor, Box, Button, Divider, Group, Indicator, Notification as Toast, Popover, Portal, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlarm, IconBell, IconBellOff, IconFlame, IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { formatNumber, formatRelativeTime } from '../../i18n/format';
import { useLiveNotifications, useMarkRead, useNotifications, type Notification } from './notifications.api';
import { isToastWorthy, notificationTarget } from './notificationTarget';
import { notificationText } from './notificationText';

/** How long a toast stays when nobody closes it. */
const TOAST_MS = 15_000;

function TypeIcon({ type }: { type: string }) {
  const style = { flexShrink: 0, marginTop: 2 };
  if (type === 'task.reminder' || type === 'task.assigned') return <IconAlarm size={18} color="var(--mantine-color-blue-6)" style={style} aria-hidden />;
  if (type.startsWith('escalation.')) return <IconFlame size={18} color="var(--mantine-color-orange-6)" style={style} aria-hidden />;
  return <IconShieldExclamation size={18} color={type === 'security.alarm' ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-dimmed)'} style={style} aria-hidden />;
}

/**
 * The bell in the top bar: how many unread (live over server-sent events), the list with "mark as
 * read" (a click opens the record), and a toast when a reminder or an escalation arrives.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const notifications = useNotifications();
  const [toasts, setToasts] = useState<Notification[]>([]);
  const dismiss = (id: string) => setToasts((list) => list.filter((n) => n.id !== id));
  useLiveNotifications(me.id, (notification) => {
    if (!isToastWorthy(notification)) return;
    setToasts((list) => [...list.slice(-2), notification]);
    setTimeout(() => dismiss(notification.id), TOAST_MS);
  });

  // A server without notifications yet: no bell rather than a broken one.
  if (isApiError(notifications.error) && (notifications.error.status === 404 || notifications.error.status === 403)) return null;

  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const label = unread > 0 ? t('notifications.labelUnread', { count: unread }) : t('notifications.label');

  async function open(notification: Notification) {
    if (!notification.readAt) {
      await markRead.mutateAsync(notification.id).catch(() => undefined);
    }
    const target = notificationTarget(notification);
    if (target) {
      close();
      dismiss(notification.id);
      navigate(target);
    }
  }

  async function readAll() {
    await markRead.mutateAsync(undefined).catch(() => undefined);
  }

  return (
    <>
    {toasts.length > 0 ? (
      <Portal>
        <Stack gap="xs" pos="fixed" bottom={16} right={16} w={360} maw="calc(100vw - 32px)" style={{ zIndex: 400 }} role="region" aria-label={t('notifications.toasts')}>
          {toasts.map((notification) => (
            <Toast key={notification.id} role="alert" icon={<TypeIcon type={notification.type} />} color="blue" withBorder title={t(`notifications.toastTitle.${notification.type.startsWith('escalation.') ? 'escalation' : 'reminder'}`)} onClose={() => dismiss(notification.id)} closeButtonProps={{ 'aria-label': t('notifications.closeToast') }}>
              <UnstyledButton onClick={() => void open(notification)} style={{ textAlign: 'left' }}>
                <Text size="sm">{notificationText(t, notification, me.timeZone)}</Text>
              </UnstyledButton>
            </Toast>
          ))}
        </Stack>
      </Portal>
    ) : null}
    {/* The count sits outside the popover's target: the target gets aria-haspopup, which a plain div may not carry. */}
    <Indicator label={unread > 99 ? '99+' : formatNumber(unread)} size={16} offset={4} color="red" disabled={unread === 0} zIndex={1}>
      <Popover opened={opened} onChange={(value) => !value && close()} position="bottom-end" width={360} shadow="md" withinPortal trapFocus>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" onClick={() => {
            // Opening the bell shows what arrived since the last poll (a finished job, an alarm).
            if (!opened) void notifications.refetch();
            toggle();
          }} aria-label={label} aria-expanded={opened} aria-haspopup="dialog">
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')} maw="calc(100vw - 16px)">
          <Group justify="space-between" px="md" py="sm" gap="xs">
            <Text fw={600}>{t('notifications.title')}</Text>
            {unread > 0 ? (
              <Button variant="subtle" size="compact-xs" onClick={() => void readAll()}>
                {t('notifications.readAll')}
              </Button>
            ) : null}
          </Group>
          <Divider />
          {notifications.isPending ? (
            <Text size="sm" c="dimmed" p="md">
              {t('common.loading')}
            </Text>
          ) : notifications.isError ? (
            <Stack gap="xs" p="md" align="flex-start">
              <Text size="sm" c="red">
                {apiErrorText(t, notifications.error)}
              </Text>
              <Button size="compact-xs" variant="default" onClick={() => void notifications.refetch()}>
                {t('common.retry')}
              </Button>
            </Stack>
          ) : items.length === 0 ? (
            <Stack align="center" gap={4} p="lg">
              <IconBellOff size={24} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('notifications.empty')}
              </Text>
            </Stack>
          ) : (
            <ScrollArea.Autosize mah={400} type="auto">
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((notification) => (
                  <li key={notification.id}>
                    <UnstyledButton
                      onClick={() => void open(notification)}
                      w="100%"
                      px="md"
                      py="sm"
                      style={{
                        display: 'block',
                        borderBottom: '1px solid var(--mantine-color-default-border)',
                        background: notification.readAt ? undefined : 'var(--mantine-primary-color-light)',
                      }}
                    >
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <TypeIcon type={notification.type} />
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Text size="sm" fw={notification.readAt ? 400 : 600}>
                            {notificationText(t, notification, me.timeZone)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {formatRelativeTime(notification.createdAt)}
                            {notification.readAt ? '' : ` · ${t('notifications.unread')}`}
                          </Text>
                        </Stack>
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
              </Box>
            </ScrollArea.Autosize>
          )}
          <Divider />
          <Group justify="space-between" px="md" py="xs">
            <Anchor component={Link} to="/settings/escalations" size="xs" onClick={close}>
              {t('notifications.escalationsLink')}
            </Anchor>
            <Anchor component={Link} to="/settings/account/notifications" size="xs" onClick={close}>
              {t('notifications.settingsLink')}
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
    </>
  );
}
