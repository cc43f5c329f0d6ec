import { Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { useNotificationSettings, useSaveNotificationSettings } from './notifications.api';

/** The user's notification choices (in-app always, email per type) and their calendar address. */
export function NotificationSettingsPanel() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();

  return (
    <Stack gap="lg" mt="md">
      <Stack gap="xs">
        <Text fw={600}>{t('notifications.settings.title')}</Text>
        <Text size="sm" c="dimmed">{t('notifications.settings.hint')}</Text>
        <Paper withBorder radius="md">
          {settings.isPending ? (
            <ContentSkeleton />
          ) : settings.isError ? (
            <ErrorState message={apiErrorText(t, settings.error)} onRetry={() => void settings.refetch()} />
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notifications.settings.type')}</Table.Th>
                  <Table.Th>{t('notifications.settings.inApp')}</Table.Th>
                  <Table.Th>{t('notifications.settings.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {settings.data.types.map((item) => {
                  const label = t(`notifications.settings.types.${item.type.replaceAll('.', '_')}`, { defaultValue: item.type });
                  return (
                    <Table.Tr key={item.type}>
                      <Table.Td>{label}</Table.Td>
                      <Table.Td>
                        <Switch checked disabled aria-label={t('notifications.settings.inAppOf', { type: label })} />
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          checked={item.email}
                          disabled={save.isPending}
                          aria-label={t('notifications.settings.emailOf', { type: label })}
                          onChange={(event) => save.mutate({ types: [{ type: item.type, email: event.currentTarget.checked }] })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <FormError message={save.isError ? apiErrorText(t, save.error) : null} />
      </Stack>
      <CalendarFeedPanel />
    </Stack>
  );
}
