import { useState } from 'react';
import { Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconRestore, IconTrash, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { formatDateTime } from '../../i18n/format';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { usePurgeFromTrash, useRestoreFromTrash, useTrash, type TrashItem } from './trash.api';

/** Deleted records, kept for a while: put one back, or remove it for good. */
export default function TrashPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const restoreFromTrash = useRestoreFromTrash();
  const purgeFromTrash = usePurgeFromTrash();
  const [entityType, setEntityType] = useState<string | null>(null);
  const trash = useTrash();
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [restored, setRestored] = useState<string | null>(null);

  if (isApiError(trash.error) && trash.error.status === 403) return <NoAccess />;
  const types = [...new Set((trash.data ?? []).map((item) => item.entityType))];
  const items = (trash.data ?? []).filter((item) => !entityType || item.entityType === entityType);

  async function restore(item: TrashItem) {
    setRestoring(item.id);
    setRestoreError(null);
    setRestored(null);
    try {
      // The restored record reappears in its own list, whichever that is: the hook reloads everything.
      await restoreFromTrash.mutateAsync(item);
      setRestored(t('trash.restored', { title: item.title }));
    } catch (error) {
      setRestoreError(error);
    } finally {
      setRestoring(null);
    }
  }

  async function purge(item: TrashItem) {
    await purgeFromTrash.mutateAsync(item);
  }

  return (
    <SettingsPage title={t('settings.sections.trash')} description={t('trash.description')}>
      {types.length > 1 || entityType ? (
        <Select
          aria-label={t('trash.filterType')}
          placeholder={t('trash.allTypes')}
          data={types.map((type) => ({ value: type, label: entityTypeLabel(t, type) }))}
          value={entityType}
          onChange={setEntityType}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
      ) : null}
      {restoreError ? <ErrorAlert error={restoreError} /> : null}
      {restored ? (
        <Text size="sm" c="green" role="status">
          {restored}
        </Text>
      ) : null}
      <Paper withBorder radius="md">
        {trash.isPending ? (
          <ContentSkeleton />
        ) : trash.isError ? (
          <ErrorState message={apiErrorText(t, trash.error)} onRetry={() => void trash.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState order={3} icon={<IconTrash size={32} />} title={entityType ? t('trash.emptyFiltered') : t('trash.empty')}>
            {t('trash.emptyText')}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label={t('settings.sections.trash')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trash.columns.type')}</Table.Th>
                  <Table.Th>{t('trash.columns.title')}</Table.Th>
                  <Table.Th>{t('trash.columns.deletedAt')}</Table.Th>
                  <Table.Th>{t('trash.columns.deletedBy')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={`${item.entityType}:${item.id}`}>
                    <Table.Td>{entityTypeLabel(t, item.entityType)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {item.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(item.deletedAt, me.timeZone)}</Table.Td>
                    <Table.Td>{item.deletedBy?.name ?? <Text span c="dimmed">{t('history.system')}</Text>}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {item.abilities?.restore === false ? null : (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconRestore size={14} />}
                            loading={restoring === item.id}
                            onClick={() => void restore(item)}
                            aria-label={t('trash.restoreNamed', { title: item.title })}
                          >
                            {t('trash.restore')}
                          </Button>
                        )}
                        {item.abilities?.purge === false ? null : (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrashX size={14} />}
                            onClick={() => setPurging(item)}
                            aria-label={t('trash.purgeNamed', { title: item.title })}
                          >
                            {t('trash.purge')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <ConfirmDialog
        opened={purging !== null}
        title={t('trash.purgeTitle', { title: purging?.title ?? '' })}
        confirmLabel={t('trash.purge')}
        color="red"
        onClose={() => setPurging(null)}
        onConfirm={() => purge(purging!)}
      >
        {t('trash.purgeText')}
      </ConfirmDialog>
    </SettingsPage>
  );
}
